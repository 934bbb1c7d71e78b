// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "models/imports/importer.h"
#include "models/imports/importsource.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

namespace Casebook {

int runImportCommand(const DatabaseUrl &url, const CommandLine::Options &options)
{
    auto reader = openImportReader(options.importKind, options.importPath, options.mappingFile);
    if (!reader) {
        CommandLine::printLine(stderr, reader.error().message);
        return 1;
    }
    const Result<std::unique_ptr<Database>> database = Database::open(url);
    if (!database) {
        CommandLine::printLine(stderr, database.error().message);
        if (!database.error().detail.isEmpty())
            CommandLine::printLine(stderr, database.error().detail);
        return 2;
    }
    ImportReader &source = *reader.value();
    const ImportSummary summary = runImport(*database.value(), source, Clock::system().nowMs());
    for (const QString &line : summary.lines())
        CommandLine::printLine(stdout, line);
    const bool readNothing = source.unreadable() || (summary.nothingRead() && !summary.skipped.isEmpty())
        || (summary.nothingRead() && !summary.failure.isEmpty());
    return readNothing ? 1 : 0;
}

} // namespace Casebook
