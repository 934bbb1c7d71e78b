// SPDX-License-Identifier: GPL-3.0-or-later
// The team figures: load per agent, bug reports, proposals.
#include "analytics.h"
#include "bucketsql.h"
#include "countersql.h"

#include "models/bugreports/bugreport.h"
#include "models/proposals/proposal.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace Casebook {

Result<Figure> Analytics::load(const AnalyticsPeriod &period, int longHeldDays) const
{
    // Taken and handed off from the day counters of migration 036 (and the events of the
    // edges where the team's midnight is not UTC's): a year of events is never read.
    QHash<qint64, std::pair<qint64, qint64>> moves; // agent -> taken, handed off
    const Status counted = CounterSql::eachOverDays(
        m_database, period,
        u"SELECT c.agent_id, sum(c.taken), sum(c.handed) FROM agent_event_counts c "
        "WHERE c.day >= ? AND c.day < ? GROUP BY c.agent_id"_s,
        // Agent by agent, so each kind's events are one range of ticket_events_kind_agent,
        // which holds every column read: a busy edge of 44,000 events took 100 ms through
        // the kind's index and a row lookup each, 10 times the rest of the view (issue 16).
        u"SELECT a.id, "
        "sum(CASE WHEN e.kind IN ('assignment', 'takeover') AND e.new_value = CAST(e.agent_id AS TEXT) THEN 1 ELSE 0 "
        "END), "
        "sum(CASE WHEN e.kind IN ('handoff', 'escalation') THEN 1 ELSE 0 END) FROM agents a "
        "JOIN ticket_events e ON e.agent_id = a.id "
        "WHERE e.kind IN ('assignment', 'takeover', 'handoff', 'escalation') AND e.created_at >= ? "
        "AND e.created_at < ? GROUP BY a.id"_s,
        [&moves](const QSqlQuery &q) {
            auto &[taken, handed] = moves[q.value(0).toLongLong()];
            taken += q.value(1).toLongLong();
            handed += q.value(2).toLongLong();
        });
    if (!counted)
        return counted.error();

    // Held and long held now from held_counts (migration 036), by the day each was assigned:
    // long held is the days before the threshold's plus that day's tickets up to it, a
    // range of tickets_assignee_assigned (assignee, status, assigned_at) per agent.
    const qint64 threshold = LongHeld::threshold(m_now, m_hours, longHeldDays);
    const qint64 thresholdDay = threshold / CounterSql::dayMs;
    auto q = BucketSql::run(
        m_database,
        u"SELECT a.id, a.login, a.display_name, "
        "coalesce((SELECT sum(c.n) FROM held_counts c WHERE c.agent_id = a.id), 0), "
        "coalesce((SELECT sum(c.n) FROM held_counts c WHERE c.agent_id = a.id AND c.day >= 0 AND c.day < ?), 0) "
        "+ (SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id AND t.assigned_at >= ? AND "_s
            + LongHeld::condition(u"t"_s) + u") FROM agents a WHERE a.active = ? ORDER BY 4 DESC, 3, 1"_s,
        {thresholdDay, thresholdDay * CounterSql::dayMs, threshold, true});
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
        const auto [taken, handed] = moves.value(q.value().value(0).toLongLong());
        const std::array<qint64, 4> values{q.value().value(3).toLongLong(), q.value().value(4).toLongLong(), taken,
                                           handed};
        QList<FigureCell> row;
        for (const qint64 value : values) {
            row.append(FigureCell{double(value), {}});
            any = any || value > 0;
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
    // The day counters of migration 036, which keep a declined report's first verdict line.
    QHash<QString, qint64> totals;
    QMap<QString, qint64> declined; // reason -> reports, in the reasons' order
    const Status counted = CounterSql::eachOverDays(
        m_database, period,
        u"SELECT c.status, c.reason, sum(c.n) FROM bug_report_counts c WHERE c.day >= ? AND c.day < ? "
        "GROUP BY c.status, c.reason"_s,
        u"SELECT b.status, CASE WHEN b.status = 'declined' THEN coalesce(b.verdict_reason, '') ELSE '' END, count(*) "
        "FROM bug_reports b WHERE b.created_at >= ? AND b.created_at < ? AND b.status <> 'draft' "
        "GROUP BY 1, 2"_s,
        [&totals, &declined](const QSqlQuery &q) {
            const QString status = q.value(0).toString();
            const qint64 n = q.value(2).toLongLong();
            // The first line of the verdict names the reason (R26).
            if (status == u"declined")
                declined[q.value(1).toString().section(u'\n', 0, 0)] += n;
            else
                totals[status] += n;
        });
    if (!counted)
        return counted.error();
    Figure figure;
    figure.key = u"bug-verdicts"_s;
    figure.title = tr("Bug reports by verdict");
    figure.categoryTitle = tr("Verdict");
    figure.columns = {tr("Reports")};
    figure.charted = {0};
    for (const BugReportStatus status : {BugReportStatus::Submitted, BugReportStatus::Accepted}) {
        if (const qint64 n = totals.value(bugReportStatusNames.name(status)); n > 0)
            figure.addRow(bugReportStatusText(status), {{double(n), {}}});
    }
    for (auto it = declined.cbegin(); it != declined.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        const auto known = declineReasonNames.parse(it.key());
        //: R26: a declined bug report's row in a chart, %1 the reason
        figure.addRow(tr("Declined: %1").arg(known ? declineReasonText(*known) : it.key()), {{double(it.value()), {}}});
    }
    return figure;
}

Result<Figure> Analytics::bugAreas(const AnalyticsPeriod &period) const
{
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
    // Areas by name, the reports of no area last; area 0 is none (migration 036).
    std::map<std::pair<bool, QString>, QList<FigureCell>> rows;
    const Status counted = CounterSql::eachOverDays(
        m_database, period,
        u"SELECT c.area_id, p.name, c.severity, sum(c.n) FROM bug_report_counts c "
        "LEFT JOIN product_areas p ON p.id = c.area_id WHERE c.day >= ? AND c.day < ? "
        "GROUP BY c.area_id, p.name, c.severity"_s,
        u"SELECT coalesce(b.product_area_id, 0), p.name, coalesce(b.severity, ''), count(*) FROM bug_reports b "
        "LEFT JOIN product_areas p ON p.id = b.product_area_id "
        "WHERE b.created_at >= ? AND b.created_at < ? AND b.status <> 'draft' GROUP BY 1, 2, 3"_s,
        [&rows, &figure](const QSqlQuery &q) {
            const qint64 n = q.value(3).toLongLong();
            if (n == 0)
                return;
            const bool none = q.value(0).toLongLong() == 0;
            auto &row = rows[{none, none ? QString() : q.value(1).toString()}];
            if (row.isEmpty())
                row.resize(figure.columns.size());
            const auto severity = severityNames.parse(q.value(2).toString());
            const int column = severity ? int(*severity) : int(figure.columns.size()) - 1;
            row[column].value += double(n);
        });
    if (!counted)
        return counted.error();
    for (const auto &[area, row] : rows)
        figure.addRow(area.first ? tr("No area") : area.second, row);
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
