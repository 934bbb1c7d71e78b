// SPDX-License-Identifier: GPL-3.0-or-later
// The Response view's breaches: first responses against the SLA per policy (R15, R34) and
// late first responses and critical reactions per severity (R12, R28), from the day
// counters of migration 037 and the tickets not answered yet.
#include "analyticssla.h"

#include "analytics.h"
#include "bucketsql.h"
#include "countersql.h"

#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <ranges>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The tickets of one SLA policy (0: none) and severity ('': not rated) in the period.
struct SlaCount
{
    qint64 tickets = 0;
    qint64 answered = 0;
    qint64 firstLate = 0; ///< answered after the first-response due time, or unanswered past it now
    qint64 reactionLate = 0; ///< R12: the same against the critical reaction due time

    SlaCount &operator+=(const SlaCount &other)
    {
        tickets += other.tickets;
        answered += other.answered;
        firstLate += other.firstLate;
        reactionLate += other.reactionLate;
        return *this;
    }
};

using SlaCounts = std::map<std::pair<qint64, QString>, SlaCount>;

// A late answer stays late, so the counters hold it; an unanswered ticket becomes late when
// now passes its due time, so those are read from tickets_unanswered: the period's range of
// that index is the unanswered tickets only, never the answered bulk of a year.
Result<SlaCounts> slaCounts(const Database &database, const AnalyticsPeriod &period, qint64 nowMs)
{
    SlaCounts counts;
    const Status counted = CounterSql::eachOverDaysSigned(
        database, period,
        u"SELECT c.policy_id, c.severity, sum(c.n), sum(c.answered), sum(c.first_late), sum(c.reaction_late) "
        "FROM sla_counts c WHERE c.day >= ? AND c.day < ? GROUP BY c.policy_id, c.severity"_s,
        u"SELECT coalesce(t.sla_policy_id, 0), coalesce(t.severity, ''), count(*), "
        "sum(CASE WHEN t.first_responded_at IS NOT NULL THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.first_responded_at > t.first_response_due_at THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.first_responded_at > t.reaction_due_at THEN 1 ELSE 0 END) "
        "FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL "
        "GROUP BY coalesce(t.sla_policy_id, 0), coalesce(t.severity, '')"_s,
        [&counts](const QSqlQuery &q, qint64 sign) {
            SlaCount &c = counts[{q.value(0).toLongLong(), q.value(1).toString()}];
            c.tickets += sign * q.value(2).toLongLong();
            c.answered += sign * q.value(3).toLongLong();
            c.firstLate += sign * q.value(4).toLongLong();
            c.reactionLate += sign * q.value(5).toLongLong();
        });
    if (!counted)
        return counted.error();
    auto q = BucketSql::run(database,
                            u"SELECT coalesce(t.sla_policy_id, 0), coalesce(t.severity, ''), "
                            "sum(CASE WHEN t.first_response_due_at < ? THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN t.reaction_due_at < ? THEN 1 ELSE 0 END) FROM tickets t "
                            "WHERE t.first_responded_at IS NULL AND t.merged_into_id IS NULL "
                            "AND t.created_at >= ? AND t.created_at < ? "
                            "GROUP BY coalesce(t.sla_policy_id, 0), coalesce(t.severity, '')"_s,
                            {nowMs, nowMs, period.fromMs(), period.toMs()});
    if (!q)
        return q.error();
    while (q.value().next()) {
        SlaCount &c = counts[{q.value().value(0).toLongLong(), q.value().value(1).toString()}];
        c.firstLate += q.value().value(2).toLongLong();
        c.reactionLate += q.value().value(3).toLongLong();
    }
    return counts;
}

