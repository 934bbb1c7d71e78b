// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/icalendar.h"
#include "models/shifts/roster.h"
#include "models/storage/result.h"

namespace Casebook {

class Database;

/**
 * The roster and the team calendar: shift templates (R01, R03), who works which shift on
 * which date with their lunch (R02), and the team's holidays (R05, by hand or from an
 * iCalendar file). Every write is one transaction announced on the ChangeFeed as
 * "roster" (entries and templates) or "team_calendar" (holidays).
 */
class RosterStore final
{
public:
    [[nodiscard]] static QString rosterEntity();
    [[nodiscard]] static QString calendarEntity();

    explicit RosterStore(Database &database);

    /// The shift templates, in start order.
    Result<QList<ShiftTemplate>> templates() const;
    /// Changes one template's name and times; Conflict when someone changed it first.
    Status updateTemplate(const ShiftTemplate &shift);

    /// The roster of the dates `from`..`to` with the templates and the team's hours and holidays.
    Result<Roster> roster(QDate from, QDate to) const;

    /// Puts the agent on `shift` on `day` with a lunch (replacing what they had that day).
    Status assign(const RosterEntry &entry);
    /// Several at once, in one transaction (the duty rotation).
    Status assign(const QList<RosterEntry> &entries);
    /// The agent has `day` off (R05).
    Status clear(AgentId agent, QDate day);

    /// The holidays, by date.
    Result<QList<CalendarDay>> holidays() const;
    /// Makes `day` a holiday with a note (or changes its note).
    Status setHoliday(const CalendarDay &day);
    Status removeHoliday(QDate day);
    /// Adds the days of an iCalendar file as holidays; gives how many were new.
    Result<int> importHolidays(const QByteArray &icalendar);

private:
    Database &m_database;
};

} // namespace Casebook
