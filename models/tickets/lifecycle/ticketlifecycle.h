// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/result.h"

namespace Casebook {

class Clock;
class Database;
struct TeamSettings;

/**
 * The automatic steps of a ticket's life (R32, R36): a solved ticket closes 72 hours
 * later; a pending ticket whose customer has not answered for 48 business hours is
 * solved as "customer stopped responding". Both periods are TeamSettings.
 * The scheduler decides when to call apply(); this class only decides what is due.
 */
class TicketLifecycle final
{
public:
    struct Settings
    {
        qint64 solvedToClosedMs = 72LL * 3600 * 1000;
        qint64 pendingToSolvedWorkingMs = 48LL * 3600 * 1000;
        BusinessHours hours;
    };

    struct Outcome
    {
        int closed = 0;
        int solved = 0;
        int skipped = 0; ///< changed by someone meanwhile; looked at again next time
    };

    TicketLifecycle(Database &database, const Clock &clock);

    /// The team's periods over `hours`.
    [[nodiscard]] static Settings settingsFrom(const TeamSettings &team, const BusinessHours &hours);
    /// Reads the team's periods (TeamSettingsStore) over `hours`.
    Result<Settings> settings(const BusinessHours &hours) const;

    Result<Outcome> apply(const Settings &settings);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
