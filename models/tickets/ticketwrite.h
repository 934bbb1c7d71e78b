// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QVariant>

namespace Casebook {

class Database;
class WriteTransaction;

/// What the ticket operation classes (triage, tags, assignment, tasks, merge) share when
/// they write: NULL-able values, the audit-trail row, and the conflict that names who was first.
namespace TicketWrite {

/// The id, or a typed NULL for an invalid one.
[[nodiscard]] QVariant sqlId(qint64 id);
/// A typed NULL for a text column.
[[nodiscard]] QVariant nullText();

/// Appends a ticket_events row and records the ticket's change for the ChangeFeed.
Status event(WriteTransaction &tx, TicketId id, AgentId by, const QString &kind, const QVariant &oldValue,
             const QVariant &newValue, const QVariant &reason, qint64 now);

/// A Conflict error naming whoever changed the ticket last.
[[nodiscard]] Error conflict(const Database &database, TicketId id);

/// An Invalid error with a translated message.
[[nodiscard]] Error invalid(const QString &message);

/// The text of a team setting, empty when it is not set.
Result<QString> teamSetting(const Database &database, const QString &key);

/// Writes a team setting inside `tx` and announces it (entity "team_setting").
Status setTeamSetting(WriteTransaction &tx, const QString &key, const QString &value);

/// An agent's display name, or "someone else" when unknown.
[[nodiscard]] QString agentName(const Database &database, AgentId agent);

} // namespace TicketWrite

} // namespace Casebook
