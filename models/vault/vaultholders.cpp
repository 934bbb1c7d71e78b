// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultholders.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "vaultlog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

Error notSetUp()
{
    return Error{Error::Kind::NotFound,
                 QCoreApplication::translate("Casebook::VaultHolderStore", "The team vault is not set up yet."),
                 {}};
}

} // namespace

VaultHolderStore::VaultHolderStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<qint64> VaultHolderStore::teamKey() const
{
    QSqlQuery q(m_database.connection());
    // The view, not vault_keys: the server hides the key row itself from non-holders.
    if (!q.exec(u"SELECT id FROM vault_team_key"_s))
        return m_database.errorFrom(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<VaultKeyHolder>> VaultHolderStore::holders() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.agent_id, a.display_name, h.granted_by, g.display_name, h.granted_at "
              "FROM vault_key_holders h JOIN vault_team_key k ON k.id = h.vault_key_id "
              "JOIN agents a ON a.id = h.agent_id LEFT JOIN agents g ON g.id = h.granted_by "
              "ORDER BY a.display_name, h.agent_id"_s);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<VaultKeyHolder> result;
    while (q.next()) {
        result.append({AgentId(q.value(0).toLongLong()), q.value(1).toString(), AgentId(q.value(2).toLongLong()),
                       q.value(3).toString(), q.value(4).toLongLong()});
    }
    return result;
}

Result<bool> VaultHolderStore::holds(AgentId agent) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM vault_key_holders h JOIN vault_team_key k ON k.id = h.vault_key_id "
              "WHERE h.agent_id = ?"_s);
    q.addBindValue(agent.value());
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    return q.value(0).toLongLong() > 0;
}

Result<bool> VaultHolderStore::isAdmin(AgentId agent) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM agents WHERE id = ? AND role = 'admin' AND "_s
              + m_database.dialect().isTrue(u"active"_s));
    q.addBindValue(agent.value());
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    return q.value(0).toLongLong() > 0;
}

Result<QStringList> VaultHolderStore::admins() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT display_name FROM agents WHERE role = 'admin' AND "_s + m_database.dialect().isTrue(u"active"_s)
              + u" ORDER BY display_name, id"_s);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<QList<VaultKeyHolder>> VaultHolderStore::nonHolders() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.display_name FROM agents a WHERE "_s + m_database.dialect().isTrue(u"a.active"_s)
              + u" AND NOT EXISTS (SELECT 1 FROM vault_key_holders h JOIN vault_team_key k "
                "ON k.id = h.vault_key_id WHERE h.agent_id = a.id) ORDER BY a.display_name, a.id"_s);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<VaultKeyHolder> people;
    while (q.next()) {
        VaultKeyHolder person;
        person.agent = AgentId(q.value(0).toLongLong());
        person.name = q.value(1).toString();
        people.append(person);
    }
    return people;
}

Status VaultHolderStore::grant(AgentId agent, AgentId by)
{
    // A grant already there is kept as it was: who first granted it, and when.
    return change(u"INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                  {agent.value(), Sql::id(by), m_clock.nowMs()}, agent);
}

Status VaultHolderStore::revoke(AgentId agent)
{
    return change(u"DELETE FROM vault_key_holders WHERE vault_key_id = ? AND agent_id = ?"_s, {agent.value()}, agent);
}

// `sql` takes the team key first, then `values`.
Status VaultHolderStore::change(const QString &sql, const QVariantList &values, AgentId agent)
{
    if (!agent.isValid())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::VaultHolderStore", "Choose a person first."),
                     {}};
    auto key = teamKey();
    if (!key)
        return key.error();
    if (*key == 0)
        return notSetUp();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto written = tx.exec(sql, QVariantList{*key} + values);
    if (!written) {
        if (written.error().kind != Error::Kind::ReadOnly || !m_database.isPostgres())
            return written.error();
        // The server's grants (a file that cannot be written says so itself): say what the
        // rule is, not which privilege was missing.
        return Error{
            Error::Kind::ReadOnly,
            QCoreApplication::translate("Casebook::VaultHolderStore", "Only an admin may give or take the team key."),
            written.error().detail};
    }
    QSqlQuery &query = written.value();
    const bool changed = query.numRowsAffected() > 0;
    query.finish();
    if (changed) {
        // One entity per person: a panel of theirs learns it may (or may no longer) read the vault.
        if (auto recorded = tx.record(u"vault_key_holder"_s, agent.value(), Change::Op::Update); !recorded)
            return recorded;
    }
    if (auto committed = tx.commit(); !committed)
        return committed;
    qCInfo(lcVault) << "the team key holders changed for agent" << agent.value();
    return Done{};
}

} // namespace Casebook
