// SPDX-License-Identifier: GPL-3.0-or-later
#include "hiddenticketintake.h"

#include "mailparser.h"
#include "models/storage/clock.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/sla/ticketsla.h"
#include "models/tickets/ticketwrite.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::HiddenTicketIntake {

namespace {

Error gone(TicketId ticket)
{
    return Error{
        Error::Kind::NotFound,
        QCoreApplication::translate("Casebook::MailIntake", "Ticket %1 is closed or gone.").arg(ticket.value()),
        {}};
}

} // namespace

Result<bool> isOpen(const WriteTransaction &tx, TicketId ticket)
{
    auto q = tx.exec(u"SELECT casebook_mail_open_ticket(?)"_s, {ticket.value()});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

Result<MessageId> addMessage(WriteTransaction &tx, const Clock &clock, TicketId ticket, MessageKind kind,
                             const QString &body, CustomerId sender)
{
    const qint64 now = clock.nowMs();
    auto state = tx.exec(u"SELECT status, owes_next, policy_id, next_minutes, business_hours "
                         "FROM casebook_mail_ticket_state(?)"_s,
                         {ticket.value()});
    if (!state)
        return state.error();
    if (!state.value().next())
        return gone(ticket);
    const QString status = state.value().value(0).toString();
    const bool owesNext = state.value().value(1).toBool() && !state.value().value(2).isNull();
    TicketSla::Policy policy;
    policy.id = state.value().value(2).toLongLong();
    policy.nextResponseMinutes = state.value().value(3).toInt();
    policy.businessHours = state.value().value(4).toBool();
    state.value().finish();

    // Answered before: the customer is owed the next answer from now (R15, R34), timed in
    // C++ as for any ticket because business hours live here, not in SQL.
    QVariant due = Sql::null<qint64>();
    if (kind == MessageKind::Customer && owesNext) {
        const auto at = TicketSla::dueAt(tx.database(), policy, now, policy.nextResponseMinutes);
        if (!at)
            return at.error();
        due = *at;
    }
    auto added = tx.exec(u"SELECT casebook_mail_add_message(?, ?, ?, ?, ?, ?)"_s,
                         {ticket.value(), messageKindNames.name(kind), body, now, due, Sql::id(sender)});
    if (!added)
        return added.error();
    if (!added.value().next() || added.value().value(0).isNull())
        return gone(ticket);
    const MessageId message(added.value().value(0).toLongLong());
    added.value().finish();

    // Their answer puts the ball back in the team's court (R32), recorded as addMessage does.
    if (kind == MessageKind::Customer && (status == u"pending"_s || status == u"solved"_s)) {
        if (auto e = TicketWrite::event(tx, ticket, {}, u"status"_s, status, u"open"_s, Sql::null<QString>(), now); !e)
            return e.error();
    }
    if (auto recorded = tx.record(u"message"_s, message.value(), Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto recorded = tx.record(u"ticket"_s, ticket.value(), Change::Op::Update); !recorded)
        return recorded.error();
    return message;
}

Status addCc(const WriteTransaction &tx, MessageId message, const QString &addresses)
{
    auto added = tx.exec(u"SELECT casebook_mail_add_cc(?, ?)"_s, {message.value(), addresses});
    if (!added)
        return added.error();
    return Done{};
}

Status addFile(const WriteTransaction &tx, MessageId message, const MailAttachment &file)
{
    auto added = tx.exec(u"SELECT casebook_mail_add_file(?, ?, ?, ?)"_s,
                         {message.value(), file.fileName, file.mimeType, file.data});
    if (!added)
        return added.error();
    return Done{};
}

} // namespace Casebook::HiddenTicketIntake
