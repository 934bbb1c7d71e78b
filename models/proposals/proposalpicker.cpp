// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalpicker.h"

#include "proposalstore.h"

#include "models/agents/session.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"

using namespace Qt::StringLiterals;

namespace Casebook {

ProposalPicker::ProposalPicker(OpenTicket &ticket)
    : QObject(&ticket)
    , m_ticket(ticket)
{
}

Result<QList<ProposalMatch>> ProposalPicker::search(const QString &text, int limit) const
{
    return ProposalStore(m_ticket.session().database(), m_ticket.session().clock()).search(text, limit);
}

Result<QList<ProposalPicker::Quotable>> ProposalPicker::quotable() const
{
    if (!m_ticket.isOpen())
        return QList<Quotable>();
    auto thread = TicketStore(m_ticket.session().database(), m_ticket.session().clock()).messages(m_ticket.id());
    if (!thread)
        return thread.error();
    QList<Quotable> result;
    for (const Message &m : *thread) {
        if (m.kind == MessageKind::Customer || m.kind == MessageKind::Note)
            result.prepend({m.id, m.body, m.kind == MessageKind::Note, m.createdAt});
    }
    return result;
}

Result<QList<ProposalId>> ProposalPicker::countedFor() const
{
    return ProposalStore(m_ticket.session().database(), m_ticket.session().clock()).proposalsOf(m_ticket.id());
}

Result<ProposalPicker::Outcome> ProposalPicker::addTo(ProposalId proposal, MessageId message)
{
    return add(proposal, message);
}

Result<ProposalPicker::Outcome> ProposalPicker::create(const QString &title, const QString &description,
                                                       MessageId message)
{
    if (!m_ticket.isOpen())
        return Error{Error::Kind::Invalid, tr("No ticket is open."), {}};
    auto id = ProposalStore(m_ticket.session().database(), m_ticket.session().clock())
                  .create(title, description, m_ticket.session().agentId());
    if (!id)
        return id.error();
    return add(*id, message);
}

Result<ProposalPicker::Outcome> ProposalPicker::add(ProposalId proposal, MessageId message)
{
    if (!m_ticket.isOpen())
        return Error{Error::Kind::Invalid, tr("No ticket is open."), {}};
    NewProposalRequest request{m_ticket.id(), message, {}, false, m_ticket.session().agentId()};
    if (message.isValid()) {
        const auto messages = quotable();
        if (!messages)
            return messages.error();
        for (const Quotable &q : *messages) {
            if (q.id == message) {
                request.quote = q.body.left(500);
                request.fromNote = q.note;
            }
        }
    }
    auto counted =
        ProposalStore(m_ticket.session().database(), m_ticket.session().clock()).addRequest(proposal, request);
    if (!counted)
        return counted.error();
    if (*counted)
        Q_EMIT requestAdded(proposal, u"proposal-thanks"_s);
    return Outcome{proposal, *counted};
}

} // namespace Casebook
