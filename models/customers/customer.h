// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/ids.h"

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

/// R35, R41: what the team must know before answering a premium customer. Stored as JSON
/// in customers.support_profile, so a team can add fields without a migration.
struct SupportProfile
{
    QString preferredChannel;
    QStringList escalationContacts;
    QString agreements;
    QString exceptions;
    QString updateCadence; ///< R41: how often a customer with a bug hears from us

    [[nodiscard]] bool isEmpty() const;
    /// Reads the stored JSON; anything unreadable gives an empty profile.
    static SupportProfile fromJson(const QString &json);
    [[nodiscard]] QString toJson() const;
};

/// The first- and next-response times a customer's tier promises (R34).
struct SlaPolicy
{
    qint64 id = 0;
    QString name;
    int firstResponseMinutes = 0;
    int nextResponseMinutes = 0;
    bool businessHours = true;
};

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
    QString supportProfile; ///< JSON, premium customers (R41); see SupportProfile
    AgentId successOwner;
    QString phone{};
    QString messenger{}; ///< handles such as "Telegram @anna", one per line
    qint64 slaPolicy = 0; ///< the customer's own SLA policy; 0: the one the team gives the tier
    qint64 version = 0;

    // Read by CustomerStore::customer(); ignored by create().
    QString successOwnerName;
    SlaPolicy sla; ///< the customer's own policy, else the one named after the tier
    QStringList tags;
    CustomerId mergedInto; ///< set when this record was merged into another
    std::optional<qint64> firstContactAt;
};

struct CustomerNote
{
    NoteId id;
    CustomerId customer;
    AgentId author;
    QString authorName;
    QString body;
    bool pinned = false;
    NoteId supersedes; ///< the earlier note this one corrects
    NoteId supersededBy; ///< the later note that corrects this one (read, never written)
    qint64 createdAt = 0;
    qint64 version = 0;
};

/// R35: where the customer stands with us, in one line on the card.
struct CustomerLifecycle
{
    std::optional<qint64> firstContactAt;
    int ticketsThisQuarter = 0;
    int openNow = 0; ///< not solved and not closed
    int ticketsTotal = 0;
};

/// One line of the card's history: a ticket, a bug report or a proposal the customer asked for.
struct CustomerHistoryItem
{
    enum class Kind { Ticket, BugReport, Proposal };
    Kind kind = Kind::Ticket;
    qint64 id = 0; ///< ticket, bug report or proposal id
    QString title;
    QString status; ///< as stored: "open", "submitted", "planned", ...
    qint64 at = 0; ///< created (ticket, report) or asked (proposal), UTC ms
};

/// How many days before expiry a licence counts as expiring.
inline constexpr int licenceExpiringDays = 14;

/// R09: none, valid, expiring within 14 days, or expired, at `nowMs`.
[[nodiscard]] LicenceState licenceState(const Customer &customer, qint64 nowMs);
/// The state in words, for people.
[[nodiscard]] QString licenceStateText(LicenceState state);
/// The tier in words, for people.
[[nodiscard]] QString customerTierText(CustomerTier tier);

/**
 * R38: what may be pasted into a reply about this customer: name, company, account,
 * addresses and licence. Internal notes are not a parameter, so they cannot leak into it.
 */
[[nodiscard]] QString customerFacingSummary(const Customer &customer, qint64 nowMs);

} // namespace Casebook
