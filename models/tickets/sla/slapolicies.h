// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Database;

/// An SLA policy as a lead edits it (R15, R34), with the version the edit is checked against.
struct StoredSlaPolicy
{
    SlaPolicy policy;
    qint64 version = 0;
};

/**
 * The team's SLA policies (`sla_policies`). New tickets take their due times from them
 * (TicketSla); which policy a customer's tier gets is a team setting. Cheap to construct.
 */
class SlaPolicies final
{
public:
    /// The ChangeFeed entity of a changed policy.
    [[nodiscard]] static QString changeEntity();

    explicit SlaPolicies(Database &database);

    /// Every policy, by name.
    Result<QList<StoredSlaPolicy>> read() const;
    /// Stores the policies that differ from the stored ones, in one transaction. Invalid
    /// when a time is below a minute; Conflict (nothing written) when someone changed one first.
    Status write(const QList<StoredSlaPolicy> &policies, qint64 nowMs);

private:
    Database &m_database;
};

} // namespace Casebook
