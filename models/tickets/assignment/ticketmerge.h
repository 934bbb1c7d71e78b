// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook {

class Clock;
class Database;

enum class TicketLinkKind { Related, Merged, FollowUp };

inline constexpr EnumNames<TicketLinkKind, 3> ticketLinkKindNames{{{
    {TicketLinkKind::Related, "related"},
    {TicketLinkKind::Merged, "merged"},
    {TicketLinkKind::FollowUp, "follow_up"},
}}};

/// A ticket linked to the one asked about, seen from that one.
struct TicketRelation
{
    TicketId other;
    QString subject;
    TicketLinkKind kind = TicketLinkKind::Related;
    /// True when the link points away: this ticket was merged into / follows `other`.
    bool outgoing = true;
    friend bool operator==(const TicketRelation &, const TicketRelation &) = default;
};

/**
 * Merging, linking and follow-ups. A merge moves the duplicate's messages, notes, tags and
 * tasks to the survivor; the duplicate is closed with merged_into_id and a 'merged' link.
 * A customer writing to a closed ticket opens a follow-up linked to it (R32: closed is final).
 */
class TicketMerge final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::TicketMerge)

public:
    TicketMerge(Database &database, const Clock &clock);

    /// Merges `duplicate` into `survivor`. Neither may be closed; `duplicateVersion` is checked.
    Status merge(TicketId duplicate, TicketId survivor, qint64 duplicateVersion, AgentId by);
    /// Links two tickets as related (both directions read the same link).
    Status link(TicketId a, TicketId b, AgentId by);
    /// Every link of the ticket, from either end, by ticket id.
    Result<QList<TicketRelation>> links(TicketId id) const;

    struct Delivery
    {
        TicketId ticket; ///< where the message went
        MessageId message;
        bool followUp = false; ///< true: a new ticket, because the original was closed
    };
    /// A customer's message: added to the ticket, or, when it is closed, to a new follow-up
    /// ticket with the same subject, customer and channel, linked 'follow_up'.
    Result<Delivery> addCustomerMessage(TicketId id, const QString &body);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
