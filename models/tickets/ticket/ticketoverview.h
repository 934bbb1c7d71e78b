// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket.h"

#include <QStringList>

namespace Casebook {

/// R32: who has the next action on a ticket in this status.
enum class NextActor {
    Team, ///< new, open: an agent answers
    Customer, ///< pending: the customer answers
    ThirdParty, ///< on-hold: developers or a partner
    CustomerToConfirm, ///< solved: the customer may confirm or write again; closes by itself
    Nobody, ///< closed: final; a new message opens a follow-up ticket
};

[[nodiscard]] NextActor nextActor(TicketStatus status);

/// What a ticket's header shows: the ticket with its customer's and assignee's names.
struct TicketOverview
{
    Ticket ticket;
    QString customerName;
    QString customerEmail;
    QString customerLocale; ///< chooses the reply language
    /// Where a reply by mail goes: the customer's primary address, else their first other one.
    QString replyAddress;
    /// The Cc of the customer's newest message as it came (a mail's), for the reply's Cc.
    QStringList customerCc;
    QString assigneeName;
};

} // namespace Casebook
