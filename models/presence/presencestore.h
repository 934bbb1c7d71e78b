// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Database;

/// One desktop's presence as another desktop reads it.
struct PresenceEntry
{
    QString desk;
    AgentId agent;
    QString agentName;
    TicketId ticket; ///< invalid: no ticket open
    bool typing = false; ///< typing a reply on `ticket`
    friend bool operator==(const PresenceEntry &, const PresenceEntry &) = default;
};

/**
 * The `presence` rows: one per running desktop, counted only until it expires.
 *
 * Presence is kept as heartbeat rows with an expiry rather than in NOTIFY payloads alone:
 * a desktop that starts late reads who is where at once, SQLite files shared by two
 * processes get it too, and a desktop that crashed or lost its network needs nobody to
 * clean up after it: its row simply stops counting. On PostgreSQL each write also sends a
 * NOTIFY on ChangeFeed::presenceChannel, so others read it again at once instead of at
 * their next beat.
 */
class PresenceStore final
{
public:
    explicit PresenceStore(Database &database);

    /// Writes this desk's row: who, which ticket, typing or not, valid until `expiresAt`.
    Status announce(const PresenceEntry &entry, qint64 expiresAt);
    /// Removes this desk's row (the window closes).
    Status leave(const QString &desk);
    /// Every row still valid at `nowMs`, other desks only, ordered by agent name.
    Result<QList<PresenceEntry>> others(const QString &desk, qint64 nowMs) const;

private:
    Status notify(TicketId ticket);

    Database &m_database;
};

} // namespace Casebook
