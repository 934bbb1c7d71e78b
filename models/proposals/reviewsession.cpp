// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "proposaldetails.h"

#include "models/agents/session.h"

namespace Casebook {

ReviewSession::ReviewSession(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_reviews(session.database(), session.clock())
    , m_details(new ProposalDetails(session, this))
{
}

Status ReviewSession::start(const QList<ProposalStatus> &statuses)
{
    auto open = m_reviews.unfinished();
    if (!open)
        return open.error();
    m_resumed = open->has_value();
    auto review = m_reviews.startOrResume(m_session.agentId());
    if (!review)
        return review.error();
    m_review = *review;
    m_statuses = statuses;
    m_skipped.clear();
    auto lines = m_reviews.decisions(m_review);
    m_decided = lines ? int(lines->size()) : 0;
    if (auto read = reloadQueue(); !read)
        return read;
    showCurrent();
    return Done{};
}

Status ReviewSession::reloadQueue()
{
    auto queue = m_reviews.queue(m_review, m_statuses);
    if (!queue)
        return queue.error();
    m_queue = *queue;
    // Skipped ones wait at the end of the queue.
    for (ProposalId id : std::as_const(m_skipped)) {
        if (m_queue.removeOne(id))
            m_queue.append(id);
    }
    return Done{};
}

void ReviewSession::showCurrent()
{
    if (current().isValid())
        (void)m_details->load(current());
    Q_EMIT currentChanged(current());
}

Status ReviewSession::decide(const ProposalReviews::DecisionInput &input)
{
    if (!current().isValid())
        return Error{Error::Kind::Invalid, tr("Nothing is left to review."), {}};
    if (auto done = m_reviews.decide(m_review, current(), input, m_session.agentId()); !done)
        return done;
    ++m_decided;
    m_skipped.removeOne(current());
    if (auto read = reloadQueue(); !read)
        return read;
    showCurrent();
    return Done{};
}

void ReviewSession::skip()
{
    if (m_queue.size() < 2)
        return;
    m_skipped.append(m_queue.takeFirst());
    m_queue.append(m_skipped.constLast());
    showCurrent();
}

Status ReviewSession::finish()
{
    return m_reviews.finish(m_review);
}

Result<QString> ReviewSession::summaryMarkdown() const
{
    auto lines = m_reviews.decisions(m_review);
    if (!lines)
        return lines.error();
    return ProposalReviews::summaryMarkdown(*lines);
}

} // namespace Casebook
