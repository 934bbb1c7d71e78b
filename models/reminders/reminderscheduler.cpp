// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderscheduler.h"

#include "models/reminders/reminderinputs.h"
#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

namespace Casebook {

ReminderScheduler::ReminderScheduler(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_inputs(std::make_unique<ReminderInputs>())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::runDue);
    m_changed.setSingleShot(true);
    m_changed.setInterval(500);
    connect(&m_changed, &QTimer::timeout, this, &ReminderScheduler::replan);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::start()
{
    if (!m_started) {
        // A new critical ticket, a reply, a roster edit or a snooze moves the next due moment.
        // Roster, rules, settings and people are kept between runs and read again when the
        // feed names their entity; a reconnect may have missed what it would have named.
        if (ChangeFeed *feed = m_database.changeFeed()) {
            connect(feed, &ChangeFeed::changed, this, [this](const QList<Change> &changes) {
                m_inputs->changed(changes);
                m_changed.start();
            });
            connect(feed, &ChangeFeed::reconnected, this, [this] {
                m_inputs->invalidate();
                m_changed.start();
            });
        }
    }
    m_started = true;
    runDue();
}

void ReminderScheduler::runDue()
{
    if (!m_started)
        return;
    ReminderStore store(m_database);
    const qint64 now = m_clock.nowMs();
    // The clock went back, or further ahead than the timer ever waits (a jump, a sleep): the
    // team's day may be another, and what the feed said meanwhile is not trusted; read all.
    if (!m_lastRunMs || now < *m_lastRunMs || now - *m_lastRunMs > maxArmMs + lateToleranceMs)
        m_inputs->invalidate();
    m_lastRunMs = now;
    const auto mark = store.watermark();
    if (!mark) {
        Q_EMIT failed(mark.error().message);
        return;
    }
    // A database that never ran reminders starts now: the past is not a backlog of missed ones.
    qint64 from = mark->value_or(now);
    from = std::max(from, now - catchUpMs);
    // The clock went back: plan from the new now; deliveries already made are not repeated.
    if (from > now)
        from = now;
    auto snapshot = store.snapshot(from, now, *m_inputs);
    if (!snapshot) {
        m_inputs->invalidate(); // a half-read part is read again
        Q_EMIT failed(snapshot.error().message);
        return;
    }
    QList<Reminder> done;
    QList<bool> missed;
    for (const Reminder &reminder : ReminderPlanner::between(*snapshot, from, now)) {
        const bool late = now - reminder.deliverAt > lateToleranceMs;
        const auto delivered = store.deliver(reminder, now, late);
        if (!delivered) {
            Q_EMIT failed(delivered.error().message);
            return; // the watermark stays: the next run tries again
        }
        if (*delivered) {
            done.append(reminder);
            missed.append(late);
        }
    }
    if (auto moved = store.setWatermark(now); !moved)
        Q_EMIT failed(moved.error().message);
    const auto next = store.nextDue(std::move(snapshot).value(), now);
    if (!next)
        Q_EMIT failed(next.error().message);
    m_nextDue = next ? *next : std::nullopt;
    arm(now);
    if (!done.isEmpty())
        Q_EMIT delivered(done, missed);
}

void ReminderScheduler::arm(qint64 nowMs)
{
    const qint64 wait = m_nextDue ? std::max<qint64>(0, *m_nextDue - nowMs) : maxArmMs;
    m_timer.start(int(std::min<qint64>(wait, maxArmMs)));
}

} // namespace Casebook
