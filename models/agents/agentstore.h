// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent.h"
#include "models/storage/result.h"

#include <QList>
#include <QPair>

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;

/// The team: who works here, in which role and time zone.
class AgentStore final
{
public:
    explicit AgentStore(Database &database);
    AgentStore(Database &database, const Clock &clock);

    /**
     * Adds a person. On a team server whose admin ran the setup script it also creates their
     * login role in the group of their role, with `password` (empty: none yet); the server
     * allows that to admins only.
     */
    Result<AgentId> create(const Agent &agent, const QString &password = {});
    /// Changes name, e-mail, languages, role, zone and whether they are active; on a team
    /// server the login role follows (group, and NOLOGIN when deactivated). A Conflict when
    /// the row changed since `expectedVersion`. The login itself never changes: history
    /// and the server role are keyed by it.
    Result<qint64> update(const Agent &agent, qint64 expectedVersion, const QString &password = {});
    Result<Agent> agent(AgentId id) const;
    /// An invalid id when nobody has this login.
    Result<AgentId> byLogin(const QString &login) const;
    /// Active agents by name.
    Result<QList<Agent>> agents() const;
    /// The active people, in the order agents() lists them; empty when the read fails (pickers).
    QList<Agent> activeAgents() const;
    /// Everyone, active first, then by name: Settings > People.
    Result<QList<Agent>> everyone() const;
    /// How many agents the database has, active or not.
    Result<int> count() const;
    /// The tickets assigned to `agent` that are not solved or closed (offered for hand-off
    /// when they are deactivated), with their versions.
    Result<QList<QPair<TicketId, qint64>>> openTickets(AgentId agent) const;

private:
    static Status check(const Agent &agent);
    /// Team server: keeps the person's login role in step (casebook_set_login, made by the
    /// setup script). Nothing to do where the server has no such function.
    Status syncLogin(WriteTransaction &tx, const Agent &agent, const QString &password) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
