// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace Casebook {

class Clock;
class Database;
class ReminderInputs;

/**
 * Delivers the team's reminders on time: plans the next due moment from the rules, roster
 * and data (ReminderPlanner), arms one timer for it, and at that moment records every
 * reminder due since the watermark (ReminderStore::deliver(), once per team however many
 * desktops run). A reminder more than a couple of minutes late (the app was closed, the
 * machine slept, the clock jumped) is recorded as missed, not fired as new.
 *
 * The timer counts monotonic time, which neither sees a wall-clock change nor (on every
 * system) the time a machine sleeps; so it is armed for at most maxArmMs, and replan() is
 * called after data changes and on resume. All time comes from the Clock.
 *
 * Between runs it keeps the roster, rules, settings and people (ReminderInputs) and reads
 * each again only when the ChangeFeed announces a change of it, on a reconnect or after a
 * clock jump: a run after a ticket change reads only the ticket clocks.
 */
class ReminderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    /// Later than this after its moment, a reminder is recorded as missed.
    static constexpr qint64 lateToleranceMs = 2 * 60'000LL;
    /// What came due longer ago than this while closed is not shown at all.
    static constexpr qint64 catchUpMs = 7LL * 24 * 3600'000;
    static constexpr int maxArmMs = 10 * 60'000;

    ReminderScheduler(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    /// Delivers what came due since the last run (missed ones as missed) and arms the timer.
    void start();
    /// Delivers what is due now and plans again (the timer's slot; also after a resume).
    void runDue();
    /// Plans again after a change of the data, rules or roster, delivering what is due by now.
    void replan() { runDue(); }

    /// The moment the timer is armed for; nothing when no reminder is ahead.
    [[nodiscard]] std::optional<qint64> nextDueAt() const { return m_nextDue; }
    [[nodiscard]] bool isArmed() const { return m_timer.isActive(); }
    [[nodiscard]] int armedIntervalMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

Q_SIGNALS:
    /// Reminders this desktop delivered in one run (each recorded; `missed` ones came due unseen).
    void delivered(const QList<Casebook::Reminder> &reminders, const QList<bool> &missed);
    void failed(const QString &message);

private:
    void arm(qint64 nowMs);

    Database &m_database;
    const Clock &m_clock;
    QTimer m_timer;
    QTimer m_changed; ///< a burst of changes plans once
    std::optional<qint64> m_nextDue;
    std::unique_ptr<ReminderInputs> m_inputs; ///< the slow-changing inputs between runs
    std::optional<qint64> m_lastRunMs; ///< a jump from here reads every input again
    bool m_started = false;
};

} // namespace Casebook
