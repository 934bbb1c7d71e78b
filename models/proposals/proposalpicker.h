// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/result.h"

#include <QObject>

namespace Casebook {

class OpenTicket;

/**
 * R13 from a conversation: what "Add to proposals" does for the open ticket. Searches the
 * board as the agent types (so they +1 an existing proposal instead of writing a twin), lists
 * the ticket's messages whose words can be quoted, and counts the ticket for the chosen or a
 * new proposal (linking its customer and tagging it `proposal-<slug>`). The open ticket owns
 * one; it always acts on the ticket open now.
 */
class ProposalPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalPicker)

public:
    explicit ProposalPicker(OpenTicket &ticket);

    /// A message that may be quoted as the customer's words.
    struct Quotable
    {
        MessageId id;
        QString body;
        bool note = false; ///< an internal note: counted, but the customer is never answered from it
        qint64 at = 0;
    };

    struct Outcome
    {
        ProposalId proposal;
        bool counted = false; ///< false: the ticket counted for it already (R13: never twice)
    };

    /// Duplicate search as you type: full-text over titles and descriptions.
    Result<QList<ProposalMatch>> search(const QString &text, int limit = 20) const;
    /// The ticket's customer messages and notes, newest first.
    Result<QList<Quotable>> quotable() const;
    /// The proposals this ticket counts for already.
    Result<QList<ProposalId>> countedFor() const;

    /// +1: counts the ticket for `proposal`, quoting `message` (may be invalid).
    Result<Outcome> addTo(ProposalId proposal, MessageId message);
    /// A new proposal titled `title`, then counts the ticket for it.
    Result<Outcome> create(const QString &title, const QString &description, MessageId message);

Q_SIGNALS:
    /// The ticket was counted: the composer offers the thank-you reply (`proposal-thanks`).
    void requestAdded(Casebook::ProposalId proposal, const QString &cannedKey);

private:
    Result<Outcome> add(ProposalId proposal, MessageId message);

    OpenTicket &m_ticket;
};

} // namespace Casebook
