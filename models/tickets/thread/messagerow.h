// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket.h"

#include <QString>

class QSqlQuery;

namespace Casebook {

/// A message with its author's display name, as a thread shows it.
struct AuthoredMessage : Message
{
    QString author; ///< the agent's or customer's display name; empty for system events
};

/**
 * The one way a row of `messages` is read: the thread, the send guard and the store's
 * whole-thread read all select these columns and turn them into a message the same way.
 */
namespace MessageRow {

/// "SELECT <columns> FROM messages m <author joins> "; callers add WHERE and ORDER BY over `m`.
[[nodiscard]] QString select();

/// The row `query` is on, as select() lists it.
[[nodiscard]] AuthoredMessage read(const QSqlQuery &query);

} // namespace MessageRow

} // namespace Casebook
