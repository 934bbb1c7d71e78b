// SPDX-License-Identifier: GPL-3.0-or-later
// The team figures: load per agent, bug reports, proposals.
#include "analytics.h"
#include "bucketsql.h"

#include "models/bugreports/bugreport.h"
#include "models/proposals/proposal.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Casebook {

Result<Figure> Analytics::load(const AnalyticsPeriod &period, int longHeldDays) const
{
    // Correlated counts per agent, each a range of an index: held and long held of
    // tickets_assignee_assigned, taken and handed off a seek of ticket_events_kind_agent per agent.
    const qint64 threshold = LongHeld::threshold(m_now, m_hours, longHeldDays);
    auto q = BucketSql::run(
        m_database,
        u"SELECT a.id, a.login, a.display_name, "
        "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id AND t.status IN ('new', 'open', 'pending', "
        "'on_hold')), "
        "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id AND "_s
            + LongHeld::condition(u"t"_s)
            + u"), (SELECT count(*) FROM ticket_events e WHERE e.kind IN ('assignment', 'takeover') "
              "AND e.created_at >= ? AND e.created_at < ? AND e.agent_id = a.id AND e.new_value = CAST(a.id AS TEXT)), "
              "(SELECT count(*) FROM ticket_events e WHERE e.kind IN ('handoff', 'escalation') "
              "AND e.created_at >= ? AND e.created_at < ? AND e.agent_id = a.id) "
              "FROM agents a WHERE a.active = ? ORDER BY 4 DESC, 3, 1"_s,
        {threshold, period.fromMs(), period.toMs(), period.fromMs(), period.toMs(), true});
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"load"_s;
    figure.title = tr("Load per agent");
    figure.categoryTitle = tr("Agent");
    figure.columns = {tr("Held now"), tr("Long held"), tr("Taken"), tr("Handed off")};
    figure.charted = {0, 1, 2, 3};
    bool any = false;
    while (q.value().next()) {
        QList<FigureCell> row;
        for (int c = 3; c <= 6; ++c) {
            row.append(FigureCell{q.value().value(c).toDouble(), {}});
            any = any || q.value().value(c).toLongLong() > 0;
        }
        row[0].query = u"assignee:"_s + q.value().value(1).toString() + u" -status:solved -status:closed"_s;
        figure.addRow(q.value().value(2).toString(), row);
    }
    if (!any)
        figure.clearRows();
    return figure;
}

Result<Figure> Analytics::bugVerdicts(const AnalyticsPeriod &period) const
{
    auto q = BucketSql::run(m_database,
                            u"SELECT b.status, coalesce(b.verdict_reason, ''), count(*) FROM bug_reports b "
                            "WHERE b.created_at >= ? AND b.created_at < ? AND b.status <> 'draft' "
                            "GROUP BY b.status, coalesce(b.verdict_reason, '') ORDER BY 1, 2"_s,
                            {period.fromMs(), period.toMs()});
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"bug-verdicts"_s;
    figure.title = tr("Bug reports by verdict");
    figure.categoryTitle = tr("Verdict");
    figure.columns = {tr("Reports")};
    figure.charted = {0};
    QHash<QString, qint64> totals;
    QList<std::pair<QString, qint64>> declined;
    while (q.value().next()) {
        const QString status = q.value().value(0).toString();
        const qint64 n = q.value().value(2).toLongLong();
        if (status == u"declined") {
            // The first line of the verdict names the reason (R26).
            const QString reason = q.value().value(1).toString().section(u'\n', 0, 0);
            const auto known = declineReasonNames.parse(reason);
            //: R26: a declined bug report's row in a chart, %1 the reason
            declined.append({tr("Declined: %1").arg(known ? declineReasonText(*known) : reason), n});
        } else {
            totals[status] += n;
        }
    }
    for (const BugReportStatus status : {BugReportStatus::Submitted, BugReportStatus::Accepted}) {
        if (const qint64 n = totals.value(bugReportStatusNames.name(status)); n > 0)
            figure.addRow(bugReportStatusText(status), {{double(n), {}}});
    }
    for (const auto &[label, n] : declined)
        figure.addRow(label, {{double(n), {}}});
    return figure;
}

