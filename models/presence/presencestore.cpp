// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencestore.h"

#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

PresenceStore::PresenceStore(Database &database)
    : m_database(database)
{
}

Status PresenceStore::announce(const PresenceEntry &entry, qint64 expiresAt)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO presence (desk, agent_id, ticket_id, typing, expires_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (desk) DO UPDATE SET agent_id = excluded.agent_id, ticket_id = excluded.ticket_id, "
              "typing = excluded.typing, expires_at = excluded.expires_at"_s);
    q.addBindValue(entry.desk);
    q.addBindValue(entry.agent.value());
    q.addBindValue(Sql::id(entry.ticket));
    q.addBindValue(entry.typing);
    q.addBindValue(expiresAt);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return notify(entry.ticket);
}

Status PresenceStore::leave(const QString &desk)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM presence WHERE desk = ?"_s);
    q.addBindValue(desk);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return notify(TicketId());
}

Result<QList<PresenceEntry>> PresenceStore::others(const QString &desk, qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT p.desk, p.agent_id, a.display_name, p.ticket_id, p.typing FROM presence p "
              "JOIN agents a ON a.id = p.agent_id WHERE p.expires_at > ? AND p.desk <> ? "
              "ORDER BY a.display_name, p.desk"_s);
    q.addBindValue(nowMs);
    q.addBindValue(desk);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<PresenceEntry> result;
    while (q.next()) {
        result.append({q.value(0).toString(), AgentId(q.value(1).toLongLong()), q.value(2).toString(),
                       TicketId(q.value(3).toLongLong()), q.value(4).toBool()});
    }
    return result;
}

Status PresenceStore::notify(TicketId ticket)
{
    if (!m_database.isPostgres())
        return Done{}; // other processes on the file read it at their next beat
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT pg_notify(?, ?)"_s);
    q.addBindValue(QString::fromLatin1(ChangeFeed::presenceChannel));
    q.addBindValue(QString::number(ticket.value()));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return Done{};
}

} // namespace Casebook
