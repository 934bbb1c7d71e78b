// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QObject>

namespace Casebook {

class Session;

/**
 * A call, chat or visit about a ticket that is already open, written down by the agent as
 * the customer's message with the channel it came by (R39). The customer's message counts
 * as theirs: it reopens a pending ticket and starts the next response's clock (R15, R32).
 */
class LogContactForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogContactForm)

public:
    LogContactForm(Session &session, TicketId ticket, QObject *parent = nullptr);
    ~LogContactForm() override;

    [[nodiscard]] TicketId ticket() const { return m_ticket; }
    /// The ticket's subject, for the dialog's title.
    [[nodiscard]] QString subject() const;
    Result<MessageId> log(Channel channel, const QString &body);

Q_SIGNALS:
    void logged(Casebook::TicketId ticket, Casebook::MessageId message);

private:
    Session &m_session;
    TicketId m_ticket;
};

} // namespace Casebook
