// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/result.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook {

class Clock;
class Database;

/**
 * The weekly review of the board: its queue is every open proposal not reviewed since the
 * review began (a decision marks the proposal reviewed, so a review left half-way resumes
 * where it stopped). Each decision is applied through ProposalStore and recorded with who
 * and when; the review's summary is Markdown for the team.
 */
class ProposalReviews final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::ProposalReviews)

public:
    ProposalReviews(Database &database, const Clock &clock);

    struct Review
    {
        qint64 id = 0;
        AgentId startedBy;
        qint64 startedAt = 0;
    };

    enum class Decision { Keep, Move, Merge, Decline, AssignOwner };

    struct DecisionInput
    {
        Decision decision = Decision::Keep;
        ProposalStatus status = ProposalStatus::UnderReview; ///< Move
        ProposalId mergeInto; ///< Merge
        QString reason; ///< Decline (required) or a note for any other
        AgentId owner; ///< AssignOwner
    };

    /// What was decided, for the summary.
    struct Line
    {
        ProposalId proposal;
        QString title;
        QString decision; ///< keep, move, merge, decline, owner
        QString oldStatus;
        QString newStatus;
        QString note;
        QString agentName;
        qint64 at = 0;
    };

    /** The review not finished yet, if any (the newest). */
    Result<std::optional<Review>> unfinished() const;
    /** The unfinished review, or a new one. */
    Result<Review> startOrResume(AgentId by);
    /** Proposals still to review, most requested first; `statuses` empty: every open column. */
    Result<QList<ProposalId>> queue(const Review &review, const QList<ProposalStatus> &statuses = {}) const;
    /** Applies and records one decision; the proposal leaves the queue. */
    Status decide(const Review &review, ProposalId proposal, const DecisionInput &input, AgentId by);
    Status finish(const Review &review);
    Result<QList<Line>> decisions(const Review &review) const;
    /** The review as Markdown: what moved, what was merged, what was declined and why. */
    [[nodiscard]] static QString summaryMarkdown(const QList<Line> &lines);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
