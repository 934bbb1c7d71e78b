// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/tickets/ticket.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace Casebook {

/// One ticket as the inbox lists it: what its columns show, and its key in the list's order.
struct InboxRow
{
    TicketId id;
    QString subject;
    QString customer;
    LicenceState licence = LicenceState::None;
    TicketStatus status = TicketStatus::New;
    QString assignee;
    QString tags;
    Channel channel = Channel::Email;
    qint64 updatedAt = 0;
    qint64 createdAt = 0; ///< when the customer's request arrived (R34: the order received)
    std::optional<qint64> firstResponseDueAt;
    bool responded = false;
    std::optional<qint64> nextResponseDueAt;
    std::optional<Complexity> complexity;
    std::optional<Severity> severity;
    bool isPrivate = false; ///< R40
    QVariant sortKey; ///< the value of the list's sort expression, for reading on by key

    /// Ticket::responseDueAt(): the answer the customer awaits now.
    [[nodiscard]] std::optional<qint64> responseDueAt() const
    {
        return ResponseDue::owedAt(status, responded, firstResponseDueAt, nextResponseDueAt);
    }
};

} // namespace Casebook
