// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Database;

/// A policy's times for the tickets of one severity (R34): a critical ticket may be owed its
/// answer sooner than the policy's own times say.
struct SlaTarget
{
    QString severity; ///< as stored: low, medium, high, critical
    int firstResponseMinutes = 0;
    int nextResponseMinutes = 0;

    bool operator==(const SlaTarget &) const = default;
};

/// An SLA policy as a lead edits it (R15, R34), with the version the edit is checked against.
struct StoredSlaPolicy
{
    SlaPolicy policy;
    qint64 version = 0;
    /// By severity, the most severe first; a severity not listed keeps the policy's own times.
    QList<SlaTarget> targets;
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

    /// Every policy, by name, with its severity targets.
    Result<QList<StoredSlaPolicy>> read() const;
    /// Stores the policies that differ from the stored ones (times or severity targets), in
    /// one transaction. Invalid when a time is below a minute or a severity is unknown;
    /// Conflict (nothing written) when someone changed one first.
    Status write(const QList<StoredSlaPolicy> &policies, qint64 nowMs);

private:
    Database &m_database;
};

} // namespace Casebook