Result<Figure> Analytics::bugAreas(const AnalyticsPeriod &period) const
{
    auto q = BucketSql::run(m_database,
                            u"SELECT b.product_area_id, p.name, b.severity, count(*) FROM bug_reports b "
                            "LEFT JOIN product_areas p ON p.id = b.product_area_id "
                            "WHERE b.created_at >= ? AND b.created_at < ? AND b.status <> 'draft' "
                            "GROUP BY b.product_area_id, p.name, b.severity ORDER BY 2"_s,
                            {period.fromMs(), period.toMs()});
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"bug-areas"_s;
    figure.title = tr("Bug reports by product area and severity");
    figure.categoryTitle = tr("Product area");
    figure.chart = Figure::Chart::StackedBars;
    for (const auto &item : severityNames.items)
        figure.columns.append(TicketTriage::severityText(item.first));
    figure.columns.append(tr("Not rated"));
    for (int c = 0; c < figure.columns.size(); ++c)
        figure.charted.append(c);
    QStringList order;
    QHash<QString, QList<FigureCell>> rows;
    while (q.value().next()) {
        const QString area = q.value().value(0).isNull() ? tr("No area") : q.value().value(1).toString();
        if (!rows.contains(area)) {
            order.append(area);
            rows.insert(area, QList<FigureCell>(figure.columns.size()));
        }
        const auto severity = severityNames.parse(q.value().value(2).toString());
        const int column = severity ? int(*severity) : int(figure.columns.size()) - 1;
        rows[area][column].value += q.value().value(3).toDouble();
    }
    for (const QString &area : order)
        figure.addRow(area, rows.value(area));
    return figure;
}

namespace {

/// The open proposals with the highest score: title, requests, customers, premium and
/// contract requests, score.
Result<QSqlQuery> topProposalRows(Database &database)
{
    auto weights = TeamSettingsStore(database).proposalWeights();
    if (!weights)
        return weights.error();
    // The score is a weighted sum of the maintained request counts (ProposalSummary::score()).
    return BucketSql::run(database,
                          u"SELECT p.title, p.request_count, p.customer_count, p.premium_count, p.contract_count, "
                          "(p.request_count - p.premium_count - p.contract_count) * ? + p.contract_count * ? "
                          "+ p.premium_count * ? AS score FROM proposals p "
                          "WHERE p.status NOT IN ('shipped', 'declined', 'merged') ORDER BY 6 DESC, 1 LIMIT 10"_s,
                          {weights->standard, weights->contract, weights->premium});
}

} // namespace

Result<Figure> Analytics::topProposals() const
{
    auto q = topProposalRows(m_database);
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"top-proposals"_s;
    figure.title = tr("Top proposals by score");
    figure.categoryTitle = tr("Proposal");
    figure.columns = {tr("Score"), tr("Requests"), tr("Customers")};
    figure.charted = {0};
    while (q.value().next())
        figure.addRow(q.value().value(0).toString(),
                      {{q.value().value(5).toDouble(), {}},
                       {q.value().value(1).toDouble(), {}},
                       {q.value().value(2).toDouble(), {}}});
    return figure;
}

Result<Figure> Analytics::proposalRequestsPerTier() const
{
    auto q = topProposalRows(m_database);
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"proposal-tiers"_s;
    figure.title = tr("Requests of the top proposals per customer tier");
    figure.categoryTitle = tr("Proposal");
    figure.columns = {tr("Premium"), tr("Contract"), tr("Standard"), tr("All")};
    figure.charted = {0, 1, 2};
    figure.chart = Figure::Chart::StackedBars;
    // Requests, not tickets (an imported one has none): no inbox search lists them.
    while (q.value().next()) {
        const qint64 all = q.value().value(1).toLongLong();
        const qint64 premium = q.value().value(3).toLongLong();
        const qint64 contract = q.value().value(4).toLongLong();
        figure.addRow(
            q.value().value(0).toString(),
            {{double(premium), {}}, {double(contract), {}}, {double(all - premium - contract), {}}, {double(all), {}}});
    }
    return figure;
}

} // namespace Casebook
