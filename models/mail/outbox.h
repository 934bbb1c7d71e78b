// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"

#include <QByteArray>

namespace Casebook {

/// One reply waiting to leave, as the SMTP server will get it.
struct OutgoingMail
{
    qint64 id = 0;
    MailAccountId account;
    TicketId ticket;
    MessageId message;
    QByteArray from; ///< envelope sender
    QList<QByteArray> recipients; ///< envelope recipients (To and Cc)
    QByteArray mime; ///< the whole RFC 822 message
    int attempts = 0;
};

/**
 * Replies on their way out. A reply to an email ticket becomes one outbox row (never two:
 * the row is keyed by the reply) holding the finished mail, with the ticket's tag in the
 * subject and In-Reply-To/References naming the customer's mails, so their answer threads
 * back. A send is claimed before it starts and marked sent after the server took it; a
 * failure keeps the row with its error and tries again later, waiting longer each time.
 * Internal notes never get here (R38).
 */
class Outbox final
{
public:
    explicit Outbox(Database &database);
    Outbox(Database &database, const Clock &clock);

    /// The waits between attempts; the last repeats.
    static constexpr qint64 backoffMs[] = {60'000, 5 * 60'000LL, 15 * 60'000LL, 60 * 60'000LL};

    /// Queues the agent reply `message` of `ticket` when the ticket came by email and a mail
    /// account is set up. Returns false when there is nothing to send (no account, no address,
    /// not an email ticket, not a reply).
    Result<bool> enqueueReply(TicketId ticket, MessageId message);

    /// Claims the rows due now (queued, or failed and waited out) for sending; of one account
    /// when `account` is valid.
    Result<QList<OutgoingMail>> claimDue(MailAccountId account = {});
    Status markSent(qint64 id);
    Status markFailed(qint64 id, const QString &error);

    struct Row
    {
        QString state;
        int attempts = 0;
        QString lastError;
        qint64 nextAttemptAt = 0;
    };
    Result<Row> row(MessageId message) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
