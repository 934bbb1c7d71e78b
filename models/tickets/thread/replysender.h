// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerow.h"
#include "models/mail/mailparser.h"
#include "models/storage/result.h"

#include <QList>
#include <QStringList>

namespace Casebook {

class Clock;
class Database;
class TicketStore;

/**
 * Sends what an agent wrote in a ticket's composer: a reply to the customer or an internal
 * note, with the two checks that come first.
 *
 * The send guard (Help Scout's "traffic cop"): when the customer or another agent wrote in
 * the thread after the message the author last saw, the send is held and the new messages
 * are returned, so the author reads them before deciding. R38: a reply that carries the
 * text of one of the ticket's internal notes is refused; notes never reach the customer.
 * A sent message drops the author's draft for it. A reply's Cc and files, and a note's
 * files, are written with the message in one transaction.
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

    /// What a message carries besides its text, stored with it in one transaction.
    struct Extras
    {
        /// A reply's Cc on an email ticket, so every send of it (a retry too) is the same.
        QStringList cc;
        /// Files (a note's never leave, R38); each at most ReplyMail::maxAttachmentBytes.
        QList<MailAttachment> files;
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
    Result<Outcome> send(const Outgoing &message, Guard guard = Guard::Check, const Extras &extras = {});

    /// R38: the lines of `notes` (internal notes) that `reply` repeats; short lines do not count.
    [[nodiscard]] static QStringList noteLinesIn(const QString &reply, const QList<Message> &notes);

    /**
     * R38: `body` quoted for a reply ("> " before each line, after who wrote it). Only
     * customer messages and replies can be quoted; a note or system event is refused.
     */
    [[nodiscard]] static Result<QString> quoteForCustomer(MessageKind kind, const QString &author, const QString &body);

    /// Why `fileName` cannot go: it is larger than ReplyMail::maxAttachmentBytes.
    [[nodiscard]] static QString tooLarge(const QString &fileName);
    /// Why `typed` in a Cc line cannot go.
    [[nodiscard]] static QString notAnAddress(const QString &typed);

private:
    /// The message with its Cc and files, in one transaction.
    Result<MessageId> store(TicketStore &tickets, const Outgoing &message, const Extras &extras);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
