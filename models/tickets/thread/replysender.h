// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerow.h"
#include "models/storage/result.h"

#include <QList>
#include <QStringList>

namespace Casebook {

class Clock;
class Database;

/**
 * Sends what an agent wrote in a ticket's composer: a reply to the customer or an internal
 * note, with the two checks that come first.
 *
 * The send guard (Help Scout's "traffic cop"): when the customer or another agent wrote in
 * the thread after the message the author last saw, the send is held and the new messages
 * are returned, so the author reads them before deciding. R38: a reply that carries the
 * text of one of the ticket's internal notes is refused; notes never reach the customer.
 * A sent message drops the author's draft for it.
 */
class ReplySender final
{
public:
    explicit ReplySender(Database &database);
    ReplySender(Database &database, const Clock &clock);

    struct Outgoing
    {
        TicketId ticket;
        MessageKind kind = MessageKind::Agent; ///< Agent (a reply) or Note
        QString body;
        AgentId author;
        MessageId base; ///< the newest message the author had seen
    };

    enum class Guard { Check, SendAnyway };

    struct Outcome
    {
        MessageId sent; ///< invalid when held
        QList<AuthoredMessage> held; ///< what changed since `base`, when the send was held
        [[nodiscard]] bool isHeld() const { return !sent.isValid(); }
    };

    /// Messages after `base` written by someone other than `me` (the customer, other agents).
    Result<QList<AuthoredMessage>> changesSince(TicketId ticket, MessageId base, AgentId me) const;

    /// Checks, sends and drops the draft. A held send writes nothing.
    Result<Outcome> send(const Outgoing &message, Guard guard = Guard::Check);

    /// R38: the lines of `notes` (internal notes) that `reply` repeats; short lines do not count.
    [[nodiscard]] static QStringList noteLinesIn(const QString &reply, const QList<Message> &notes);

    /**
     * R38: `body` quoted for a reply ("> " before each line, after who wrote it). Only
     * customer messages and replies can be quoted; a note or system event is refused.
     */
    [[nodiscard]] static Result<QString> quoteForCustomer(MessageKind kind, const QString &author, const QString &body);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
