// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/result.h"

#include <QCoreApplication>

namespace Casebook {

class Session;

/**
 * Close the loop: when a proposal ships or is declined, every customer who asked hears it.
 * One draft per linked ticket not answered yet, in the customer's language (the canned
 * replies `proposal-shipped` / `proposal-declined`), for the agent to review and send; a
 * request known only from an internal note gets none (a note never reaches the customer),
 * nor does an imported row without a ticket. Sending goes the way an agent's reply goes
 * (ReplySender with the send guard, against the newest message seen when drafting) and is
 * recorded on the request.
 */
class CloseTheLoop final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::CloseTheLoop)

public:
    CloseTheLoop(Session &session, ProposalId proposal);

    struct Draft
    {
        qint64 requestId = 0;
        TicketId ticket;
        QString ticketSubject;
        CustomerId customer;
        QString customerName;
        QString language;
        QString body;
        MessageId base; ///< the newest message of the ticket when drafted
    };

    /// The canned reply that tells the news of `status` (empty for a status without news).
    [[nodiscard]] static QString cannedKey(ProposalStatus status);

    /// One draft per linked ticket still to answer; an empty list when none is.
    Result<QList<Draft>> drafts() const;
    /**
     * Sends `draft` (its body as the agent edited it). Held (nothing sent, an error saying
     * so) when someone wrote in the ticket since the draft was made.
     */
    Result<MessageId> send(const Draft &draft);

private:
    Session &m_session;
    ProposalId m_proposal;
};

} // namespace Casebook
