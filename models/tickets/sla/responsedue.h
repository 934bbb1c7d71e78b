// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

#include <optional>

namespace Casebook {

enum class TicketStatus;

/**
 * R15, R34: the answer a ticket owes its customer now, and how close that is. The one
 * home of the rule: Ticket::responseDueAt(), the inbox's "Response due" column and its
 * marks, and the `is:breaching` filter all read it from here. (When the times are set, by
 * the customer's SLA policy, is TicketSla's and TicketStore's.)
 *
 * The first response is owed until someone answered; after that the next one, set by each
 * customer message and cleared by the answer; nothing once the ticket is solved or closed.
 */
namespace ResponseDue {

/// A response due this soon is "breaching": marked before it is late.
inline constexpr qint64 breachingWindowMs = qint64(30) * 60 * 1000;

/// How close the owed answer is; the values are those of BreachRole.
enum class Breach { None = 0, Breaching = 1, Breached = 2 };

/// When the customer must have the team's answer; nullopt when nothing is owed.
[[nodiscard]] std::optional<qint64> owedAt(TicketStatus status, bool responded, std::optional<qint64> firstDue,
                                           std::optional<qint64> nextDue);

/// Late, due within breachingWindowMs, or neither.
[[nodiscard]] Breach breachOf(std::optional<qint64> due, qint64 now);

/// owedAt() as SQL over the tickets row `alias`: NULL when nothing is owed.
[[nodiscard]] QString owedAtSql(const QString &alias);

/// The condition that the ticket `alias` is breaching or breached at `now` (`is:breaching`).
[[nodiscard]] QString breachingSql(const QString &alias, qint64 now, QVariantList &binds);

} // namespace ResponseDue

} // namespace Casebook
