// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/result.h"

#include <QString>

namespace Casebook {

class Database;

/**
 * The stored waits of migration 033: each first and next response's wait in business hours,
 * kept by triggers as tickets and messages are written, and counted per UTC day, wait minute
 * and facet in response_counts. The triggers measure business hours against working_days,
 * the team's days laid out from its settings; the settings live outside SQL and may change,
 * so they are named in response_state and compared before each read.
 */
namespace ResponseWaits {

/// The first and last day laid out: any instant a support team keeps lies between them.
inline constexpr int firstYear = 1970;
inline constexpr int endYear = 2100; ///< exclusive

/// A text naming everything of `hours` a wait depends on (zone, week, times, holidays).
[[nodiscard]] QString hoursKey(const BusinessHours &hours);

/**
 * Makes the stored waits follow `hours`. When response_state names other settings (a team
 * changed its zone, week, times or holidays; or migration 033 has just run and names none),
 * lays working_days out anew and recomputes every wait and counter in one write transaction;
 * otherwise only reads one row. A writer that races it waits for the transaction and then
 * finds the key current.
 */
Status ensure(Database &database, const BusinessHours &hours);

} // namespace ResponseWaits

} // namespace Casebook
