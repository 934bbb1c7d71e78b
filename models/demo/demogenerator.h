// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QtGlobal>

#include <functional>

namespace Casebook {

class Database;

/**
 * Writes realistic, deterministic data: the same seed gives the same database.
 * Used by `casebook --demo` (small) and by the benchmark generator (large).
 */
class DemoGenerator final
{
public:
    /// What tickets' subjects and messages are written with.
    enum class Text {
        Demo, ///< the hand-written, readable demo texts (`casebook --demo`)
        /// Benchmark text: tens of thousands of words drawn by rank (Zipf) in several languages,
        /// with typos, error messages, log lines and stack traces, as a busy inbox holds.
        Bulk,
    };
    /// Changes whenever what the benchmark generator writes changes; cached benchmark
    /// databases carry it in their names, so an old one is never measured as a new one.
    static constexpr int bulkDataVersion = 3; // 3: full-text indexes hold stems (migration 025)

    struct Size
    {
        int agents = 8;
        int customers = 300;
        int tickets = 3000;
        int messagesPerTicket = 5; ///< average; threads vary around it
        /// "Now" of the generated world (UTC ms): every timestamp is derived from it, so the
        /// same seed and the same nowMs give identical content. Default: 2026-11-23 12:00 UTC.
        qint64 nowMs = 1795435200000;
        /// Commit after this many tickets (0: everything in one transaction). Large
        /// benchmark databases set it so progress is durable and the journal stays small.
        int commitEveryTickets = 0;
        Text text = Text::Demo;
        /// The reminder scheduler delivers the last day's notifications (DemoDeliveries).
        bool deliverReminders = false;
        /// Adds tickets that came by mail, with files and a Cc, as the mail intake stores them.
        bool mailTickets = false;
    };

    /// The size `casebook --demo` uses.
    static Size demoSize()
    {
        Size size;
        size.deliverReminders = true;
        size.mailTickets = true;
        return size;
    }

    /// True when the database already holds generated data (so --demo does not add twice).
    static Result<bool> isPopulated(Database &db);

    /// Fills an empty, migrated database. `progress` gets (done, total) tickets.
    static Status populate(Database &db, const Size &size, quint32 seed = 20261123,
                           const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace Casebook
