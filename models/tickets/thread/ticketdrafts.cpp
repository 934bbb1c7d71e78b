// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdrafts.h"

namespace Casebook {

TicketDrafts::TicketDrafts(Database &database, const Clock &clock)
    : m_store(database, clock)
{
}

Status TicketDrafts::load(AgentId agent, TicketId ticket, MessageId seen)
{
    Status result = Done{};
    for (const MessageKind kind : {MessageKind::Agent, MessageKind::Note}) {
        Draft &draft = slot(kind);
        draft =
            Draft{agent,  kind == MessageKind::Note ? DraftStore::noteScope(ticket) : DraftStore::replyScope(ticket),
                  ticket, {},
                  seen,   0,
                  0};
        if (!ticket.isValid() || !agent.isValid())
            continue;
        const auto saved = m_store.draft(agent, draft.scope);
        if (!saved) {
            result = saved.error();
        } else if (saved->has_value()) {
            draft = **saved;
            if (!draft.baseMessage.isValid())
                draft.baseMessage = seen;
        }
    }
    return result;
}

const Draft &TicketDrafts::draft(MessageKind kind) const
{
    return m_drafts.at(kind == MessageKind::Note ? 1 : 0);
}

Result<bool> TicketDrafts::save(MessageKind kind, const QString &body)
{
    Draft &draft = slot(kind);
    if (!draft.ticket.isValid() || !draft.agent.isValid())
        return false;
    if (body.trimmed().isEmpty()) {
        if (draft.version > 0) {
            if (auto removed = m_store.remove(draft.agent, draft.scope); !removed)
                return removed.error();
            draft.version = 0;
        }
        draft.body.clear();
        return false;
    }
    draft.body = body;
    auto saved = m_store.save(draft);
    if (!saved && saved.error().kind == Error::Kind::Conflict) {
        // Another window of the same agent saved this draft: the text typed here wins.
        const auto current = m_store.draft(draft.agent, draft.scope);
        draft.version = current && current->has_value() ? (*current)->version : 0;
        saved = m_store.save(draft);
    }
    if (!saved)
        return saved.error();
    draft.version = saved.value();
    return true;
}

void TicketDrafts::markSeen(MessageKind kind, MessageId seen)
{
    Draft &draft = slot(kind);
    draft.baseMessage = std::max(draft.baseMessage, seen);
}

void TicketDrafts::markSent(MessageKind kind, MessageId sent)
{
    Draft &draft = slot(kind);
    draft.version = 0;
    draft.body.clear();
    draft.baseMessage = sent;
}

} // namespace Casebook
