// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QVariant>

#include <optional>

namespace Casebook {

class Database;
class WriteTransaction;

/**
 * The response times a ticket owes its customer (R15, R34), from the customer's SLA
 * policy: their own, else the one the team's settings name for their tier; then the
 * policy's target for the ticket's severity where it has one (`sla_targets`), else the
 * policy's own times. A policy that
 * counts business hours counts the team's (TeamSettings: weekdays 09:00-19:00 in the
 * team's zone by default; holidays off), so a message on Friday evening is due on Monday
 * morning, not on Saturday.
 */
namespace TicketSla {

struct Policy
{
    qint64 id = 0;
    int firstResponseMinutes = 0;
    int nextResponseMinutes = 0;
    bool businessHours = true;
};

/// The policy a new ticket of `customer` (invalid: none known) and `severity` (empty: not
/// rated) gets, with the severity's times; nullopt when none exists.
Result<std::optional<Policy>> forCustomer(const WriteTransaction &tx, CustomerId customer,
                                          const QString &severity = {});
/// The policy the ticket was opened under, with the times of its severity now; nullopt when it has none.
Result<std::optional<Policy>> forTicket(const WriteTransaction &tx, TicketId ticket);

/// After the ticket's severity changed: the answer it owes now (first or next) is timed again
/// from when it became owed, with the new severity's times. Nothing owed, nothing changes.
Status retime(WriteTransaction &tx, TicketId ticket);

/// The instant `minutes` of the policy's time after `fromMs`.
Result<qint64> dueAt(Database &database, const Policy &policy, qint64 fromMs, int minutes);

} // namespace TicketSla

} // namespace Casebook
