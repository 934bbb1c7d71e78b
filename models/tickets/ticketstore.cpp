// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/tagrows.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/sla/ticketsla.h"
#include "models/tickets/thread/messagerow.h"
#include "ticketwrite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

template<typename T>
std::optional<T> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return T(value.toLongLong());
}

const QStringList ticketColumns{u"id"_s,
                                u"subject"_s,
                                u"customer_id"_s,
                                u"status"_s,
                                u"complexity"_s,
                                u"severity"_s,
                                u"request_kind"_s,
                                u"channel"_s,
                                u"assignee_id"_s,
                                u"is_private"_s,
                                u"first_response_due_at"_s,
                                u"first_responded_at"_s,
                                u"created_at"_s,
                                u"updated_at"_s,
                                u"version"_s,
                                u"resolution"_s,
                                u"next_response_due_at"_s};

} // namespace

QString TicketStore::columns(const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList named;
    for (const QString &column : ticketColumns)
        named.append(prefix + column);
    return named.join(u", "_s);
}

int TicketStore::columnCount()
{
    return int(ticketColumns.size());
}

Ticket TicketStore::read(const QSqlQuery &q, int first)
{
    const auto at = [&q, first](int column) { return q.value(first + column); };
    Ticket t;
    t.id = TicketId(at(0).toLongLong());
    t.subject = at(1).toString();
    t.customer = CustomerId(at(2).toLongLong());
    t.status = ticketStatusNames.parse(at(3).toString()).value_or(TicketStatus::New);
    t.complexity = complexityNames.parse(at(4).toString());
    t.severity = severityNames.parse(at(5).toString());
    t.requestKind = requestKindNames.parse(at(6).toString());
    t.channel = channelNames.parse(at(7).toString()).value_or(Channel::Other);
    t.assignee = AgentId(at(8).toLongLong());
    t.isPrivate = at(9).toBool();
    t.firstResponseDueAt = optionalInt<qint64>(at(10));
    t.firstRespondedAt = optionalInt<qint64>(at(11));
    t.createdAt = at(12).toLongLong();
    t.updatedAt = at(13).toLongLong();
    t.version = at(14).toLongLong();
    t.resolution = resolutionNames.parse(at(15).toString());
    t.nextResponseDueAt = optionalInt<qint64>(at(16));
    return t;
}

TicketStore::TicketStore(Database &database)
    : TicketStore(database, Clock::system())
{
}

TicketStore::TicketStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<TicketId> TicketStore::create(const NewTicket &ticket)
{
    if (ticket.subject.trimmed().isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::TicketStore", "A ticket needs a subject."),
                     {}};
    if (ticket.outbound && (ticket.body.trimmed().isEmpty() || !ticket.by.isValid()))
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::TicketStore", "An outbound ticket needs the agent's first message."),
            {}};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const auto id = create(tx, ticket);
    if (!id)
        return id.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *id;
}

Result<TicketId> TicketStore::create(WriteTransaction &tx, const NewTicket &ticket)
{
    const qint64 now = m_clock.nowMs();
    QVariant policyId = Sql::null<qint64>();
    QVariant firstResponseDue = Sql::null<qint64>();
    const auto policy =
        TicketSla::forCustomer(tx, ticket.customer, ticket.severity ? severityNames.name(*ticket.severity) : QString());
    if (!policy)
        return policy.error();
    if (policy.value()) {
        policyId = (*policy)->id;
        // The agent who writes first has answered already: nothing is owed until the customer writes.
        if (!ticket.outbound) {
            const auto due = TicketSla::dueAt(m_database, **policy, now, (*policy)->firstResponseMinutes);
            if (!due)
                return due.error();
            firstResponseDue = *due;
        }
    }
    const QVariant none = Sql::null<qint64>();
    const auto nowOrNone = [&](bool set) { return set ? QVariant(now) : none; };
    const QVariant noName = Sql::null<QString>();

    auto id =
        tx.insert(u"INSERT INTO tickets (subject, customer_id, status, channel, complexity, severity, assignee_id, "
                  "assigned_at, sla_policy_id, first_response_due_at, first_responded_at, last_customer_message_at, "
                  "last_agent_message_at, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {ticket.subject.trimmed(), Sql::id(ticket.customer), ticket.outbound ? u"pending"_s : u"new"_s,
                   channelNames.name(ticket.channel),
                   ticket.complexity ? QVariant(complexityNames.name(*ticket.complexity)) : noName,
                   ticket.severity ? QVariant(severityNames.name(*ticket.severity)) : noName, Sql::id(ticket.assignee),
                   nowOrNone(ticket.assignee.isValid()), policyId, firstResponseDue, nowOrNone(ticket.outbound),
                   nowOrNone(!ticket.outbound), nowOrNone(ticket.outbound), now, now});
    if (!id)
        return id.error();
    if (!ticket.body.isEmpty()) {
        auto message = ticket.outbound
            ? tx.insert(u"INSERT INTO messages (ticket_id, kind, author_agent_id, body, created_at) "
                        "VALUES (?, 'agent', ?, ?, ?)"_s,
                        {*id, Sql::id(ticket.by), ticket.body, now})
            : tx.insert(u"INSERT INTO messages (ticket_id, kind, author_customer_id, body, created_at) "
                        "VALUES (?, 'customer', ?, ?, ?)"_s,
                        {*id, Sql::id(ticket.customer), ticket.body, now});
        if (!message)
            return message.error();
        if (auto recorded = tx.record(u"message"_s, *message, Change::Op::Insert); !recorded)
            return recorded.error();
    }
    if (auto event = tx.write(u"INSERT INTO ticket_events (ticket_id, agent_id, kind, new_value, created_at) "
                              "VALUES (?, ?, 'status', ?, ?)"_s,
                              {*id, Sql::id(ticket.by), ticket.outbound ? u"pending"_s : u"new"_s, now});
        !event)
        return event.error();
    for (const QString &tag : ticket.tags) {
        const QString name = tag.trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (const auto linked = linkTag(tx, u"ticket_tags"_s, u"ticket_id"_s, *id, name, now); !linked)
            return linked.error();
    }
    if (auto recorded = tx.record(u"ticket"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    return TicketId(*id);
}

Result<Ticket> TicketStore::ticket(TicketId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + columns({}) + u" FROM tickets WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::TicketStore", "Ticket %1 does not exist.").arg(id.value()),
                     {}};
    return read(q);
}

