// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QVariant>

namespace Casebook {

class Database;
class WriteTransaction;

/// What the ticket operation classes (triage, tags, assignment, tasks, merge) share when
/// they write: the audit-trail row and the conflict that names who was first.
namespace TicketWrite {

/// Appends a ticket_events row and records it and the ticket's change for the ChangeFeed.
Status event(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind, const QVariant &oldValue,
             const QVariant &newValue, const QVariant &reason, qint64 now);

/// A Conflict error naming whoever changed the ticket last.
[[nodiscard]] Error conflict(const Database &database, TicketId id);

/// An Invalid error with a translated message.
[[nodiscard]] Error invalid(const QString &message);

/// An agent's display name, or "someone else" when unknown.
[[nodiscard]] QString agentName(const Database &database, AgentId agent);

} // namespace TicketWrite

} // namespace Casebook
