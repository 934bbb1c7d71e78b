// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "ticketoverview.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Casebook {

class Clock;
class Database;

/**
 * Everything the panels beside an open ticket show, read together in three statements: the
 * ticket row with its customer's and assignee's names, its flags and the Cc of the customer's
 * newest mail, its tags, its links.
 */
struct TicketState
{
    TicketOverview overview;
    QStringList tags; ///< R14
    std::optional<qint64> reactionDueAt; ///< R12: while a critical ticket waits for a reaction
    AgentId handedTo; ///< R45: handed or escalated to this agent, who has not taken it over yet
    bool longHeld = false; ///< R24, against the threshold it was read with
    QList<TicketRelation> links;

    /// Reads one ticket's state; NotFound when it does not exist.
    static Result<TicketState> read(Database &database, const Clock &clock, TicketId id, qint64 longHeldThreshold);
};

} // namespace Casebook
