// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstate.h"

#include "models/storage/database.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/ticketstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

Result<TicketState> TicketState::read(Database &database, const Clock &clock, TicketId id, qint64 longHeldThreshold)
{
    TicketState state;
    {
        // The ticket, its names, the hand-off and the long-held flag in one row.
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT "_s + TicketStore::columns(u"t"_s)
            + u", c.display_name, c.primary_email, c.locale, a.display_name, t.reaction_due_at, "_s
            + TicketAssignment::handedToColumn(u"t"_s) + u", CASE WHEN "_s + LongHeld::condition(u"t"_s)
            + u" THEN 1 ELSE 0 END, "_s
            // Issue 15: whom the customer's newest mail copied, for the reply's Cc.
            + u"(SELECT cc.addresses FROM messages m LEFT JOIN message_cc cc ON cc.message_id = m.id "
              "WHERE m.ticket_id = t.id AND m.kind = 'customer' ORDER BY m.created_at DESC, m.id DESC LIMIT 1), "
              "coalesce(c.primary_email, (SELECT min(e.email) FROM customer_emails e WHERE e.customer_id = c.id)) "
              "FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
              "LEFT JOIN agents a ON a.id = t.assignee_id WHERE t.id = ?"_s);
        q.addBindValue(longHeldThreshold);
        q.addBindValue(id.value());
        if (!q.exec())
            return database.errorFrom(q.lastError());
        if (!q.next())
            return Error{
                Error::Kind::NotFound,
                QCoreApplication::translate("Casebook::TicketStore", "Ticket %1 does not exist.").arg(id.value()),
                {}};
        state.overview.ticket = TicketStore::read(q);
        const int at = TicketStore::columnCount();
        state.overview.customerName = q.value(at).toString();
        state.overview.customerEmail = q.value(at + 1).toString();
        state.overview.customerLocale = q.value(at + 2).toString();
        state.overview.assigneeName = q.value(at + 3).toString();
        if (!q.value(at + 4).isNull())
            state.reactionDueAt = q.value(at + 4).toLongLong();
        state.handedTo = AgentId(q.value(at + 5).toLongLong());
        state.longHeld = q.value(at + 6).toInt() == 1;
        state.overview.customerCc = q.value(at + 7).toString().split(u'\n', Qt::SkipEmptyParts);
        state.overview.replyAddress = q.value(at + 8).toString();
    }
    auto tags = TicketStore(database, clock).tags(id);
    if (!tags)
        return tags.error();
    state.tags = std::move(tags).value();
    auto links = TicketMerge(database, clock).links(id);
    if (!links)
        return links.error();
    state.links = std::move(links).value();
    return state;
}

} // namespace Casebook
