// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/roster.h"

#include <QList>

#include <optional>

namespace Casebook::Shifts {

/// A span of time as UTC epoch milliseconds, end excluded.
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;

    [[nodiscard]] bool contains(qint64 ms) const { return ms >= start && ms < end; }
    bool operator==(const Interval &) const = default;
};

/// `minute` of the local `day` in `zone` as an instant; 1440 is the next midnight. Through the
/// wall clock, so a shift keeps its 09:00 on the day the clocks change.
[[nodiscard]] qint64 instantOf(const QTimeZone &zone, QDate day, int minute);
/// The team's date at `ms`.
[[nodiscard]] QDate teamDate(const BusinessHours &hours, qint64 ms);

/// The agent's shift on `day`, when they have one and the day is not a holiday.
[[nodiscard]] std::optional<Interval> shiftOn(const Roster &roster, AgentId agent, QDate day);
/// The agent's lunch hour on `day` (R02), when they work that day and have one set.
[[nodiscard]] std::optional<Interval> lunchOn(const Roster &roster, AgentId agent, QDate day);

/// Whether the agent is on shift at `ms` (lunch included: they are still at work).
[[nodiscard]] bool isOnShift(const Roster &roster, AgentId agent, qint64 ms);
/// Whether the agent is at lunch at `ms`.
[[nodiscard]] bool isAtLunch(const Roster &roster, AgentId agent, qint64 ms);
/// When the shift the agent is on at `ms` ends; nothing when off shift.
[[nodiscard]] std::optional<qint64> shiftEnd(const Roster &roster, AgentId agent, qint64 ms);
/// The agent's next shift start at or after `ms`, within `days` days; nothing when none.
[[nodiscard]] std::optional<qint64> nextShiftStart(const Roster &roster, AgentId agent, qint64 ms, int days = 14);
/// R06: whether `ms` is in the last `minutes` of the agent's shift (no new dialogues then).
[[nodiscard]] bool isInLastMinutes(const Roster &roster, AgentId agent, qint64 ms, int minutes = 30);

/// Everyone on the roster on shift at `ms`.
[[nodiscard]] QList<AgentId> onShiftAt(const Roster &roster, qint64 ms);
/// The agents on duty (R03) on `day`.
[[nodiscard]] QList<AgentId> dutyOn(const Roster &roster, QDate day);

/**
 * R06, R16: the team's next working time after `ms`: today's start while it is still ahead on a
 * working day, otherwise the start of the next working day ("tomorrow after 09:00"; "Monday"
 * on a Friday evening or a Saturday). Holidays are skipped.
 */
[[nodiscard]] qint64 nextWorkingTime(const BusinessHours &hours, qint64 ms);

/// Business milliseconds of the team between two instants (R07, R24).
[[nodiscard]] qint64 businessMsBetween(const BusinessHours &hours, qint64 fromMs, qint64 toMs);

/// Two agents whose lunches overlap on one day (R02).
struct LunchOverlap
{
    QDate day;
    AgentId first;
    AgentId second;
    bool operator==(const LunchOverlap &) const = default;
};
/// R02: every pair of agents whose lunch hours overlap on `day`.
[[nodiscard]] QList<LunchOverlap> lunchOverlaps(const Roster &roster, QDate day);

/**
 * R03: Saturday duty in turn. The entries for the `weeks` Saturdays from `firstSaturday`,
 * giving the duty to `agents` in order, starting after whoever had the Saturday before
 * (from the roster); each duty has its lunch at `lunchMinute`.
 */
[[nodiscard]] QList<RosterEntry> rotateDuty(const Roster &roster, const QList<AgentId> &agents, QDate firstSaturday,
                                            int weeks, ShiftTemplateId duty, int lunchMinute = 13 * 60);

} // namespace Casebook::Shifts