Result<Figure> firstResponsesOf(const Database &database, const SlaCounts &counts)
{
    std::map<qint64, SlaCount> perPolicy;
    for (const auto &[key, c] : counts)
        perPolicy[key.first] += c;
    QHash<qint64, QString> names;
    {
        auto q = BucketSql::run(database, u"SELECT id, name FROM sla_policies"_s, {});
        if (!q)
            return q.error();
        while (q.value().next())
            names.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    }
    // By name, "No policy" first: the order the policies' names give in the settings.
    std::vector<std::pair<qint64, SlaCount>> rows(perPolicy.cbegin(), perPolicy.cend());
    std::ranges::stable_sort(rows, [&names](const auto &a, const auto &b) {
        return std::pair{a.first != 0, names.value(a.first)} < std::pair{b.first != 0, names.value(b.first)};
    });
    Figure figure;
    figure.key = u"first-response"_s;
    figure.title = Analytics::tr("First responses against the SLA");
    figure.categoryTitle = Analytics::tr("SLA policy");
    figure.columns = {Analytics::tr("Tickets"), Analytics::tr("Answered"), Analytics::tr("Breached"),
                      Analytics::tr("Within SLA %")};
    figure.charted = {3};
    figure.percent = true;
    for (const auto &[policy, c] : rows) {
        if (c.tickets == 0) // every ticket of it merged or moved away since
            continue;
        figure.addRow(policy == 0 ? Analytics::tr("No policy") : names.value(policy),
                      {{double(c.tickets), {}},
                       {double(c.answered), {}},
                       {double(c.firstLate), {}},
                       {100.0 * double(c.tickets - c.firstLate) / double(c.tickets), {}}});
    }
    return figure;
}

Figure breachesBySeverityOf(const AnalyticsPeriod &period, const SlaCounts &counts)
{
    std::map<QString, SlaCount> perSeverity;
    for (const auto &[key, c] : counts)
        perSeverity[key.second] += c;
    Figure figure;
    figure.key = u"breaches-by-severity"_s;
    figure.title = Analytics::tr("SLA breaches by severity");
    figure.categoryTitle = Analytics::tr("Severity");
    figure.columns = {Analytics::tr("Tickets"), Analytics::tr("First response late"),
                      Analytics::tr("Critical reaction late")};
    figure.charted = {1, 2};
    const QString created = period.createdQuery();
    for (const auto &[severity, latin1Name] : std::views::reverse(severityNames.items)) {
        const QString name = QString::fromLatin1(latin1Name);
        if (const auto found = perSeverity.find(name); found != perSeverity.end() && found->second.tickets > 0)
            figure.addRow(TicketTriage::severityText(severity),
                          {{double(found->second.tickets), created + u" severity:"_s + name},
                           {double(found->second.firstLate), {}},
                           {double(found->second.reactionLate), {}}});
    }
    if (const auto found = perSeverity.find(QString()); found != perSeverity.end() && found->second.tickets > 0)
        figure.addRow(Analytics::tr("Not rated"),
                      {{double(found->second.tickets), {}},
                       {double(found->second.firstLate), {}},
                       {double(found->second.reactionLate), {}}});
    return figure;
}

} // namespace

Result<std::pair<Figure, Figure>> SlaFigures::count(const Database &database, const AnalyticsPeriod &period,
                                                    qint64 nowMs)
{
    const auto counts = slaCounts(database, period, nowMs);
    if (!counts)
        return counts.error();
    auto responses = firstResponsesOf(database, *counts);
    if (!responses)
        return responses.error();
    return std::pair{std::move(responses).value(), breachesBySeverityOf(period, *counts)};
}

Result<Figure> Analytics::firstResponses(const AnalyticsPeriod &period) const
{
    auto figures = SlaFigures::count(m_database, period, m_now);
    if (!figures)
        return figures.error();
    return std::move(figures).value().first;
}

Result<Figure> Analytics::breachesBySeverity(const AnalyticsPeriod &period) const
{
    auto figures = SlaFigures::count(m_database, period, m_now);
    if (!figures)
        return figures.error();
    return std::move(figures).value().second;
}

} // namespace Casebook
