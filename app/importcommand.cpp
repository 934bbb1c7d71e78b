// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "models/imports/importer.h"
#include "models/imports/importsource.h"
#include "models/mail/mailarchive.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QCoreApplication>

namespace Casebook {

namespace {

/// Mail archives go through the mail channel's own intake (threading, bounces, raw mail kept).
int importMailArchive(Database &database, const QString &path)
{
    const Result<MailArchive::Summary> imported = MailArchive::import(database, path);
    if (!imported) {
        CommandLine::printLine(stderr, imported.error().message);
        return 1;
    }
    const MailArchive::Summary &summary = imported.value();
    const MailIntake::Summary &mail = summary.mail;
    //: The summary of `--import mbox|eml`
    CommandLine::printLine(stdout,
                           QCoreApplication::translate("Casebook::ImportCommand",
                                                       "%1 mails read: %2 new tickets, %3 messages joined their "
                                                       "ticket, %4 bounces, %5 unreadable kept raw, %6 seen before.")
                               .arg(summary.read)
                               .arg(mail.newTickets)
                               .arg(mail.joined)
                               .arg(mail.bounces)
                               .arg(mail.unreadable)
                               .arg(mail.duplicates));
    for (const QString &problem : summary.problems)
        CommandLine::printLine(stderr, problem);
    return summary.read == 0 ? 1 : 0;
}

} // namespace

int runImportCommand(const DatabaseUrl &url, const CommandLine::Options &options)
{
    if (options.importKind == u"mbox" || options.importKind == u"eml") {
        const Result<std::unique_ptr<Database>> database = Database::open(url);
        if (!database) {
            CommandLine::printLine(stderr, database.error().message);
            return 2;
        }
        return importMailArchive(*database.value(), options.importPath);
    }
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
