// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog's way into MailArchive: its summary in the words of an ImportSummary.
#include "mailarchive.h"
#include "models/imports/mailarchivehook.h"
#include "models/storage/database.h"

#include <QSqlQuery>

namespace Casebook {

ImportJob mailArchiveJob(const QString &path)
{
    return [path](Database &database, const std::atomic_bool *cancel,
                  const std::function<void(qint64, qint64)> &progress) {
        ImportSummary summary;
        // The intake finds or creates customers by address; the difference says how many.
        const auto customers = [&database] {
            QSqlQuery q(database.connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next() ? q.value(0).toInt() : 0;
        };
        const int customersBefore = customers();
        const auto imported = MailArchive::import(database, path, [cancel, &progress](qint64 done, qint64 total) {
            if (progress)
                progress(done, total);
            return !(cancel && cancel->load());
        });
        if (!imported) {
            summary.failure = imported.error().message;
            return summary;
        }
        const MailIntake::Summary &mail = imported->mail;
        summary.tickets = mail.newTickets;
        // Every stored mail is a message: a new ticket's first one, an answer, a bounce, or
        // an unreadable mail kept raw.
        summary.messages = mail.stored();
        summary.alreadyThere = mail.duplicates;
        summary.customers = customers() - customersBefore;
        summary.cancelled = imported->cancelled;
        for (const QString &problem : imported->problems)
            summary.skipped.append({path, problem});
        return summary;
    };
}

} // namespace Casebook
