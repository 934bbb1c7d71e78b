// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME-to-ticket path: a fetched mail parsed and stored by the intake, as the mail channel
// does, into a real SQLite file (threading, customers, bounces, the raw copy of an unreadable one).
#include "fuzztarget.h"

#include "models/mail/mailintake.h"
#include "models/mail/mailparser.h"
#include "models/storage/database.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

Casebook::Database &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Casebook::Database> db = [] {
        auto opened = Casebook::Database::open(Casebook::DatabaseUrl::sqlite(dir.filePath(u"fuzz.casebook"_s)));
        if (!opened) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
            std::abort();
        }
        return std::move(opened.value());
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    Fuzz::ensureApplication();
    const QByteArray raw = Fuzz::bytes(data, size);
    (void)MailParser::parse(raw);
    MailIntake intake(database());
    // Storing may refuse a mail (an error, not a crash); only a crash or a report is a finding.
    (void)intake.store({raw});
    return 0;
}
