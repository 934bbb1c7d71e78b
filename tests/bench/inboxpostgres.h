// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxscreen.h"

#include <QString>

#include <functional>
#include <memory>

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
 * own definitions; then ANALYZE. The triggers are set aside for the load and every counter
 * they keep is counted once from the rows afterwards (recountPostgres()). Each step's time is printed as
 * `metric(load.STEP)`. False, said on stderr, when a step fails.
 */
bool loadInboxPostgres(Database &db, int tickets, int messagesPerTicket, qint64 now,
                       const std::function<QString(const QString &)> &metric);

/**
 * The rare and common words of a loaded database (the phrase is left empty): the word in the
 * share of messages closest to 17 % (the column statistics say), and a word of the
 * vocabulary's tail that a few hundred messages at most hold.
 */
SearchWords postgresWords(Database &db);

/**
 * The inbox's PostgreSQL database of `tickets` tickets, kept loaded between runs as the SQLite
 * runs keep their generated file: a server's whole folder (as the harness's script makes it)
 * in `folder`/postgres-inbox-TICKETS-sSCHEMA-vLOAD, so a new migration or a changed load makes
 * a new one. The first run loads it (loadInboxPostgres); later ones start that server again.
 * Each run measures a copy made from it (CREATE DATABASE ... TEMPLATE, a file copy), dropped
 * at the end, so the writes leave the loaded database as it was. When this goes, the server
 * stops and its data stays.
 */
class LoadedInboxServer final
{
    Q_DISABLE_COPY_MOVE(LoadedInboxServer)

public:
    LoadedInboxServer(const QString &folder, int tickets);
    ~LoadedInboxServer();

    /// The copy to measure, loading first when nothing is kept; null, said on stderr, when
    /// the server does not start or the load fails (a failed load keeps nothing).
    Database *open(qint64 now, const std::function<QString(const QString &)> &metric);

private:
    bool script(const QString &action) const;
    bool startKept();
    void stopKeepingData() const;

    QString m_dir;
    int m_tickets;
    bool m_running = false;
    std::unique_ptr<Database> m_copy;
};

} // namespace Casebook::Bench
