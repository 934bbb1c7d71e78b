// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdrafts.h"

namespace Casebook {

TicketDrafts::TicketDrafts(Database &database, const Clock &clock)
    : m_store(database, clock)
{
}

Status TicketDrafts::load(AgentId agent, TicketId ticket, MessageId seen)
{
    QStringList scopes;
    for (const MessageKind kind : {MessageKind::Agent, MessageKind::Note}) {
        Draft &draft = slot(kind);
        draft =
            Draft{agent,  kind == MessageKind::Note ? DraftStore::noteScope(ticket) : DraftStore::replyScope(ticket),
                  ticket, {},
                  seen,   0,
                  0};
        Draft &extras = m_extraDrafts.at(index(kind));
        extras = Draft{agent, DraftExtras::scopeFor(draft.scope), ticket, {}, {}, 0, 0};
        m_extras.at(index(kind)) = {};
        scopes << draft.scope << extras.scope;
    }
    if (!ticket.isValid() || !agent.isValid())
        return Done{};
    // The four in one statement: opening a ticket is counted (tst_openticket).
    const auto saved = m_store.drafts(agent, scopes);
    if (!saved)
        return saved.error();
    for (const MessageKind kind : {MessageKind::Agent, MessageKind::Note}) {
        for (const Draft &found : *saved) {
            if (found.scope == slot(kind).scope) {
                slot(kind) = found;
                if (!slot(kind).baseMessage.isValid())
                    slot(kind).baseMessage = seen;
            } else if (found.scope == m_extraDrafts.at(index(kind)).scope) {
                m_extraDrafts.at(index(kind)) = found;
                m_extras.at(index(kind)) = DraftExtras::fromJson(found.body);
            }
        }
    }
    return Done{};
}

const DraftExtras &TicketDrafts::extras(MessageKind kind) const
{
    return m_extras.at(index(kind));
}

Status TicketDrafts::saveExtras(MessageKind kind, const DraftExtras &extras)
{
    // Saved at every pause of the text: unchanged extras cost no write.
    if (extras == m_extras.at(index(kind)) && (extras.isEmpty() || m_extraDrafts.at(index(kind)).version > 0))
        return Done{};
    const auto stored = store(m_extraDrafts.at(index(kind)), extras.isEmpty() ? QString() : extras.toJson());
    if (!stored)
        return stored.error();
    m_extras.at(index(kind)) = extras;
    return Done{};
}

const Draft &TicketDrafts::draft(MessageKind kind) const
{
    return m_drafts.at(kind == MessageKind::Note ? 1 : 0);
}

Result<bool> TicketDrafts::save(MessageKind kind, const QString &body)
{
    return store(slot(kind), body);
}

Result<bool> TicketDrafts::store(Draft &draft, const QString &body)
{
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
    // The sender dropped the stored extras with the text.
    m_extraDrafts.at(index(kind)).version = 0;
    m_extraDrafts.at(index(kind)).body.clear();
    m_extras.at(index(kind)) = {};
}

} // namespace Casebook
