// SPDX-License-Identifier: GPL-3.0-or-later
#include "closetheloop.h"

#include "proposalstore.h"

#include "models/agents/session.h"
#include "models/replies/cannedreplystore.h"
#include "models/replies/replyfiller.h"
#include "models/storage/database.h"
#include "models/tickets/thread/replysender.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

CloseTheLoop::CloseTheLoop(Session &session, ProposalId proposal)
    : m_session(session)
    , m_proposal(proposal)
{
}

QString CloseTheLoop::cannedKey(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Shipped:
        return u"proposal-shipped"_s;
    case ProposalStatus::Declined:
        return u"proposal-declined"_s;
    default:
        return {};
    }
}

Result<QList<CloseTheLoop::Draft>> CloseTheLoop::drafts() const
{
    ProposalStore store(m_session.database(), m_session.clock());
    auto proposal = store.summary(m_proposal);
    if (!proposal)
        return proposal.error();
    const QString key = cannedKey(proposal->status);
    if (key.isEmpty())
        return QList<Draft>();
    auto requests = store.requests(m_proposal);
    if (!requests)
        return requests.error();
    const CannedReplyStore replies(m_session.database());
    const ReplyFiller filler(m_session.database(), m_session.clock());
    QList<Draft> drafts;
    for (const ProposalRequest &request : *requests) {
        // A note is the team talking to itself; an imported row has no conversation to answer.
        if (request.source != RequestSource::Message || !request.ticket.isValid() || request.answeredAt > 0)
            continue;
        auto reply = replies.reply(key, request.customerLocale);
        if (!reply)
            return reply.error();
        const ReplyFiller::Parties parties{request.customerName, m_session.agent().displayName, {}, request.ticket};
        auto body = filler.fill(reply->body, reply->language, parties, std::nullopt);
        if (!body)
            return body.error();
        QSqlQuery q(m_session.database().connection());
        q.prepare(u"SELECT max(id) FROM messages WHERE ticket_id = ?"_s);
        q.addBindValue(request.ticket.value());
        if (!q.exec() || !q.next())
            return m_session.database().errorFrom(q.lastError());
        drafts.append({request.id, request.ticket, request.ticketSubject, request.customer, request.customerName,
                       reply->language, *body, MessageId(q.value(0).toLongLong())});
    }
    return drafts;
}

Result<MessageId> CloseTheLoop::send(const Draft &draft)
{
    ReplySender sender(m_session.database(), m_session.clock());
    auto outcome = sender.send({draft.ticket, MessageKind::Agent, draft.body, m_session.agentId(), draft.base},
                               ReplySender::Guard::Check);
    if (!outcome)
        return outcome.error();
    if (outcome->isHeld()) {
        return Error{Error::Kind::Conflict,
                     tr("Ticket %1 has new messages since this reply was drafted; read them in the ticket first.")
                         .arg(draft.ticket.value()),
                     {}};
    }
    if (auto recorded =
            ProposalStore(m_session.database(), m_session.clock()).recordAnswer(draft.requestId, outcome->sent);
        !recorded)
        return recorded.error();
    return outcome->sent;
}

} // namespace Casebook
