// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposalreviews.h"

#include <QObject>

namespace Casebook {

class ProposalDetails;
class Session;

/**
 * The review mode's model: the review begun or resumed, its queue, the proposal at hand
 * (its requests and score through ProposalDetails) and the decisions, one at a time.
 */
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    explicit ReviewSession(Session &session, QObject *parent = nullptr);

    /// Begins a review or resumes the unfinished one; `statuses` narrow the queue.
    Status start(const QList<ProposalStatus> &statuses = {});
    [[nodiscard]] bool isResumed() const { return m_resumed; }
    [[nodiscard]] const ProposalReviews::Review &review() const { return m_review; }
    [[nodiscard]] int remaining() const { return int(m_queue.size()); }
    [[nodiscard]] int decided() const { return m_decided; }
    /// The proposal at hand; invalid when the queue is empty.
    [[nodiscard]] ProposalId current() const { return m_queue.isEmpty() ? ProposalId() : m_queue.constFirst(); }
    [[nodiscard]] ProposalDetails *details() const { return m_details; }

    /// Decides the proposal at hand and moves to the next one.
    Status decide(const ProposalReviews::DecisionInput &input);
    /// Leaves the proposal at hand for later in this review (it stays unreviewed).
    void skip();
    Status finish();
    Result<QString> summaryMarkdown() const;

Q_SIGNALS:
    void currentChanged(Casebook::ProposalId id);

private:
    Status reloadQueue();
    void showCurrent();

    Session &m_session;
    ProposalReviews m_reviews;
    ProposalReviews::Review m_review;
    QList<ProposalStatus> m_statuses;
    QList<ProposalId> m_queue;
    QList<ProposalId> m_skipped;
    ProposalDetails *m_details;
    int m_decided = 0;
    bool m_resumed = false;
};

} // namespace Casebook
