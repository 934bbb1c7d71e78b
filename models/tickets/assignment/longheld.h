// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Database;

/**
 * R24: a ticket held by one agent for a long time is flagged so a teammate can offer help.
 * "Long" is a number of business days since assigned_at (TeamSettings::longHeldBusinessDays,
 * 3 by default) while the ticket is not solved or closed.
 *
 * The inbox uses condition() in its own SQL, binding threshold() once per query.
 */
namespace LongHeld {

inline constexpr int defaultBusinessDays = 3;

/// SQL over the tickets table (aliased `alias`) with one `?` for the threshold.
[[nodiscard]] QString condition(const QString &alias = QStringLiteral("tickets"));

/// The instant `businessDays` working days before `nowMs`: same time of day, counting back
/// only working days of `hours` (weekends and holidays do not age a ticket).
[[nodiscard]] qint64 threshold(qint64 nowMs, const BusinessHours &hours, int businessDays);

/// The team's setting (TeamSettings), or the default when unset or broken.
Result<int> businessDays(Database &database);

/// The flagged tickets among `ids` (empty `ids`: nothing).
Result<QList<TicketId>> flagged(const Database &database, const QList<TicketId> &ids, qint64 threshold);
/// Whether one ticket is flagged.
Result<bool> isFlagged(const Database &database, TicketId id, qint64 threshold);

} // namespace LongHeld

} // namespace Casebook
