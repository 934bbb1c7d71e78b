// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/storage/enumnames.h"
#include "models/storage/ids.h"

#include <QList>
#include <QString>

namespace Casebook {

/// Where a proposal stands on the board; Merged ones point to the survivor and leave the board.
enum class ProposalStatus { New, UnderReview, Rfc, Planned, InProgress, Shipped, Declined, Merged };

inline constexpr EnumNames<ProposalStatus, 8> proposalStatusNames{{{
    {ProposalStatus::New, "new"},
    {ProposalStatus::UnderReview, "under_review"},
    {ProposalStatus::Rfc, "rfc"},
    {ProposalStatus::Planned, "planned"},
    {ProposalStatus::InProgress, "in_progress"},
    {ProposalStatus::Shipped, "shipped"},
    {ProposalStatus::Declined, "declined"},
    {ProposalStatus::Merged, "merged"},
}}};

/// The board's columns, left to right.
inline constexpr ProposalStatus boardStatuses[] = {
    ProposalStatus::New,        ProposalStatus::UnderReview, ProposalStatus::Rfc,     ProposalStatus::Planned,
    ProposalStatus::InProgress, ProposalStatus::Shipped,     ProposalStatus::Declined};

/// Moving here asks the team to answer every customer who asked (close the loop).
[[nodiscard]] constexpr bool closesTheLoop(ProposalStatus status)
{
    return status == ProposalStatus::Shipped || status == ProposalStatus::Declined;
}

/// How much one request counts in the score, by who asked; a lead sets them (team settings).
struct ProposalWeights
{
    double standard = 1.0;
    double contract = 2.0; ///< a customer with a licence (a contract), not premium
    double premium = 3.0;
    friend bool operator==(const ProposalWeights &, const ProposalWeights &) = default;
};

/// One card of the board: what the team ranks by.
struct ProposalSummary
{
    ProposalId id;
    QString title;
    ProposalStatus status = ProposalStatus::New;
    QString tag; ///< proposal-<slug>
    int requests = 0; ///< frequency: every ticket (or imported row) that asked
    int customers = 0; ///< distinct customers among them
    int premiumRequests = 0;
    int contractRequests = 0;
    qint64 lastRequestedAt = 0; ///< UTC ms, 0 when never
    qint64 reviewedAt = 0; ///< UTC ms, 0 when never
    AgentId owner;
    QString ownerName;
    qint64 version = 0;

    [[nodiscard]] double score(const ProposalWeights &weights) const
    {
        const int standard = requests - premiumRequests - contractRequests;
        return standard * weights.standard + contractRequests * weights.contract + premiumRequests * weights.premium;
    }
    friend bool operator==(const ProposalSummary &, const ProposalSummary &) = default;
};

/// A proposal's page: the card plus its texts.
struct Proposal
{
    ProposalSummary summary;
    QString description;
    QString rfc; ///< Markdown
    QString declineReason;
    ProposalId mergedInto;
    qint64 createdAt = 0;
};

/// Where a request came from: a customer's message, an internal note (never answered to the
/// customer), or a row of an imported spreadsheet.
enum class RequestSource { Message, Note, Import };

inline constexpr EnumNames<RequestSource, 3> requestSourceNames{{{
    {RequestSource::Message, "message"},
    {RequestSource::Note, "note"},
    {RequestSource::Import, "import"},
}}};

/// One customer asking, on a proposal's page.
struct ProposalRequest
{
    qint64 id = 0;
    TicketId ticket;
    QString ticketSubject;
    CustomerId customer;
    QString customerName;
    QString customerLocale;
    CustomerTier tier = CustomerTier::Standard;
    bool contract = false;
    QString quote; ///< the customer's own words
    RequestSource source = RequestSource::Message;
    QString link; ///< an imported link that is not a ticket here
    qint64 createdAt = 0;
    qint64 answeredAt = 0; ///< close the loop: 0 until the reply went out
};

/// A line of a proposal's history: status moves, review decisions, merges, comments.
struct ProposalEvent
{
    QString kind; ///< created, status, review, merged, owner, comment, description
    QString agentName;
    QString oldValue;
    QString newValue;
    QString note;
    qint64 at = 0;
};

/// A duplicate-search hit, shown while the agent types.
struct ProposalMatch
{
    ProposalId id;
    QString title;
    ProposalStatus status = ProposalStatus::New;
    int requests = 0;
};

/// R13: what the agent picked in a ticket to count as a request.
struct NewProposalRequest
{
    TicketId ticket;
    MessageId message; ///< the words quoted; invalid: none picked
    QString quote;
    bool fromNote = false; ///< the request is only known from an internal note
    AgentId by;
};

/// The tag a proposal gives its tickets: `proposal-` and the title's words.
[[nodiscard]] QString proposalTag(const QString &title);

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::ProposalId)
