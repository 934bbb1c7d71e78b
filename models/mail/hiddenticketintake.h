// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

class QString;

namespace Casebook {

class Clock;
class WriteTransaction;
struct MailAttachment;

/**
 * The mail intake's writes to a ticket the connected person may not see (R40, PostgreSQL
 * only): a customer's answer to a private ticket is fetched by whichever desktop fetches
 * first, and must be stored there without showing that desktop anything of the ticket.
 * Each write goes through a server function of migration 030 that runs past the row rules
 * and hands back ids only; the changes are recorded in the caller's transaction as
 * `TicketStore::addMessage` records them.
 */
namespace HiddenTicketIntake {

/// True when the ticket (valid, seen or not) is open to more mail (R32).
Result<bool> isOpen(const WriteTransaction &tx, TicketId ticket);

/// Adds the mail's words as a customer message of `sender` (invalid: the ticket's customer)
/// or a system message; the answer owed is timed again and a pending or solved ticket opens
/// again, as for a ticket the caller sees.
Result<MessageId> addMessage(WriteTransaction &tx, const Clock &clock, TicketId ticket, MessageKind kind,
                             const QString &body, CustomerId sender = {});

/// A mail's Cc line and files, for a message `addMessage` added and the intake recorded.
Status addCc(const WriteTransaction &tx, MessageId message, const QString &addresses);
Status addFile(const WriteTransaction &tx, MessageId message, const MailAttachment &file);

} // namespace HiddenTicketIntake

} // namespace Casebook
