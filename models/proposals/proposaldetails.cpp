// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposaldetails.h"

#include "proposalstore.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"

namespace Casebook {

ProposalDetails::ProposalDetails(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &ProposalDetails::onChanged);
}

Status ProposalDetails::load(ProposalId id)
{
    ProposalStore store(m_session.database(), m_session.clock());
    auto proposal = store.proposal(id);
    if (!proposal)
        return proposal.error();
    auto requests = store.requests(id);
    if (!requests)
        return requests.error();
    auto events = store.events(id);
    if (!events)
        return events.error();
    auto agents = AgentStore(m_session.database()).agents();
    if (!agents)
        return agents.error();
    auto weights = TeamSettingsStore(m_session.database()).proposalWeights();
    if (!weights)
        return weights.error();
    m_proposal = std::move(proposal).value();
    m_requests = std::move(requests).value();
    m_events = std::move(events).value();
    m_agents = std::move(agents).value();
    m_weights = *weights;
    Q_EMIT changed();
    return Done{};
}

ProposalDetails::TierCounts ProposalDetails::tierCounts() const
{
    TierCounts counts;
    for (const ProposalRequest &r : m_requests) {
        if (r.tier == CustomerTier::Premium)
            ++counts.premium;
        else if (r.contract)
            ++counts.contract;
        else
            ++counts.standard;
    }
    return counts;
}

Status ProposalDetails::saveTexts(const QString &description, const QString &rfc)
{
    const Status saved = ProposalStore(m_session.database(), m_session.clock())
                             .setTexts(id(), description, rfc, m_proposal.summary.version, m_session.agentId());
    (void)load(id());
    return saved;
}

Status ProposalDetails::setOwner(AgentId owner)
{
    const Status saved =
        ProposalStore(m_session.database(), m_session.clock()).setOwner(id(), owner, m_session.agentId());
    (void)load(id());
    return saved;
}

Status ProposalDetails::comment(const QString &text)
{
    const Status saved =
        ProposalStore(m_session.database(), m_session.clock()).comment(id(), text, m_session.agentId());
    (void)load(id());
    return saved;
}

Status ProposalDetails::mergeInto(ProposalId survivor)
{
    const Status merged =
        ProposalStore(m_session.database(), m_session.clock()).merge(id(), survivor, m_session.agentId());
    (void)load(id());
    return merged;
}

Result<QList<ProposalMatch>> ProposalDetails::mergeCandidates(const QString &text) const
{
    auto hits = ProposalStore(m_session.database(), m_session.clock()).search(text, 20);
    if (!hits)
        return hits;
    QList<ProposalMatch> others = *hits;
    others.removeIf([this](const ProposalMatch &m) { return m.id == id(); });
    return others;
}

void ProposalDetails::onChanged(const QList<Change> &changes)
{
    if (!id().isValid())
        return;
    for (const Change &change : changes) {
        if (change.entity == ProposalStore::changeEntity() && change.entityId == id().value()) {
            (void)load(id());
            return;
        }
    }
}

} // namespace Casebook
