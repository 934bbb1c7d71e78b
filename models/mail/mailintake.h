// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Casebook {

class Clock;
class Database;
class WriteTransaction;
struct ParsedMail;

/**
 * Turns raw RFC 822 mail into tickets: the one entry point of the mail channel, used by the
 * IMAP fetch and by the mail-archive import alike.
 *
 * A mail joins the ticket of a mail it answers (In-Reply-To, then References), else the
 * ticket its subject's `[#1234]` tag names, else it opens a new ticket. Its sender is found
 * among the customers' addresses or becomes a new customer. A delivery-failure report
 * joins the ticket of the mail that bounced as a system message and never opens a ticket.
 * Mail that cannot be read is kept raw, on a ticket of its own, and flagged. A Message-ID
 * already stored is skipped, so reading a mailbox twice adds nothing.
 */
class MailIntake final
{
public:
    explicit MailIntake(Database &database);
    MailIntake(Database &database, const Clock &clock);

    /// What a batch did.
    struct Summary
    {
        int newTickets = 0;
        int joined = 0; ///< messages added to an existing ticket
        int bounces = 0;
        int unreadable = 0;
        int duplicates = 0;
        [[nodiscard]] int stored() const { return newTickets + joined + bounces + unreadable; }
        Summary &operator+=(const Summary &other);
    };

    /// Stores a batch in one transaction, announced once. Fails (and stores nothing of the
    /// batch) only when the database does.
    Result<Summary> store(const QList<QByteArray> &mails);
    /// The same inside a transaction the caller commits (the fetch records UIDs with it).
    Result<Summary> store(WriteTransaction &tx, const QList<QByteArray> &mails);

    /// The account the mail comes in on (none for an archive import): the ticket's replies
    /// leave from it.
    void setAccount(MailAccountId account) { m_account = account; }

    /// The ticket a stored mail belongs to (by its Message-ID without angle brackets).
    [[nodiscard]] Result<TicketId> ticketOf(const QByteArray &messageId) const;

private:
    Status storeOne(WriteTransaction &tx, const QByteArray &raw, Summary &summary);
    Status storeUnreadable(WriteTransaction &tx, const QByteArray &raw, Summary &summary);
    Status storeBounce(WriteTransaction &tx, const ParsedMail &mail, const QByteArray &raw, Summary &summary);
    /// Adds to a ticket the connected person sees, or else (R40) through the server's intake functions.
    /// A customer message is `sender`'s (invalid: the ticket's customer's).
    Result<MessageId> addMessage(WriteTransaction &tx, TicketId ticket, MessageKind kind, const QString &body,
                                 bool &hidden, CustomerId sender = {}) const;
    Result<TicketId> threadOf(WriteTransaction &tx, const ParsedMail &mail) const;
    Result<TicketId> knownTicket(WriteTransaction &tx, const QList<QByteArray> &messageIds,
                                 const QString &subject) const;
    Result<CustomerId> customerFor(WriteTransaction &tx, const ParsedMail &mail) const;
    Status record(WriteTransaction &tx, const QByteArray &messageId, TicketId ticket, MessageId message,
                  const QString &state, const QByteArray &raw) const;

    Database &m_database;
    const Clock &m_clock;
    MailAccountId m_account;
};

} // namespace Casebook
