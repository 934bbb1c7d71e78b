// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "ticket.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QSqlQuery;

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;

/**
 * Reads and writes tickets, their messages, tags and audit trail. Every write is one
 * transaction that records its changes for the ChangeFeed; updates name the version
 * they started from and fail with Error::Kind::Conflict when someone else was first.
 */
class TicketStore final
{
public:
    explicit TicketStore(Database &database);
    TicketStore(Database &database, const Clock &clock);

    struct NewTicket
    {
        QString subject;
        CustomerId customer;
        Channel channel = Channel::Email; ///< R39: how the customer reached us
        QString body; ///< the first message: the customer's words, or the agent's when `outbound`
        /// The agent wrote first (an outbound message): no first response is owed, the
        /// customer acts next, so the ticket starts pending.
        bool outbound = false;
        std::optional<Complexity> complexity{}; ///< R10
        std::optional<Severity> severity{}; ///< R28
        QStringList tags{}; ///< R14, created in the team's list when new
        AgentId assignee{};
        AgentId by{}; ///< who typed it in; the author of an outbound message
    };

    /// Opens a ticket with its first message, triage, tags and assignee in one transaction;
    /// first-response due from the SLA (R15, R34) unless the agent wrote first.
    Result<TicketId> create(const NewTicket &ticket);
    /// The same inside a transaction the caller commits, for writers that store many at once.
    Result<TicketId> create(WriteTransaction &tx, const NewTicket &ticket);
    Result<Ticket> ticket(TicketId id) const;
    /// The thread in the order it was written.
    Result<QList<Message>> messages(TicketId id) const;

    /// Appends a message (messages are never edited). The first agent reply stops the
    /// first-response clock. A closed ticket takes no messages (R32).
    /// `channel`: how a customer's message came in when not by the ticket's own channel
    /// (a call or a chat logged by an agent, R39).
    Result<MessageId> addMessage(TicketId id, MessageKind kind, AgentId author, const QString &body,
                                 std::optional<Channel> channel = std::nullopt);
    /// The same inside a transaction the caller commits; `current` is the ticket as read in it.
    Result<MessageId> addMessage(WriteTransaction &tx, const Ticket &current, MessageKind kind, AgentId author,
                                 const QString &body, std::optional<Channel> channel = std::nullopt);

    /// Returns the new version. R32: Closed is final.
    Result<qint64> setStatus(TicketId id, TicketStatus status, qint64 expectedVersion, AgentId by);
    /// R36: solving records how it was resolved. Returns the new version.
    Result<qint64> solve(TicketId id, Resolution resolution, qint64 expectedVersion, AgentId by);
    /// Returns the new version. An invalid assignee unassigns.
    Result<qint64> assign(TicketId id, AgentId assignee, qint64 expectedVersion, AgentId by);
    /// R40: marks a request that reveals a security vulnerability private (leads and its
    /// assignee only; on PostgreSQL the server's row rules enforce it), or public again.
    Result<qint64> setPrivate(TicketId id, bool isPrivate, qint64 expectedVersion, AgentId by);

    /// Tags a ticket, creating the tag when the team's list does not have it yet (R14).
    Status addTag(TicketId id, const QString &tag, AgentId by);
    Result<QStringList> tags(TicketId id) const;

    Result<QHash<TicketStatus, int>> countByStatus() const;

    /// The ticket columns, each prefixed with `alias` when one is given, for queries that
    /// read a ticket together with more (a ticket is read one way everywhere).
    [[nodiscard]] static QString columns(const QString &alias);
    /// How many columns columns() lists.
    [[nodiscard]] static int columnCount();
    /// The ticket on `query`'s row, whose columns() start at `first`.
    [[nodiscard]] static Ticket read(const QSqlQuery &query, int first = 0);

private:
    Error conflict(TicketId id) const;
    /// The audit-trail row of a change, and the change itself for the ChangeFeed.
    Status recordEvent(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind, const QVariant &oldValue,
                       const QVariant &newValue, const QVariant &reason, qint64 now) const;
    Result<qint64> changeStatus(TicketId id, TicketStatus status, std::optional<Resolution> resolution,
                                qint64 expectedVersion, AgentId by);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
