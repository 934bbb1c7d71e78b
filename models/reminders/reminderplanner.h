// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"

#include <optional>

namespace Casebook::ReminderPlanner {

/**
 * Every reminder the rules give for `snapshot` whose delivery moment falls in
 * (`after`, `upTo`], in delivery order. Pure: no clock, no database.
 *
 * Who is told: personal reminders (one's shift, lunch, mail check, R06, SLA of one's ticket,
 * a bug route naming one, a snooze) reach their agent during the shift; outside it they wait
 * for the agent's next shift start, unless the rule is urgent and the agent works that day.
 * Team reminders (R04, R12, R24) reach whoever they are for who is on shift then; when nobody
 * is, they wait for the first to start. Nobody is told anything on a day off (R05).
 */
[[nodiscard]] QList<Reminder> between(const PlanSnapshot &snapshot, qint64 after, qint64 upTo);

/// How far ahead nextDue() looks unless told.
inline constexpr qint64 defaultHorizonMs = 2LL * 24 * 3600 * 1000;

/// The first delivery moment after `after` within `horizonMs`; nothing when none.
[[nodiscard]] std::optional<qint64> nextDue(const PlanSnapshot &snapshot, qint64 after,
                                            qint64 horizonMs = defaultHorizonMs);

/**
 * The earliest due moment whose reminder can be delivered in (`after`, `upTo`]: `after` itself,
 * unless a rostered shift starts in the window, which brings what waited for it since that
 * agent's shift before (do not disturb); at most a fortnight back. What is due earlier was
 * delivered before the window or never is, so a reader of ticket clocks can skip it.
 */
[[nodiscard]] qint64 dueLookback(const PlanSnapshot &snapshot, qint64 after, qint64 upTo);

/**
 * A lower bound of the delivery moment of any reminder of a rule (`urgent` or not) due at or
 * after `dueAt`: `dueAt` while someone rostered is on shift (or, `urgent`, works that day),
 * otherwise the next shift start. Nothing when no shift is ahead on the roster.
 */
[[nodiscard]] std::optional<qint64> earliestDelivery(const PlanSnapshot &snapshot, qint64 dueAt, bool urgent);

/// R24: the moment a ticket held since `assignedAt` has been held `businessDays` working days.
[[nodiscard]] qint64 longHeldAt(const BusinessHours &hours, qint64 assignedAt, int businessDays);

/// R12: the reaction window a critical ticket has (TicketTriage's 30 minutes).
inline constexpr qint64 reactionWindowMs = 30LL * 60 * 1000;

} // namespace Casebook::ReminderPlanner
