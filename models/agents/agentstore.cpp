// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString agentColumns =
    u"id, login, display_name, email, role, time_zone, locale, mail_check_minutes, active, version, languages"_s;

QString languagesText(const QStringList &languages)
{
    QStringList codes;
    for (const QString &language : languages) {
        if (const QString code = language.trimmed(); !code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    // Never a null string: Qt binds one as NULL, and the column is NOT NULL DEFAULT ''.
    return codes.isEmpty() ? u""_s : codes.join(u',');
}

// The group role of each Casebook role on a team server (packaging/postgresql).
QString groupRole(AgentRole role)
{
    return u"casebook_"_s + agentRoleNames.name(role);
}

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
    a.languages = q.value(10).toString().split(u',', Qt::SkipEmptyParts);
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

Status AgentStore::check(const Agent &agent)
{
    if (agent.login.trimmed().isEmpty() || agent.displayName.trimmed().isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::AgentStore", "An agent needs a login and a name."),
                     {}};
    if (agent.mailCheckMinutes != 30 && agent.mailCheckMinutes != 60)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::AgentStore", "Mail is checked every 30 or every 60 minutes."),
            {}};
    return Done{};
}

Result<AgentId> AgentStore::create(const Agent &agent, const QString &password)
{
    if (auto valid = check(agent); !valid)
        return valid.error();
    if (auto existing = byLogin(agent.login); existing && existing->isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::AgentStore", "The login %1 is taken.").arg(agent.login),
                     {}};

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO agents (login, display_name, email, role, time_zone, locale, mail_check_minutes, "
                        "active, created_at, updated_at, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {agent.login.trimmed(), agent.displayName.trimmed(), agent.email,
                         agentRoleNames.name(agent.role), agent.timeZone, agent.locale, agent.mailCheckMinutes,
                         agent.active, now, now, languagesText(agent.languages)});
    if (!id)
        return id.error();
    Agent stored = agent;
    stored.login = agent.login.trimmed();
    if (auto synced = syncLogin(tx, stored, password); !synced)
        return synced.error();
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
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::AgentStore", "Agent %1 does not exist.").arg(id.value()),
                     {}};
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

QList<Agent> AgentStore::activeAgents() const
{
    QList<Agent> active;
    if (const auto all = agents()) {
        for (const Agent &agent : all.value()) {
            if (agent.active)
                active.append(agent);
        }
    }
    return active;
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

Result<qint64> AgentStore::update(const Agent &agent, qint64 expectedVersion, const QString &password)
{
    if (auto valid = check(agent); !valid)
        return valid.error();
    const auto before = this->agent(agent.id);
    if (!before)
        return before.error();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE agents SET display_name = ?, email = ?, role = ?, time_zone = ?, locale = ?, "
                           "mail_check_minutes = ?, active = ?, languages = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {agent.displayName.trimmed(), agent.email, agentRoleNames.name(agent.role), agent.timeZone,
                            agent.locale, agent.mailCheckMinutes, agent.active, languagesText(agent.languages),
                            m_clock.nowMs(), agent.id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{
            Error::Kind::Conflict,
            QCoreApplication::translate("Casebook::AgentStore", "Someone else changed %1 first; reload to see it.")
                .arg(before->displayName),
            {}};
    Agent stored = agent;
    stored.login = before->login; // never renamed: the server role and history are keyed by it
    if (auto synced = syncLogin(tx, stored, password); !synced)
        return synced.error();
    if (auto recorded = tx.record(u"agent"_s, agent.id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status AgentStore::syncLogin(WriteTransaction &tx, const Agent &agent, const QString &password) const
{
    if (!m_database.isPostgres())
        return Done{};
    auto exists = tx.exec(u"SELECT to_regprocedure('casebook_set_login(text,text,text,boolean)') IS NOT NULL"_s, {});
    if (!exists)
        return exists.error();
    if (!exists.value().next() || !exists.value().value(0).toBool())
        return Done{};
    auto set = tx.exec(u"SELECT casebook_set_login(?, ?, ?, ?)"_s,
                       {agent.login, Sql::text(password), groupRole(agent.role), agent.active});
    if (!set)
        return set.error();
    return Done{};
}

Result<QList<Agent>> AgentStore::everyone() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + agentColumns + u" FROM agents ORDER BY active DESC, display_name, id"_s);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Agent> result;
    while (q.next())
        result.append(readAgent(q));
    return result;
}

Result<int> AgentStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT count(*) FROM agents"_s) || !q.next())
        return m_database.errorFrom(q.lastError());
    return q.value(0).toInt();
}

Result<QList<QPair<TicketId, qint64>>> AgentStore::openTickets(AgentId agent) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, version FROM tickets WHERE assignee_id = ? AND status NOT IN ('solved', 'closed') "
              "AND merged_into_id IS NULL ORDER BY id"_s);
    q.addBindValue(agent.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<QPair<TicketId, qint64>> result;
    while (q.next())
        result.append({TicketId(q.value(0).toLongLong()), q.value(1).toLongLong()});
    return result;
}

} // namespace Casebook
