// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketwrite.h"

#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::TicketWrite {

Status event(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind, const QVariant &oldValue,
             const QVariant &newValue, const QVariant &reason, qint64 now)
{
    auto inserted =
        tx.insert(u"INSERT INTO ticket_events (ticket_id, agent_id, kind, old_value, new_value, reason, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {id.value(), Sql::id(by), kind, oldValue, newValue, reason, now});
    if (!inserted)
        return inserted.error();
    // The event itself for the open thread (it shows events in their place), the ticket for
    // everything else that follows tickets.
    if (auto recorded = tx.record(u"ticket_event"_s, *inserted, Change::Op::Insert); !recorded)
        return recorded.error();
    return tx.record(u"ticket"_s, id.value(), Change::Op::Update);
}

Error conflict(const Database &database, TicketId id)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT a.display_name FROM ticket_events e LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.ticket_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(id.value());
    QString who = QCoreApplication::translate("Casebook::TicketStore", "someone else");
    if (q.exec() && q.next() && !q.value(0).isNull())
        who = q.value(0).toString();
    return {
        Error::Kind::Conflict,
        QCoreApplication::translate("Casebook::TicketStore",
                                    "%1 changed ticket %2 first. Your change was not applied; reload to see theirs.")
            .arg(who)
            .arg(id.value()),
        {}};
}

Error invalid(const QString &message)
{
    return {Error::Kind::Invalid, message, {}};
}

QString agentName(const Database &database, AgentId agent)
{
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT display_name FROM agents WHERE id = ?"_s);
    q.addBindValue(agent.value());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QCoreApplication::translate("Casebook::TicketStore", "someone else");
}

} // namespace Casebook::TicketWrite
