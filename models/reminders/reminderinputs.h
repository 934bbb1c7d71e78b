// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"
#include "models/storage/result.h"

#include <QDate>

namespace Casebook {

struct Change;
class Database;

/**
 * The slow-changing part of a plan's snapshot, kept between runs of the scheduler: the team's
 * settings and calendar, the roster, the rules, the active agents, the snoozes and the
 * acknowledged escalations. Each part is read again only after the ChangeFeed announced a
 * change of its entity (changed()), or after invalidate() (a reconnect, a wall-clock jump), so
 * a run after a ticket change costs only the ticket queries.
 *
 * Without changed() calls it is only right for one snapshot: ReminderStore::snapshot() makes a
 * fresh one when none is given.
 */
class ReminderInputs final
{
public:
    /// Marks the parts `changes` touch as stale.
    void changed(const QList<Change> &changes);
    /// Everything is read again on the next use.
    void invalidate() { m_stale = allParts; }
    /// True when nothing is kept that needs reading before the next plan.
    [[nodiscard]] bool isFresh() const { return m_stale == 0; }

    /**
     * Fills `snapshot`'s roster (a fortnight around (`fromMs`, `toMs`]), rules, agents, snoozes,
     * acknowledged escalations and long-held days, reading only the stale parts.
     */
    Status fill(Database &database, PlanSnapshot &snapshot, qint64 fromMs, qint64 toMs);

private:
    enum Part : int {
        Team = 1, ///< settings and holidays: the zone that turns instants into roster days
        RosterPart = 2,
        Rules = 4,
        Agents = 8,
        Notifications = 16, ///< snoozes and acknowledged escalations
    };
    static constexpr int allParts = Team | RosterPart | Rules | Agents | Notifications;

    Status readTeam(Database &database);
    Status readAgents(Database &database);
    Status readNotifications(Database &database);

    int m_stale = allParts;
    PlanSnapshot m_kept;
    BusinessHours m_hours; ///< with the team's holidays
    QDate m_first; ///< the roster's days kept
    QDate m_last;
};

} // namespace Casebook
