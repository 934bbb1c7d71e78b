// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent.h"
#include "models/storage/result.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;

/// The team: who works here, in which role and time zone.
class AgentStore final
{
public:
    explicit AgentStore(Database &database);
    AgentStore(Database &database, const Clock &clock);

    Result<AgentId> create(const Agent &agent);
    Result<Agent> agent(AgentId id) const;
    /// An invalid id when nobody has this login.
    Result<AgentId> byLogin(const QString &login) const;
    /// Active agents by name.
    Result<QList<Agent>> agents() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
