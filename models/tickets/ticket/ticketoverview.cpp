// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketoverview.h"

#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

NextActor nextActor(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
    case TicketStatus::Open:
        return NextActor::Team;
    case TicketStatus::Pending:
        return NextActor::Customer;
    case TicketStatus::OnHold:
        return NextActor::ThirdParty;
    case TicketStatus::Solved:
        return NextActor::CustomerToConfirm;
    case TicketStatus::Closed:
        return NextActor::Nobody;
    }
    Q_UNREACHABLE_RETURN(NextActor::Team);
}

Result<TicketOverview> TicketOverview::read(Database &database, TicketId id)
{
    auto ticket = TicketStore(database).ticket(id);
    if (!ticket)
        return ticket.error();
    TicketOverview overview;
    overview.ticket = ticket.value();
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT c.display_name, c.primary_email, c.locale, a.display_name "
              "FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
              "LEFT JOIN agents a ON a.id = t.assignee_id WHERE t.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    if (q.next()) {
        overview.customerName = q.value(0).toString();
        overview.customerEmail = q.value(1).toString();
        overview.customerLocale = q.value(2).toString();
        overview.assigneeName = q.value(3).toString();
    }
    return overview;
}

} // namespace Casebook
