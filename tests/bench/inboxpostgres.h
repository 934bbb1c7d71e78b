// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxscreen.h"

#include <QString>

#include <functional>

namespace Casebook {
class Database;
}

namespace Casebook::Bench {

/**
 * The inbox's benchmark database on PostgreSQL, made by the server: the tickets of
 * fillPostgres() (half a year, statuses, channels, tags), then customers, agents, subjects and
 * `messagesPerTicket` messages a ticket whose words are drawn by rank from the generator's
 * English vocabulary (Zipf), as casebook-generate draws them; the messages' ids grow with
 * their time, as a real inbox's do. The secondary indexes of tickets and messages (the GIN
 * full-text ones included) are dropped while loading and built again afterwards from their
 * own definitions; then ANALYZE. Each step's time is printed as `metric(load.STEP)`.
 * False, said on stderr, when a step fails.
 */
bool loadInboxPostgres(Database &db, int tickets, int messagesPerTicket, qint64 now,
                       const std::function<QString(const QString &)> &metric);

/**
 * The rare and common words of a loaded database (the phrase is left empty): the word in the
 * share of messages closest to 17 % (the column statistics say), and a word of the
 * vocabulary's tail that a few hundred messages at most hold.
 */
SearchWords postgresWords(Database &db);

} // namespace Casebook::Bench
