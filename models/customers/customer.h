// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/enumnames.h"
#include "storage/ids.h"

#include <QStringList>

#include <optional>

namespace Casebook {

enum class CustomerTier { Standard, Premium };
/// R09: the card shows at once whether the customer may expect support.
enum class LicenceState { None, Valid, Expiring, Expired };

inline constexpr EnumNames<CustomerTier, 2> customerTierNames{{{
    {CustomerTier::Standard, "standard"},
    {CustomerTier::Premium, "premium"},
}}};

struct Customer
{
    CustomerId id;
    QString displayName;
    QString company;
    QString accountRef;
    QString primaryEmail;
    QStringList emails;
    QString locale = QStringLiteral("en");
    QString licencePlan;
    QString licenceKey;
    int licenceSeats = 0;
    std::optional<qint64> licenceExpiresAt;
    CustomerTier tier = CustomerTier::Standard;
    QString supportProfile; ///< JSON, premium customers (R41)
    AgentId successOwner;
    qint64 version = 0;
};

struct CustomerNote
{
    NoteId id;
    CustomerId customer;
    AgentId author;
    QString authorName;
    QString body;
    bool pinned = false;
    NoteId supersedes;
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// How many days before expiry a licence counts as expiring.
inline constexpr int licenceExpiringDays = 14;

/// R09: none, valid, expiring within 14 days, or expired, at `nowMs`.
[[nodiscard]] LicenceState licenceState(const Customer &customer, qint64 nowMs);

} // namespace Casebook
