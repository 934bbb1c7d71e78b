// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/result.h"

#include <QString>

namespace Casebook {

class Database;
class WriteTransaction;

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

/// Tickets a recompute works out in one write transaction, so that other writers (a team
/// server's other desktops) wait a fraction of a second: 4,000 took 1.1 s (p50) on the 1 M
/// file on a loaded machine, this about a quarter of that.
inline constexpr int sliceTickets = 1000;

/// A text naming everything of `hours` a wait depends on (zone, week, times, holidays).
[[nodiscard]] QString hoursKey(const BusinessHours &hours);

/**
 * One step towards waits that follow `hours`. When response_state names other settings (a
 * team changed its zone, week, times or holidays; or migration 033 has just run and names
 * none), lays working_days out anew in one short transaction and marks every ticket as
 * pending; otherwise works out the newest `slice` pending tickets in one transaction. Gives
 * true when nothing is pending any more. Resumable: the progress is in response_state, so
 * a step cut short (the app closed) is taken up by the next reader.
 */
Result<bool> step(Database &database, const BusinessHours &hours, int slice = sliceTickets);

/**
 * Whether the stored waits do not follow `hours` yet: a recompute is due or under way (one
 * row read). The Response view says so while it keeps the previous figures.
 */
Result<bool> isPending(const Database &database, const BusinessHours &hours);

/**
 * Makes the stored waits follow `hours`: steps until nothing is pending (one row read when
 * nothing is). The read that calls it waits for the whole recompute, which writers only
 * wait for a slice at a time.
 */
Status ensure(Database &database, const BusinessHours &hours, int slice = sliceTickets);

/**
 * For a batch of writes (an import, a mail fetch): sets the per-write refresh aside until
 * refreshDeferred() in the same transaction, which works out each touched ticket once. Other
 * sessions never see it set: it is written and reset inside `transaction`, and a rollback
 * takes it back with the batch.
 */
Status deferRefresh(const WriteTransaction &transaction);
Status refreshDeferred(const WriteTransaction &transaction);

} // namespace ResponseWaits

} // namespace Casebook
