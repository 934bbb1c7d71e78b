// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodeliveries.h"

#include "models/reminders/reminderscheduler.h"
#include "models/reminders/reminderstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::DemoDeliveries {

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
} // namespace

Status write(Database &db, qint64 nowMs)
{
    // The desk was closed from yesterday afternoon and opened three hours ago.
    const qint64 closedAt = nowMs - 20 * hourMs;
    const qint64 openedAt = nowMs - 3 * hourMs;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"DELETE FROM reminder_watermark"_s))
            return db.errorFrom(q.lastError());
        q.prepare(u"INSERT INTO reminder_watermark (id, checked_until) VALUES (1, ?)"_s);
        q.addBindValue(closedAt);
        if (!q.exec())
            return db.errorFrom(q.lastError());
    }
    FakeClock clock(openedAt);
    ReminderScheduler scheduler(db, clock);
    QString failure;
    QObject::connect(&scheduler, &ReminderScheduler::failed, &scheduler,
                     [&failure](const QString &message) { failure = message; });
    scheduler.start();
    // Then each moment the timer would have fired at.
    while (failure.isEmpty() && scheduler.nextDueAt() && *scheduler.nextDueAt() <= nowMs) {
        clock.setNowMs(*scheduler.nextDueAt());
        scheduler.runDue();
    }
    clock.setNowMs(nowMs);
    scheduler.runDue(); // the watermark at the demo's now
    if (!failure.isEmpty())
        return Error{Error::Kind::Query, failure, {}};

    // What the agents did with them: each one's first on-time notification acknowledged a
    // few minutes after it came, each one's newest snoozed until this time tomorrow (the demo
    // moves to today by whole days, so its now may be up to a day behind the clock).
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT agent_id, min(id), max(id) FROM notifications WHERE NOT missed AND agent_id IS NOT NULL "
                "GROUP BY agent_id ORDER BY agent_id"_s))
        return db.errorFrom(q.lastError());
    QList<std::pair<NotificationId, NotificationId>> chosen;
    while (q.next())
        chosen.append({NotificationId(q.value(1).toLongLong()), NotificationId(q.value(2).toLongLong())});
    ReminderStore store(db);
    for (const auto &[first, newest] : std::as_const(chosen)) {
        if (first == newest)
            continue;
        if (auto done = store.acknowledge(first, nowMs - 10 * minuteMs); !done)
            return done;
        if (auto done = store.snooze(newest, nowMs + 24 * hourMs); !done)
            return done;
    }
    return Done{};
}

} // namespace Casebook::DemoDeliveries
