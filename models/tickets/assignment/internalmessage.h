// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"
#include "models/vault/vaultentry.h"
#include "tickettasks.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook {

class Database;

/**
 * R43: a ticket as a ready internal message for the team's chat: the dialogue link (R44),
 * the customer's own words quoted, the side tasks with their links, and the names of the
 * customer's accesses. Never an internal note (R38), never a secret: accesses are named by
 * kind, label, host and user only.
 */
class InternalMessage final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::InternalMessage)

public:
    struct Input
    {
        Ticket ticket;
        QString customerName;
        QList<Message> messages;
        QList<TicketTask> tasks;
        QList<VaultEntry> accesses;
    };

    /// The text; only customer messages are quoted, each line with "> ".
    static QString compose(const Input &input);
    /// Reads the ticket, its thread, tasks and the customer's accesses, and composes.
    static Result<QString> build(Database &database, TicketId id);
};

} // namespace Casebook
