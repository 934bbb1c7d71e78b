// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString agentColumns =
    u"id, login, display_name, email, role, time_zone, locale, mail_check_minutes, active, version"_s;

Agent readAgent(const QSqlQuery &q)
{
    Agent a;
    a.id = AgentId(q.value(0).toLongLong());
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.email = q.value(3).toString();
    a.role = agentRoleNames.parse(q.value(4).toString()).value_or(AgentRole::Agent);
    a.timeZone = q.value(5).toString();
    a.locale = q.value(6).toString();
    a.mailCheckMinutes = q.value(7).toInt();
    a.active = q.value(8).toBool();
    a.version = q.value(9).toLongLong();
    return a;
}

} // namespace

AgentStore::AgentStore(Database &database)
    : AgentStore(database, Clock::system())
{
}

AgentStore::AgentStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<AgentId> AgentStore::create(const Agent &agent)
{
    if (agent.login.trimmed().isEmpty() || agent.displayName.trimmed().isEmpty())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::AgentStore", "An agent needs a login and a name."), {}};
    if (agent.mailCheckMinutes != 30 && agent.mailCheckMinutes != 60)
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::AgentStore", "Mail is checked every 30 or every 60 minutes."), {}};
    if (auto existing = byLogin(agent.login); existing && existing->isValid())
        return Error{Error::Kind::Invalid, QCoreApplication::translate("Casebook::AgentStore", "The login %1 is taken.").arg(agent.login), {}};

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO agents (login, display_name, email, role, time_zone, locale, mail_check_minutes, "
                        "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {agent.login.trimmed(), agent.displayName.trimmed(), agent.email,
                         agentRoleNames.name(agent.role), agent.timeZone, agent.locale, agent.mailCheckMinutes,
                         agent.active, now, now});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"agent"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return AgentId(*id);
}

Result<Agent> AgentStore::agent(AgentId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + agentColumns + u" FROM agents WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound, QCoreApplication::translate("Casebook::AgentStore", "Agent %1 does not exist.").arg(id.value()), {}};
    return readAgent(q);
}

Result<AgentId> AgentStore::byLogin(const QString &login) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM agents WHERE login = ?"_s);
    q.addBindValue(login.trimmed());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next() ? AgentId(q.value(0).toLongLong()) : AgentId();
}

Result<QList<Agent>> AgentStore::agents() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + agentColumns + u" FROM agents WHERE active = ? ORDER BY display_name"_s);
    q.addBindValue(true);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Agent> result;
    while (q.next())
        result.append(readAgent(q));
    return result;
}

} // namespace Casebook
