// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

namespace Casebook {

class Database;

/**
 * The demo world is generated around a fixed "now" (DemoGenerator::Size::nowMs), so that
 * every demo database is the same. Opened weeks later it would show every ticket days late;
 * this moves the whole world forward by whole days so its newest activity is today again.
 * Whole days keep shifts, rosters and calendar days (ISO dates) in step with the timestamps.
 */
class DemoTimeShift final
{
public:
    /// The demo world's "now": its newest message or ticket change; nullopt when empty.
    static Result<std::optional<qint64>> worldNow(Database &db);
    /**
     * Moves every timestamp (each `*_at` column) and every day (roster, team calendar) of
     * the demo database forward by the whole days between its world's now and `nowMs`.
     * Returns the days moved (0 when the world is current or ahead). SQLite only: the demo
     * is an SQLite file. One transaction: it moves entirely or not at all.
     */
    static Result<int> shiftToToday(Database &db, qint64 nowMs);
};

} // namespace Casebook
