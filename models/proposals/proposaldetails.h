// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/agents/agent.h"
#include "models/storage/changefeed.h"
#include "models/storage/result.h"

#include <QObject>

namespace Casebook {

class Session;

/**
 * One proposal's page: the proposal, every request (customer, tier, ticket, date, the
 * customer's words) with counts per tier, its history and comments, and the page's actions
 * (description and RFC, owner, comment, merge into another). Follows the ChangeFeed for its
 * proposal, so a change made elsewhere shows at once.
 */
class ProposalDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalDetails)

public:
    explicit ProposalDetails(Session &session, QObject *parent = nullptr);

    Status load(ProposalId id);
    [[nodiscard]] ProposalId id() const { return m_proposal.summary.id; }
    [[nodiscard]] const Proposal &proposal() const { return m_proposal; }
    [[nodiscard]] const QList<ProposalRequest> &requests() const { return m_requests; }
    [[nodiscard]] const QList<ProposalEvent> &events() const { return m_events; }
    [[nodiscard]] const QList<Agent> &agents() const { return m_agents; }
    [[nodiscard]] double score() const { return m_proposal.summary.score(m_weights); }

    struct TierCounts
    {
        int standard = 0;
        int contract = 0;
        int premium = 0;
    };
    [[nodiscard]] TierCounts tierCounts() const;

    Status saveTexts(const QString &description, const QString &rfc);
    Status setOwner(AgentId owner);
    Status comment(const QString &text);
    Status mergeInto(ProposalId survivor);
    /// Other proposals to merge into, by title words.
    Result<QList<ProposalMatch>> mergeCandidates(const QString &text) const;

    [[nodiscard]] Session &session() const { return m_session; }

Q_SIGNALS:
    void changed();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    Session &m_session;
    Proposal m_proposal;
    QList<ProposalRequest> m_requests;
    QList<ProposalEvent> m_events;
    QList<Agent> m_agents;
    ProposalWeights m_weights;
};

} // namespace Casebook
