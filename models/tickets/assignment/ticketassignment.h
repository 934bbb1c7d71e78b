// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>

namespace Casebook {

class Clock;
class Database;

/**
 * Who is accountable for a ticket (R33, R45, R23). Taking is explicit and fails, naming the
 * first taker, when someone else holds it. A hand-off or an escalation assigns the ticket to
 * another agent with a reason on the audit trail and gives the canned reply that tells the
 * customer who continues ("handoff"); when the new agent takes it, the takeover is recorded.
 */
class TicketAssignment final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::TicketAssignment)

public:
    /// The canned reply that tells the customer who continues (R45).
    static constexpr auto handoffCannedKey = "handoff";

    TicketAssignment(Database &database, const Clock &clock);

    /**
     * R33: `me` takes the ticket. Refused (Conflict) when another agent holds it or took it
     * since `expectedVersion`; the message names them. Taking a ticket handed to `me` records
     * the takeover (R45). Taking one's own ticket again changes nothing. Returns the version.
     */
    Result<qint64> take(TicketId id, qint64 expectedVersion, AgentId me);

    struct HandOff
    {
        qint64 version = 0;
        QString cannedKey; ///< the customer notice to draft: "handoff"
    };
    /// R45: gives the ticket to `to` (an agent or a lead) with a reason; both are recorded.
    Result<HandOff> handOff(TicketId id, AgentId to, const QString &reason, qint64 expectedVersion, AgentId by);
    /// R23: hands a conflict to a lead (refused for anyone else); the event is "escalation".
    Result<HandOff> escalate(TicketId id, AgentId lead, const QString &reason, qint64 expectedVersion, AgentId by);
    /// True when the ticket was handed to `agent` and they have not taken it over yet.
    Result<bool> isHandedTo(TicketId id, AgentId agent) const;
    /**
     * R45: a scalar subquery giving the agent id (as text) the ticket aliased `ticketAlias` was
     * handed or escalated to while they have not taken it over; NULL otherwise. For readers
     * that want it in the same statement as the ticket.
     */
    [[nodiscard]] static QString handedToColumn(const QString &ticketAlias);

    /// R23: Control, Acknowledge, Refocus, Problem-solve.
    static QString carpReminder();

private:
    Result<HandOff> give(TicketId id, AgentId to, const QString &reason, qint64 expectedVersion, AgentId by,
                         const QString &eventKind);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
