// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

namespace Casebook {

class Database;

/**
 * The playbook numbers a team may change (team_settings): whether only existing tags may
 * be used (R14), when solved tickets close and silent pending ones are solved (R32, R36),
 * and after how many business days a held ticket is flagged (R24). Missing or broken
 * values read as the playbook's defaults.
 */
struct TeamRules
{
    bool tagsLocked = false;
    int solvedToClosedHours = 72;
    int pendingToSolvedBusinessHours = 48;
    int longHeldBusinessDays = 3;

    bool operator==(const TeamRules &) const = default;

    static Result<TeamRules> read(const Database &database);
    /// Writes all four in one transaction (refused when a number is not positive).
    Status write(Database &database) const;
};

} // namespace Casebook
