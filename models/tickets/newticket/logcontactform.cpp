// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcontactform.h"

#include "models/agents/session.h"
#include "models/tickets/ticketstore.h"

namespace Casebook {

LogContactForm::LogContactForm(Session &session, TicketId ticket, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ticket(ticket)
{
}

LogContactForm::~LogContactForm() = default;

QString LogContactForm::subject() const
{
    const auto read = TicketStore(m_session.database(), m_session.clock()).ticket(m_ticket);
    return read ? read->subject : QString();
}

Result<MessageId> LogContactForm::log(Channel channel, const QString &body)
{
    auto added = TicketStore(m_session.database(), m_session.clock())
                     .addMessage(m_ticket, MessageKind::Customer, m_session.agentId(), body.trimmed(), channel);
    if (added)
        Q_EMIT logged(m_ticket, *added);
    return added;
}

} // namespace Casebook
