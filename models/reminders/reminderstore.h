// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"
#include "models/reminders/reminderplanner.h"
#include "models/storage/result.h"

#include <optional>

namespace Casebook {

class Database;
class ReminderInputs;

/**
 * The reminders' storage: the rules (`reminder_rules`), what the planner reads (roster,
 * agents, tickets with running clocks, routed bug reports, snoozes, acknowledgements), the
 * deliveries with the notifications they make, and the watermark up to which the team's
 * reminders were delivered. A delivery is keyed by rule, subject and due moment: two desktops
 * on one server, or a restart, deliver it once. Cheap to construct.
 */
class ReminderStore final
{
public:
    /// The ChangeFeed entity of notifications (delivered, acknowledged, snoozed).
    [[nodiscard]] static QString notificationEntity();
    /// The ChangeFeed entity of the rules.
    [[nodiscard]] static QString ruleEntity();

    explicit ReminderStore(Database &database);

    Result<RuleSet> rules() const;
    /// Stores a lead's change of one rule; Conflict when someone changed it first.
    Status writeRule(const ReminderRule &rule);

    /// What the planner needs for the deliveries in (`fromMs`, `toMs`]: the roster a fortnight
    /// around it, and only the tickets with a reminder that can be delivered then.
    Result<PlanSnapshot> snapshot(qint64 fromMs, qint64 toMs) const;
    /// The same with the slow-changing inputs kept in `inputs`, read only where stale.
    Result<PlanSnapshot> snapshot(qint64 fromMs, qint64 toMs, ReminderInputs &inputs) const;

    /**
     * ReminderPlanner::nextDue() after `after` within `horizonMs`, reading only the earliest
     * ticket clocks: `limit` per clock, more only while one left out could come first.
     * `snapshot` is one of this store's up to `after`; its tickets are replaced.
     */
    Result<std::optional<qint64>> nextDue(PlanSnapshot snapshot, qint64 after,
                                          qint64 horizonMs = ReminderPlanner::defaultHorizonMs, int limit = 32) const;

    /// Records the delivery and its notifications, unless it was delivered already.
    /// `missed`: it came due while no desktop was running. True when this call delivered it.
    Result<bool> deliver(const Reminder &reminder, qint64 nowMs, bool missed);

    /// Up to when the team's reminders were delivered; nothing on a database that never ran them.
    Result<std::optional<qint64>> watermark() const;
    Status setWatermark(qint64 ms);

    /// The agent has seen to it, and to the open notifications on its line (the same rule,
    /// subject and recipient): they leave the unread list and an escalation ladder stops (R12).
    Status acknowledge(NotificationId id, qint64 nowMs);
    /// Due again at `untilMs`, with the open notifications on its line.
    Status snooze(NotificationId id, qint64 untilMs);

private:
    /// The routed bug reports submitted after `submittedAfter` (R28).
    Status readReports(PlanSnapshot &snapshot, qint64 submittedAfter) const;

    Database &m_database;
};

} // namespace Casebook
