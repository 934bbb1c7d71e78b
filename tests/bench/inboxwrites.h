// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"

#include <QString>

#include <functional>

namespace Casebook {
class Database;
}

namespace Casebook::Bench {

/**
 * What writing costs and how soon the inbox shows it, on a copy of `source` made in
 * `scratchFolder` (removed afterwards; `source` is never opened for writing):
 * - a solve (TicketStore::solve) and a reply (ReplySender::send) with nothing listening: the
 *   stores alone;
 * - the same while the app's inbox shows a search for `word` in the Open view: the call (the
 *   inbox answers the change feed inside it) and until the list shows the change, painted;
 * - opening tickets in the ticket view (TicketView::setTicket, painted), a 50-message thread
 *   and ordinary generated ones.
 * Returns false when the copy cannot be made or opened.
 */
bool benchmarkWrites(const QString &source, const QString &scratchFolder, const Sampling &sampling, const QString &word,
                     const std::function<QString(const QString &)> &metric);

/// The same on an open database that the run may change (a PostgreSQL database of its own).
void benchmarkWritesOn(Database &db, const Sampling &sampling, const QString &word,
                       const std::function<QString(const QString &)> &metric);

} // namespace Casebook::Bench
