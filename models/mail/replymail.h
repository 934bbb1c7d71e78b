// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Casebook {

class WriteTransaction;

/// An agent's reply as the mail that carries it to the customer.
struct ReplyMail
{
    MailAccountId account;
    QByteArray messageId; ///< without angle brackets
    QByteArray mime;

    /// The mail for reply `message` of `ticket`: From the team's account, To the customer,
    /// Subject with the `[#id]` tag, In-Reply-To and References naming the customer's mails.
    /// Nothing (no error) when the ticket did not come by email, the message is not an agent
    /// reply (R38: notes never leave), the customer has no address or no account is set up.
    static Result<std::optional<ReplyMail>> compose(WriteTransaction &tx, TicketId ticket, MessageId message,
                                                    const QDateTime &now);

    /// The envelope recipients (To and Cc) of a composed mail.
    [[nodiscard]] static QList<QByteArray> recipientsOf(const QByteArray &mime);
};

} // namespace Casebook