Result<QList<Message>> TicketStore::messages(TicketId id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(MessageRow::select() + u"WHERE m.ticket_id = ? ORDER BY m.created_at, m.id"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Message> result;
    while (q.next())
        result.append(MessageRow::read(q));
    return result;
}

Result<MessageId> TicketStore::addMessage(TicketId id, MessageKind kind, AgentId author, const QString &body,
                                          std::optional<Channel> channel)
{
    if (body.trimmed().isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::TicketStore", "The message is empty."), {}};
    const auto current = ticket(id);
    if (!current)
        return current.error();
    if (current->status == TicketStatus::Closed)
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::TicketStore",
                                                 "Ticket %1 is closed; a closed ticket cannot be reopened.")
                         .arg(id.value()),
                     {}};

    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const auto message = addMessage(tx, *current, kind, author, body, channel);
    if (!message)
        return message.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *message;
}

Result<MessageId> TicketStore::addMessage(WriteTransaction &tx, const Ticket &current, MessageKind kind, AgentId author,
                                          const QString &body, std::optional<Channel> channel)
{
    const TicketId id = current.id;
    const qint64 now = m_clock.nowMs();
    const bool fromCustomer = kind == MessageKind::Customer;
    auto message =
        tx.insert(u"INSERT INTO messages (ticket_id, kind, author_agent_id, author_customer_id, body, created_at, "
                  "channel) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                  {id.value(), messageKindNames.name(kind), Sql::id(fromCustomer ? 0 : author.value()),
                   Sql::id(fromCustomer ? current.customer.value() : 0), body, now,
                   channel ? QVariant(channelNames.name(*channel)) : Sql::null<QString>()});
    if (!message)
        return message.error();

    QString update = u"UPDATE tickets SET updated_at = ?, version = version + 1"_s;
    QVariantList values{now};
    if (kind == MessageKind::Customer) {
        update += u", last_customer_message_at = ?"_s;
        values << now;
        // Answered before: the customer is owed the next answer, timed from their first
        // message since (R15, R34).
        if (current.firstRespondedAt && !current.nextResponseDueAt) {
            const auto policy = TicketSla::forTicket(tx, id);
            if (!policy)
                return policy.error();
            if (policy.value()) {
                const auto due = TicketSla::dueAt(m_database, **policy, now, (*policy)->nextResponseMinutes);
                if (!due)
                    return due.error();
                update += u", next_response_due_at = ?"_s;
                values << *due;
            }
        }
        // Their answer puts the ball back in the team's court (R32).
        if (current.status == TicketStatus::Pending || current.status == TicketStatus::Solved) {
            update += u", status = 'open', resolution = NULL"_s;
            const QVariant none = Sql::null<QString>();
            if (auto e =
                    recordEvent(tx, id, {}, u"status"_s, ticketStatusNames.name(current.status), u"open"_s, none, now);
                !e)
                return e.error();
        }
    } else if (kind == MessageKind::Agent) {
        update += u", last_agent_message_at = ?, first_responded_at = coalesce(first_responded_at, ?), "
                  "next_response_due_at = NULL"_s;
        values << now << now;
    }
    update += u" WHERE id = ?"_s;
    values << id.value();
    if (auto updated = tx.write(update, values); !updated)
        return updated.error();
    if (auto recorded = tx.record(u"message"_s, *message, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto recorded = tx.record(u"ticket"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    return MessageId(*message);
}

Status TicketStore::recordEvent(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind,
                                const QVariant &oldValue, const QVariant &newValue, const QVariant &reason,
                                qint64 now) const
{
    return TicketWrite::event(tx, id, by, kind, oldValue, newValue, reason, now);
}

Error TicketStore::conflict(TicketId id) const
{
    return TicketWrite::conflict(m_database, id);
}

Result<qint64> TicketStore::setStatus(TicketId id, TicketStatus status, qint64 expectedVersion, AgentId by)
{
    if (status == TicketStatus::Solved)
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::TicketStore", "Say how the ticket was resolved: use solve()."),
            {}};
    return changeStatus(id, status, std::nullopt, expectedVersion, by);
}

Result<qint64> TicketStore::solve(TicketId id, Resolution resolution, qint64 expectedVersion, AgentId by)
{
    return changeStatus(id, TicketStatus::Solved, resolution, expectedVersion, by);
}

Result<qint64> TicketStore::changeStatus(TicketId id, TicketStatus status, std::optional<Resolution> resolution,
                                         qint64 expectedVersion, AgentId by)
{
    const auto current = ticket(id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return conflict(id);
    if (!isStatusChangeAllowed(current->status, status))
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::TicketStore",
                                                 "Ticket %1 is closed; a closed ticket cannot be reopened.")
                         .arg(id.value()),
                     {}};

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QString name = ticketStatusNames.name(status);
    const QVariant resolutionValue = resolution ? QVariant(resolutionNames.name(*resolution)) : Sql::null<QString>();
    auto updated =
        tx.exec(u"UPDATE tickets SET status = ?, updated_at = ?, version = version + 1, "
                "solved_at = CASE WHEN ? = 'solved' THEN ? ELSE solved_at END, "
                "closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END, "
                "resolution = CASE WHEN ? = 'solved' THEN ? WHEN ? = 'closed' THEN resolution ELSE NULL END, "
                "next_response_due_at = CASE WHEN ? IN ('solved', 'closed') THEN NULL ELSE next_response_due_at END "
                "WHERE id = ? AND version = ?"_s,
                {name, now, name, now, name, now, name, resolutionValue, name, name, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(id);
    if (auto recorded =
            recordEvent(tx, id, by, u"status"_s, ticketStatusNames.name(current->status), name, resolutionValue, now);
        !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<qint64> TicketStore::assign(TicketId id, AgentId assignee, qint64 expectedVersion, AgentId by)
{
    const auto current = ticket(id);
    if (!current)
        return current.error();
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated =
        tx.exec(u"UPDATE tickets SET assignee_id = ?, assigned_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?"_s,
                {Sql::id(assignee), now, now, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(id);
    if (auto recorded = recordEvent(tx, id, by, u"assignment"_s, Sql::id(current->assignee), Sql::id(assignee),
                                    Sql::null<QString>(), now);
        !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<qint64> TicketStore::setPrivate(TicketId id, bool isPrivate, qint64 expectedVersion, AgentId by)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE tickets SET is_private = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {isPrivate, now, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(id);
    if (auto recorded = recordEvent(tx, id, by, u"privacy"_s, !isPrivate ? u"private"_s : u"public"_s,
                                    isPrivate ? u"private"_s : u"public"_s, Sql::null<QString>(), now);
        !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Status TicketStore::addTag(TicketId id, const QString &tag, AgentId by)
{
    const QString name = tag.trimmed().toLower();
    if (name.isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::TicketStore", "A tag needs a name."), {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    const auto linked = linkTag(tx, u"ticket_tags"_s, u"ticket_id"_s, id.value(), name, now);
    if (!linked)
        return linked.error();
    if (!linked.value())
        return Done{}; // already tagged: nothing changed, nothing to announce
    const QVariant none = Sql::null<QString>();
    if (auto recorded = recordEvent(tx, id, by, u"tag_added"_s, none, name, none, now); !recorded)
        return recorded;
    return tx.commit();
}

Result<QStringList> TicketStore::tags(TicketId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT t.name FROM ticket_tags tt JOIN tags t ON t.id = tt.tag_id WHERE tt.ticket_id = ? ORDER BY t.name"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

Result<QHash<TicketStatus, int>> TicketStore::countByStatus() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT status, count(*) FROM tickets GROUP BY status"_s))
        return m_database.errorFrom(q.lastError());
    QHash<TicketStatus, int> result;
    while (q.next()) {
        if (const auto status = ticketStatusNames.parse(q.value(0).toString()))
            result.insert(*status, q.value(1).toInt());
    }
    return result;
}

} // namespace Casebook
