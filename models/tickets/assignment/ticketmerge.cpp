// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketmerge.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/ticketwrite.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketMerge::TicketMerge(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Status TicketMerge::merge(TicketId duplicate, TicketId survivor, qint64 duplicateVersion, AgentId by)
{
    if (duplicate == survivor)
        return TicketWrite::invalid(tr("A ticket cannot be merged into itself."));
    TicketStore store(m_database, m_clock);
    for (const TicketId id : {duplicate, survivor}) {
        const auto ticket = store.ticket(id);
        if (!ticket)
            return ticket.error();
        if (ticket->status == TicketStatus::Closed)
            return TicketWrite::invalid(tr("Ticket %1 is closed; a closed ticket cannot be merged.").arg(id.value()));
    }

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto closed = tx.exec(u"UPDATE tickets SET status = 'closed', closed_at = ?, merged_into_id = ?, updated_at = ?, "
                          "version = version + 1 WHERE id = ? AND version = ?"_s,
                          {now, survivor.value(), now, duplicate.value(), duplicateVersion});
    if (!closed)
        return closed.error();
    if (closed.value().numRowsAffected() != 1)
        return TicketWrite::conflict(m_database, duplicate);

    // The moved messages are named in the change feed, so an open thread of the survivor shows
    // them where they belong and one of the duplicate lets them go.
    auto moved = tx.exec(u"SELECT id FROM messages WHERE ticket_id = ?"_s, {duplicate.value()});
    if (!moved)
        return moved.error();
    QList<qint64> movedMessages;
    while (moved.value().next())
        movedMessages.append(moved.value().value(0).toLongLong());

    const QVariantList both{survivor.value(), duplicate.value()};
    const QList<std::pair<QString, QVariantList>> moves{
        {u"UPDATE messages SET ticket_id = ? WHERE ticket_id = ?"_s, both},
        {u"UPDATE ticket_tasks SET ticket_id = ?, version = version + 1 WHERE ticket_id = ?"_s, both},
        {u"INSERT INTO ticket_tags (ticket_id, tag_id) SELECT CAST(? AS BIGINT), tag_id FROM ticket_tags WHERE "
         u"ticket_id = ? "
         "ON CONFLICT DO NOTHING"_s,
         both},
        {u"DELETE FROM ticket_tags WHERE ticket_id = ?"_s, {duplicate.value()}},
        {u"UPDATE tickets SET updated_at = ?, version = version + 1, "
         "last_customer_message_at = (SELECT max(created_at) FROM messages WHERE ticket_id = ? AND kind = 'customer') "
         "WHERE id = ?"_s,
         {now, survivor.value(), survivor.value()}},
        {u"INSERT INTO ticket_links (ticket_id, other_ticket_id, kind, created_at) VALUES (?, ?, 'merged', ?) "
         "ON CONFLICT DO NOTHING"_s,
         {duplicate.value(), survivor.value(), now}},
    };
    for (const auto &[sql, values] : moves) {
        if (auto done = tx.exec(sql, values); !done)
            return done.error();
    }
    for (const qint64 message : std::as_const(movedMessages)) {
        if (auto recorded = tx.record(u"message"_s, message, Change::Op::Update); !recorded)
            return recorded;
    }
    const QVariant none = Sql::null<QString>();
    if (auto e = TicketWrite::event(tx, duplicate, by, u"merge"_s, none, QString::number(survivor.value()), none, now);
        !e)
        return e;
    if (auto e =
            TicketWrite::event(tx, survivor, by, u"merged_in"_s, none, QString::number(duplicate.value()), none, now);
        !e)
        return e;
    return tx.commit();
}

Status TicketMerge::link(TicketId a, TicketId b, AgentId by)
{
    if (a == b)
        return TicketWrite::invalid(tr("A ticket cannot be linked to itself."));
    TicketStore store(m_database, m_clock);
    for (const TicketId id : {a, b}) {
        if (const auto ticket = store.ticket(id); !ticket)
            return ticket.error();
    }
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    // One row per pair: the smaller id first, so a→b and b→a are the same link.
    const TicketId first = std::min(a, b);
    const TicketId second = std::max(a, b);
    auto linked = tx.exec(u"INSERT INTO ticket_links (ticket_id, other_ticket_id, kind, created_at) "
                          "VALUES (?, ?, 'related', ?) ON CONFLICT DO NOTHING"_s,
                          {first.value(), second.value(), now});
    if (!linked)
        return linked.error();
    if (linked.value().numRowsAffected() == 0)
        return Done{};
    const QVariant none = Sql::null<QString>();
    if (auto e = TicketWrite::event(tx, a, by, u"link"_s, none, QString::number(b.value()), none, now); !e)
        return e;
    if (auto e = TicketWrite::event(tx, b, by, u"link"_s, none, QString::number(a.value()), none, now); !e)
        return e;
    return tx.commit();
}

Result<QList<TicketRelation>> TicketMerge::links(TicketId id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.other_ticket_id, t.subject, l.kind, 1 FROM ticket_links l "
              "JOIN tickets t ON t.id = l.other_ticket_id WHERE l.ticket_id = ? "
              "UNION ALL "
              "SELECT l.ticket_id, t.subject, l.kind, 0 FROM ticket_links l "
              "JOIN tickets t ON t.id = l.ticket_id WHERE l.other_ticket_id = ? "
              "ORDER BY 1"_s);
    q.addBindValue(id.value());
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<TicketRelation> result;
    while (q.next()) {
        result.append({TicketId(q.value(0).toLongLong()), q.value(1).toString(),
                       ticketLinkKindNames.parse(q.value(2).toString()).value_or(TicketLinkKind::Related),
                       q.value(3).toInt() == 1});
    }
    return result;
}

Result<TicketMerge::Delivery> TicketMerge::addCustomerMessage(TicketId id, const QString &body)
{
    TicketStore store(m_database, m_clock);
    const auto original = store.ticket(id);
    if (!original)
        return original.error();
    if (original->status != TicketStatus::Closed) {
        const auto message = store.addMessage(id, MessageKind::Customer, {}, body);
        if (!message)
            return message.error();
        return Delivery{id, *message, false};
    }

    // Two transactions: should the link fail, the customer's message is safe in the new ticket.
    const auto created = store.create({original->subject, original->customer, original->channel, body});
    if (!created)
        return created.error();
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto set = tx.exec(u"UPDATE tickets SET follows_ticket_id = ? WHERE id = ?"_s, {id.value(), created->value()});
        !set)
        return set.error();
    if (auto linked = tx.exec(u"INSERT INTO ticket_links (ticket_id, other_ticket_id, kind, created_at) "
                              "VALUES (?, ?, 'follow_up', ?)"_s,
                              {created->value(), id.value(), now});
        !linked)
        return linked.error();
    const QVariant none = Sql::null<QString>();
    if (auto e = TicketWrite::event(tx, *created, {}, u"follow_up"_s, QString::number(id.value()), none, none, now); !e)
        return e.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    const auto thread = store.messages(*created);
    if (!thread || thread->isEmpty())
        return Error{Error::Kind::Query, tr("The follow-up ticket has no message."), {}};
    return Delivery{*created, thread->first().id, true};
}

} // namespace Casebook
