// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"
#include "mailparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Casebook {

class Database;
class WriteTransaction;

/// Who an email ticket's reply goes to, as the composer shows it above the reply.
struct ReplyRecipients
{
    QString to; ///< the customer: "Name <address>" or the address alone
    QString toAddress; ///< the customer's address alone
    /// The people the customer's newest mail copied, less the team's own addresses and the
    /// customer's: the reply keeps them, as "Reply All" does.
    QStringList cc;
};

/// A line of addresses as an agent typed it, read address by address.
struct AddressLine
{
    QStringList addresses; ///< the good ones, as typed ("Name <a@b.example>" or "a@b.example")
    QStringList invalid; ///< what could not be read as an address
};

/// An agent's reply as the mail that carries it to the customer.
struct ReplyMail
{
    MailAccountId account;
    QByteArray messageId; ///< without angle brackets
    QByteArray mime;

    /// The largest file a reply or note may carry: what common mail servers still accept
    /// once base64 has grown it by a third.
    static constexpr qint64 maxAttachmentBytes = 25LL * 1024 * 1024;

    /**
     * The mail for reply `message` of `ticket`: From the account the ticket's mail came in on
     * (else the first enabled one), To the customer, Cc as stored with the reply, Subject with
     * the `[#id]` tag, In-Reply-To and References naming the customer's mails; the reply's
     * files as multipart/mixed (RFC 2231 names), and multipart/alternative with an HTML part
     * when the team chose it. Nothing (no error) when the ticket did not come by email, the
     * message is not an agent reply (R38: notes never leave), the customer has no address or
     * no account is set up.
     */
    static Result<std::optional<ReplyMail>> compose(WriteTransaction &tx, TicketId ticket, MessageId message,
                                                    const QDateTime &now);

    /// The To and default Cc of a reply to `ticket`; nothing when it did not come by email or
    /// the customer has no address.
    static Result<std::optional<ReplyRecipients>> recipientsFor(Database &database, TicketId ticket);
    /// The same from what the open ticket has read already: the customer and the Cc of their
    /// newest mail (`copied`). Reads the team's and the customer's addresses only when the
    /// customer copied someone, so opening a ticket costs no statement more.
    static Result<ReplyRecipients> recipients(Database &database, CustomerId customer, const QString &name,
                                              const QString &address, const QStringList &copied);

    /// Splits `line` at commas and semicolons and checks each address.
    [[nodiscard]] static AddressLine readAddresses(const QString &line);

    /// The envelope recipients (To and Cc) of a composed mail.
    [[nodiscard]] static QList<QByteArray> recipientsOf(const QByteArray &mime);
};

} // namespace Casebook
