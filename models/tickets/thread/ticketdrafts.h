// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftextras.h"
#include "models/drafts/draftstore.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <array>

namespace Casebook {

class Clock;
class Database;

/**
 * One agent's two drafts on one ticket: the reply to the customer and the internal note.
 * Read when the ticket opens; each keeps the newest message its author had seen when it was
 * written (the send guard's mark), so what arrived since is caught even across a restart.
 * A save that meets a newer save of the same draft from another window of the same agent
 * keeps the text typed here. Each draft's Cc line and files (DraftExtras) are kept with it.
 */
class TicketDrafts final
{
public:
    TicketDrafts(Database &database, const Clock &clock);

    /// Reads `agent`'s drafts of `ticket`; one never saved is marked as having seen `seen`.
    /// An invalid ticket or agent leaves both empty.
    Status load(AgentId agent, TicketId ticket, MessageId seen);

    /// The draft for `kind`: MessageKind::Agent is the reply, MessageKind::Note the note.
    [[nodiscard]] const Draft &draft(MessageKind kind) const;

    /// Stores `body` as the draft of `kind`; an empty body drops it. True when a draft is
    /// stored now, false when there is none (nothing typed, or no ticket).
    Result<bool> save(MessageKind kind, const QString &body);

    /// The Cc line and files of the draft for `kind`.
    [[nodiscard]] const DraftExtras &extras(MessageKind kind) const;
    /// Stores the Cc line and files of the draft for `kind`; empty extras drop them.
    Status saveExtras(MessageKind kind, const DraftExtras &extras);

    /// The author has read up to `seen`: the draft is written against it from now on.
    void markSeen(MessageKind kind, MessageId seen);

    /// After `sent` went out from this draft: the text is gone (the sender dropped the
    /// stored draft) and `sent` is the newest message the author has seen.
    void markSent(MessageKind kind, MessageId sent);

private:
    [[nodiscard]] static std::size_t index(MessageKind kind) { return kind == MessageKind::Note ? 1 : 0; }
    [[nodiscard]] Draft &slot(MessageKind kind) { return m_drafts.at(index(kind)); }
    /// Stores `body` into `draft`, or drops it when empty; true when one is stored now.
    Result<bool> store(Draft &draft, const QString &body);

    DraftStore m_store;
    std::array<Draft, 2> m_drafts;
    std::array<Draft, 2> m_extraDrafts; ///< the extras as stored (JSON body, own version)
    std::array<DraftExtras, 2> m_extras;
};

} // namespace Casebook
