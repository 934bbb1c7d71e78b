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
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebook::ResponseWaits {

namespace {

struct State
{
    QString key;
    qint64 pendingBelow = 0;
};

Result<State> storedState(const Database &database)
{
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT hours_key, pending_below FROM response_state WHERE id = 1"_s))
        return database.errorFrom(q.lastError());
    if (!q.next())
        return State{};
    return State{q.value(0).toString(), q.value(1).toLongLong()};
}

Status run(const WriteTransaction &transaction, const QString &sql, const QVariantList &binds = {})
{
    auto q = transaction.exec(sql, binds);
    if (!q)
        return q.error();
    q.value().finish();
    return Done{};
}

// The team's days over every instant a support team keeps.
WorkingTimeline timelineOf(const BusinessHours &hours)
{
    const qint64 from = QDateTime(QDate(firstYear, 1, 1), QTime(0, 0), hours.zone).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(endYear, 1, 1), QTime(0, 0), hours.zone).toMSecsSinceEpoch() - 1;
    return WorkingTimeline(hours, from, to);
}

// The team's days as rows of working_days, a few hundred a statement (SQLite's limit on
// binds is far above four times this).
Status layOut(const WriteTransaction &transaction, const WorkingTimeline &timeline)
{
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

// The new settings' days, the old counters gone, and every ticket there is pending: the
// slices replace their waits newest first. Waits written meanwhile (the triggers measure
// them against the new days already) are counted only for tickets the slices have passed.
Status layOutAnew(const WriteTransaction &transaction, const WorkingTimeline &timeline, const QString &key)
{
    for (const QString &sql : {u"DELETE FROM response_counts"_s, u"DELETE FROM working_days"_s}) {
        if (const Status done = run(transaction, sql); !done)
            return done;
    }
    if (const Status done = layOut(transaction, timeline); !done)
        return done;
    return run(transaction,
               u"UPDATE response_state SET hours_key = ?, "
               "pending_below = (SELECT coalesce(max(id), 0) + 1 FROM tickets) WHERE id = 1"_s,
               {key});
}

// The `slice` newest pending tickets: their waits anew, uncounted (below pending_below the
// counter triggers stand aside), then counted a counter row at a time, then passed.
Status recomputeSlice(const WriteTransaction &transaction, qint64 pendingBelow, int slice)
{
    auto lowest = transaction.exec(u"SELECT id FROM tickets WHERE id < ? ORDER BY id DESC LIMIT 1 OFFSET ?"_s,
                                   {pendingBelow, slice - 1});
    if (!lowest)
        return lowest.error();
    const qint64 from = lowest.value().next() ? lowest.value().value(0).toLongLong() : 0;
    lowest.value().finish();
    const QVariantList range{from, pendingBelow};
    for (const QString &sql : {
             u"DELETE FROM response_waits WHERE ticket_id >= ? AND ticket_id < ?"_s,
             u"INSERT INTO response_waits (ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, "
             "wait_ms) SELECT ticket_id, message_id, kind, ticket_created, premium, severity, policy_id, wait_ms "
             "FROM response_wait_source WHERE ticket_id >= ? AND ticket_id < ?"_s,
             u"INSERT INTO response_counts (day, kind, premium, severity, policy_id, minute, n) "
             "SELECT ticket_created / 86400000, kind, premium, severity, policy_id, (wait_ms + 59999) / 60000, "
             "count(*) FROM response_waits WHERE ticket_id >= ? AND ticket_id < ? GROUP BY 1, 2, 3, 4, 5, 6 "
             "ON CONFLICT (day, kind, premium, severity, policy_id, minute) "
             "DO UPDATE SET n = response_counts.n + excluded.n"_s,
         }) {
        if (const Status done = run(transaction, sql, range); !done)
            return done;
    }
    return run(transaction, u"UPDATE response_state SET pending_below = ? WHERE id = 1"_s, {from});
}

Status setDeferring(const WriteTransaction &transaction, int deferring)
{
    return run(transaction, u"UPDATE response_state SET deferring = ? WHERE id = 1"_s, {deferring});
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

Result<bool> step(Database &database, const BusinessHours &hours, int slice)
{
    const QString key = hoursKey(hours);
    const auto before = storedState(database);
    if (!before)
        return before.error();
    if (before->key == key && before->pendingBelow == 0)
        return true;
    // New settings' days are worked out (130 years through the zone's rules) before the
    // write lock is taken, not while other writers wait for it.
    std::optional<WorkingTimeline> days;
    if (before->key != key)
        days.emplace(timelineOf(hours));

    WriteTransaction transaction(database);
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    // Another reader may have stepped while this one waited to write.
    auto stored = storedState(database);
    if (!stored)
        return stored.error();
    if (stored->key != key) {
        if (!days)
            days.emplace(timelineOf(hours));
        if (const Status done = layOutAnew(transaction, *days, key); !done)
            return done.error();
    } else if (stored->pendingBelow == 0) {
        return true;
    } else if (const Status done = recomputeSlice(transaction, stored->pendingBelow, std::max(1, slice)); !done) {
        return done.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return false;
}

Result<bool> isPending(const Database &database, const BusinessHours &hours)
{
    const auto stored = storedState(database);
    if (!stored)
        return stored.error();
    return stored->key != hoursKey(hours) || stored->pendingBelow != 0;
}

Status ensure(Database &database, const BusinessHours &hours, int slice)
{
    for (;;) {
        auto done = step(database, hours, slice);
        if (!done)
            return done.error();
        if (*done)
            return Done{};
    }
}

Status deferRefresh(const WriteTransaction &transaction)
{
    return setDeferring(transaction, 1);
}

Status refreshDeferred(const WriteTransaction &transaction)
{
    return setDeferring(transaction, 0);
}

} // namespace Casebook::ResponseWaits
