// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsewaits.h"

#include "workingtimeline.h"

#include "models/shifts/shiftmath.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook::ResponseWaits {

namespace {

Result<QString> storedKey(const Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT hours_key FROM response_state WHERE id = 1"_s))
        return database.errorFrom(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status run(const WriteTransaction &transaction, const QString &sql, const QVariantList &binds = {})
{
    auto q = transaction.exec(sql, binds);
    if (!q)
        return q.error();
    q.value().finish();
    return Done{};
}

// The team's days as rows of working_days, a few hundred a statement (SQLite's limit on
// binds is far above four times this).
Status layOut(const WriteTransaction &transaction, const BusinessHours &hours)
{
    const qint64 from = QDateTime(QDate(firstYear, 1, 1), QTime(0, 0), hours.zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(endYear, 1, 1), QTime(0, 0), hours.zone).toMSecsSinceEpoch() - 1;
    const WorkingTimeline timeline(hours, from, to);
    constexpr qsizetype batch = 500;
    const auto &days = timeline.days();
    for (qsizetype first = 0; first < days.size(); first += batch) {
        const qsizetype last = std::min(days.size(), first + batch);
        QStringList rows;
        QVariantList binds;
        for (qsizetype i = first; i < last; ++i) {
            rows.append(u"(?, ?, ?, ?)"_s);
            binds << days.at(i).midnight << days.at(i).start << days.at(i).end << days.at(i).before;
        }
        if (const Status done =
                run(transaction,
                    u"INSERT INTO working_days (midnight, work_start, work_end, worked_before) VALUES "_s
                        + rows.join(u", "_s),
                    binds);
            !done)
            return done;
    }
    return Done{};
}

} // namespace

QString hoursKey(const BusinessHours &hours)
{
    QList<QDate> holidays(hours.holidays.cbegin(), hours.holidays.cend());
    std::sort(holidays.begin(), holidays.end());
    QStringList parts{QString::fromUtf8(hours.zone.id()), QString::number(hours.startMinute),
                      QString::number(hours.endMinute), QString::number(hours.weekdays)};
    for (const QDate &day : std::as_const(holidays))
        parts.append(day.toString(Qt::ISODate));
    return parts.join(u' ');
}

Status ensure(Database &database, const BusinessHours &hours)
{
    const QString key = hoursKey(hours);
    if (auto stored = storedKey(database); !stored)
        return stored.error();
    else if (*stored == key)
        return Done{};

    WriteTransaction transaction(database);
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    // Another reader may have laid the same settings out while this one waited to write.
    if (auto stored = storedKey(database); !stored)
        return stored.error();
    else if (*stored == key)
        return Done{};
    // All at once, then the counters from the rows: SQLite's row triggers stand aside
    // (counting = 0) rather than update a counter row once a response.
    for (const QString &sql :
         {u"UPDATE response_state SET counting = 0 WHERE id = 1"_s, u"DELETE FROM response_waits"_s,
          u"DELETE FROM response_counts"_s, u"DELETE FROM working_days"_s}) {
        if (const Status done = run(transaction, sql); !done)
            return done;
    }
    if (const Status done = layOut(transaction, hours); !done)
        return done;
    for (const QString &sql : {
             u"INSERT INTO response_waits (ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, "
             "wait_ms) SELECT ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms "
             "FROM response_wait_source"_s,
             u"INSERT INTO response_counts (day, kind, premium, severity, policy_id, minute, n) "
             "SELECT ticket_created / 86400000, kind, premium, severity, policy_id, (wait_ms + 59999) / 60000, "
             "count(*) "
             "FROM response_waits GROUP BY 1, 2, 3, 4, 5, 6"_s,
         }) {
        if (const Status done = run(transaction, sql); !done)
            return done;
    }
    if (const Status done =
            run(transaction, u"UPDATE response_state SET counting = 1, hours_key = ? WHERE id = 1"_s, {key});
        !done)
        return done;
    return transaction.commit();
}

} // namespace Casebook::ResponseWaits
