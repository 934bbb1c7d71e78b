// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalreviews.h"

#include "proposalstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr EnumNames<ProposalReviews::Decision, 5> decisionNames{{{
    {ProposalReviews::Decision::Keep, "keep"},
    {ProposalReviews::Decision::Move, "move"},
    {ProposalReviews::Decision::Merge, "merge"},
    {ProposalReviews::Decision::Decline, "decline"},
    {ProposalReviews::Decision::AssignOwner, "owner"},
}}};

} // namespace

ProposalReviews::ProposalReviews(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<std::optional<ProposalReviews::Review>> ProposalReviews::unfinished() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"SELECT id, started_by, started_at FROM proposal_reviews WHERE finished_at IS NULL "
                "ORDER BY started_at DESC, id DESC LIMIT 1"_s))
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return std::optional<Review>();
    return std::optional<Review>(
        Review{q.value(0).toLongLong(), AgentId(q.value(1).toLongLong()), q.value(2).toLongLong()});
}

Result<ProposalReviews::Review> ProposalReviews::startOrResume(AgentId by)
{
    auto open = unfinished();
    if (!open)
        return open.error();
    if (open.value())
        return **open;
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO proposal_reviews (started_by, started_at, since) VALUES (?, ?, ?)"_s,
                        {Sql::id(by), now, now});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"proposal_review"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Review{*id, by, now};
}

Result<QList<ProposalId>> ProposalReviews::queue(const Review &review, const QList<ProposalStatus> &statuses) const
{
    QList<ProposalStatus> wanted = statuses;
    if (wanted.isEmpty()) {
        wanted = {ProposalStatus::New, ProposalStatus::UnderReview, ProposalStatus::Rfc, ProposalStatus::Planned,
                  ProposalStatus::InProgress};
    }
    QStringList marks;
    QVariantList binds{review.startedAt};
    for (ProposalStatus status : std::as_const(wanted)) {
        marks.append(u"?"_s);
        binds.append(proposalStatusNames.name(status));
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM proposals WHERE (reviewed_at IS NULL OR reviewed_at < ?) AND status IN ("_s
              + marks.join(u", "_s) + u") ORDER BY request_count DESC, id"_s);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<ProposalId> ids;
    while (q.next())
        ids.append(ProposalId(q.value(0).toLongLong()));
    return ids;
}

Status ProposalReviews::decide(const Review &review, ProposalId proposal, const DecisionInput &input, AgentId by)
{
    ProposalStore store(m_database, m_clock);
    auto before = store.summary(proposal);
    if (!before)
        return before.error();
    QString newStatus = proposalStatusNames.name(before->status);
    Status applied = Done{};
    switch (input.decision) {
    case Decision::Keep:
        break;
    case Decision::Move:
        applied = store.setStatus(proposal, input.status, before->version, by, input.reason);
        newStatus = proposalStatusNames.name(input.status);
        break;
    case Decision::Merge:
        applied = store.merge(proposal, input.mergeInto, by);
        newStatus = proposalStatusNames.name(ProposalStatus::Merged);
        break;
    case Decision::Decline:
        if (input.reason.trimmed().isEmpty())
            return Error{Error::Kind::Invalid, tr("Say why the proposal is declined; the customers will be told."), {}};
        applied = store.setStatus(proposal, ProposalStatus::Declined, before->version, by, input.reason);
        newStatus = proposalStatusNames.name(ProposalStatus::Declined);
        break;
    case Decision::AssignOwner:
        applied = store.setOwner(proposal, input.owner, by);
        break;
    }
    if (!applied)
        return applied;

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    QString note = input.reason;
    if (input.decision == Decision::Merge)
        note = QString::number(input.mergeInto.value());
    else if (input.decision == Decision::AssignOwner)
        note = QString::number(input.owner.value());
    if (auto logged =
            ProposalStore::event(tx, proposal, by, u"review"_s, proposalStatusNames.name(before->status),
                                 QString(decisionNames.name(input.decision) + u':' + newStatus), note, now, review.id);
        !logged)
        return logged;
    auto marked = tx.exec(u"UPDATE proposals SET reviewed_at = ? WHERE id = ?"_s, {now, proposal.value()});
    if (!marked)
        return marked.error();
    if (auto recorded = tx.record(ProposalStore::changeEntity(), proposal.value(), Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Status ProposalReviews::finish(const Review &review)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto done = tx.exec(u"UPDATE proposal_reviews SET finished_at = ? WHERE id = ?"_s, {m_clock.nowMs(), review.id});
    if (!done)
        return done.error();
    if (auto recorded = tx.record(u"proposal_review"_s, review.id, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Result<QList<ProposalReviews::Line>> ProposalReviews::decisions(const Review &review) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.proposal_id, p.title, e.old_value, e.new_value, e.note, a.display_name, e.created_at "
              "FROM proposal_events e JOIN proposals p ON p.id = e.proposal_id LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.review_id = ? AND e.kind = 'review' ORDER BY e.created_at, e.id"_s);
    q.addBindValue(review.id);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Line> lines;
    while (q.next()) {
        const QString outcome = q.value(3).toString();
        const qsizetype colon = outcome.indexOf(u':');
        lines.append({ProposalId(q.value(0).toLongLong()), q.value(1).toString(), outcome.left(colon),
                      q.value(2).toString(), outcome.mid(colon + 1), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toLongLong()});
    }
    return lines;
}

QString ProposalReviews::summaryMarkdown(const QList<Line> &lines)
{
    QString moved, declined, merged, kept;
    for (const Line &line : lines) {
        if (line.decision == u"decline") {
            declined += tr("- %1 (#%2): %3").arg(line.title).arg(line.proposal.value()).arg(line.note) + u'\n';
        } else if (line.decision == u"merge") {
            merged += tr("- %1 (#%2) into #%3").arg(line.title).arg(line.proposal.value()).arg(line.note) + u'\n';
        } else if (line.oldStatus != line.newStatus) {
            moved +=
                tr("- %1 (#%2): %3 → %4").arg(line.title).arg(line.proposal.value()).arg(line.oldStatus, line.newStatus)
                + u'\n';
        } else {
            kept += tr("- %1 (#%2)").arg(line.title).arg(line.proposal.value()) + u'\n';
        }
    }
    QString text = u"# "_s + tr("Proposal review") + u"\n\n"_s;
    const auto section = [&text](const QString &title, const QString &body) {
        if (!body.isEmpty())
            text += u"## "_s + title + u"\n\n"_s + body + u'\n';
    };
    section(tr("Moved"), moved);
    section(tr("Declined"), declined);
    section(tr("Merged"), merged);
    section(tr("Kept"), kept);
    return text;
}

} // namespace Casebook
