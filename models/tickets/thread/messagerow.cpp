// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerow.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::MessageRow {

QString select()
{
    return u"SELECT m.id, m.ticket_id, m.kind, m.author_agent_id, m.author_customer_id, m.body, m.created_at, "
           "coalesce(a.display_name, c.display_name, '') "
           "FROM messages m LEFT JOIN agents a ON a.id = m.author_agent_id "
           "LEFT JOIN customers c ON c.id = m.author_customer_id "_s;
}

AuthoredMessage read(const QSqlQuery &query)
{
    AuthoredMessage m;
    m.id = MessageId(query.value(0).toLongLong());
    m.ticket = TicketId(query.value(1).toLongLong());
    m.kind = messageKindNames.parse(query.value(2).toString()).value_or(MessageKind::System);
    m.authorAgent = AgentId(query.value(3).toLongLong());
    m.authorCustomer = CustomerId(query.value(4).toLongLong());
    m.body = query.value(5).toString();
    m.createdAt = query.value(6).toLongLong();
    m.author = query.value(7).toString();
    return m;
}

} // namespace Casebook::MessageRow
