// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

namespace Casebook {

class Database;

/**
 * The demo's notifications, delivered by the real reminder scheduler over the demo's roster,
 * rules and tickets, as a desk would have had them: closed overnight (what came due then is
 * recorded as missed), open for the last hours (delivered on time), with the earliest of each
 * agent's acknowledged and the newest snoozed.
 */
namespace DemoDeliveries {

/// Delivers up to `nowMs` into a populated demo database (committed by the scheduler's stores).
Status write(Database &db, qint64 nowMs);

} // namespace DemoDeliveries

} // namespace Casebook
