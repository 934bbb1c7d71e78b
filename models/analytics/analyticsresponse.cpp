// SPDX-License-Identifier: GPL-3.0-or-later
// The response times: first and next response, median and p90, in the team's business hours.
#include "analytics.h"
#include "bucketsql.h"
#include "countersql.h"
#include "responsewaits.h"

#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr double hourMs = 3'600'000.0;
constexpr qint64 minuteMs = 60'000;
constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

// An SLA policy's promise (R34), in its own clock: business hours unless round the clock.
struct Targets
{
    int firstMinutes = 0;
    int nextMinutes = 0;
    bool roundTheClock = false;

    bool operator==(const Targets &) const = default;
};

// The waits of one row of the figure and kind (first or next response), per minute of wait
// rounded up (response_counts): enough to find which minute holds a percentile.
struct Histogram
{
    std::map<qint64, qint64> perMinute;
    qint64 total = 0;
};

// One row of the figure: its two histograms, the filter that picks its responses out of
// response_waits, and whether its tickets share one SLA target (a policy's times for their
// severity).
struct Row
{
    QString filter; ///< "" (all) or a condition with one bind
    QVariant bind;
    std::array<Histogram, 2> kinds; ///< first, next
    std::optional<std::optional<Targets>> targets;
    bool oneTarget = true;

    void add(int kind, qint64 minute, qint64 n, const std::optional<Targets> &ticketTargets)
    {
        kinds.at(std::size_t(kind)).perMinute[minute] += n;
        kinds.at(std::size_t(kind)).total += n;
        if (kind != 0)
            return;
        if (!targets)
            targets = ticketTargets;
        else if (*targets != ticketTargets)
            oneTarget = false;
    }
};

// Nearest rank: the smallest sample with at least `percent` % of the samples at or below
// it, so the median of an even count is the lower middle one and every value was measured.
// The counters name the minute that holds that rank; the rows of that minute alone, in
// wait order through an index, give its exact value.
Result<double> percentileHours(const Database &database, const AnalyticsPeriod &period, const Row &row, int kind,
                               int percent)
{
    const Histogram &histogram = row.kinds.at(std::size_t(kind));
    if (histogram.total == 0)
        return noValue;
    const qint64 rank = std::max<qint64>(1, (qint64(percent) * histogram.total + 99) / 100);
    qint64 below = 0;
    for (const auto &[minute, n] : histogram.perMinute) {
        if (below + n < rank) {
            below += n;
            continue;
        }
        if (minute <= 0)
            return 0.0; // minute 0 holds only waits of nothing
        QVariantList binds{kind, (minute - 1) * minuteMs, minute * minuteMs, period.fromMs(), period.toMs()};
        if (!row.filter.isEmpty())
            binds << row.bind;
        binds << rank - below - 1;
        auto q = BucketSql::run(database,
                                u"SELECT w.wait_ms FROM response_waits w WHERE w.kind = ? AND w.wait_ms > ? "
                                "AND w.wait_ms <= ? AND w.ticket_created >= ? AND w.ticket_created < ?"_s
                                    + row.filter + u" ORDER BY w.wait_ms LIMIT 1 OFFSET ?"_s,
                                binds);
        if (!q)
            return q.error();
        if (!q.value().next()) // the counters and the rows disagree: a damaged file
            return Error{Error::Kind::Corrupt,
                         QCoreApplication::translate("Casebook::Analytics",
                                                     "The stored response times disagree with their counts."),
                         u"response_counts has more waits than response_waits"_s};
        return double(q.value().value(0).toLongLong()) / hourMs;
    }
    return noValue;
}

Result<QList<FigureCell>> cellsOf(const Database &database, const AnalyticsPeriod &period, const Row &row,
                                  const QString &query)
{
    double firstTarget = noValue;
    double nextTarget = noValue;
    if (row.oneTarget && row.targets && *row.targets) {
        firstTarget = (*row.targets)->firstMinutes / 60.0;
        nextTarget = (*row.targets)->nextMinutes / 60.0;
    }
    std::array<std::array<double, 2>, 2> p{}; // [kind][median, p90]
    for (int kind = 0; kind < 2; ++kind) {
        for (int i = 0; i < 2; ++i) {
            auto value = percentileHours(database, period, row, kind, i == 0 ? 50 : 90);
            if (!value)
                return value.error();
            p.at(std::size_t(kind)).at(std::size_t(i)) = *value;
        }
    }
    return QList<FigureCell>{{double(row.kinds[0].total), query}, {p[0][0], {}}, {p[0][1], {}}, {firstTarget, {}},
                             {double(row.kinds[1].total), {}},    {p[1][0], {}}, {p[1][1], {}}, {nextTarget, {}}};
}

} // namespace

Result<Figure> Analytics::responseTimes(const AnalyticsPeriod &period) const
{
    // The stored waits follow the team's hours this reader was given (recomputed when they
    // changed): from then on the figure is counters and a few index lookups.
    if (const Status current = ResponseWaits::ensure(m_database, m_hours); !current)
        return current.error();
    // The policies first: a handful of rows.
    QHash<qint64, Targets> policies;
    {
        auto p = BucketSql::run(
            m_database, u"SELECT id, business_hours, first_response_minutes, next_response_minutes FROM sla_policies"_s,
            {});
        if (!p)
            return p.error();
        while (p.value().next())
            policies.insert(
                p.value().value(0).toLongLong(),
                Targets{p.value().value(2).toInt(), p.value().value(3).toInt(), !p.value().value(1).toBool()});
    }
    // Each severity's place: the most severe first; unrated (and unknown) last.
    QHash<QString, int> places;
    int place = 0;
    for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it, ++place)
        places.insert(QString::fromLatin1(it->second), place);
    // A policy's targets for a severity (R34) where it has them: (policy, place) -> times.
    QHash<std::pair<qint64, int>, Targets> severityTargets;
    {
        auto s = BucketSql::run(
            m_database, u"SELECT policy_id, severity, first_response_minutes, next_response_minutes FROM sla_targets"_s,
            {});
        if (!s)
            return s.error();
        while (s.value().next()) {
            const qint64 policy = s.value().value(0).toLongLong();
            const auto severity = places.constFind(s.value().value(1).toString());
            if (!policies.contains(policy) || severity == places.cend())
                continue;
            severityTargets.insert(
                {policy, *severity},
                Targets{s.value().value(2).toInt(), s.value().value(3).toInt(), policies.value(policy).roundTheClock});
        }
    }

    // Rows: all, the two tiers, then each severity from the most severe, and not rated.
    constexpr std::size_t allRow = 0, premiumRow = 1, standardRow = 2, severityRows = 3;
    const std::size_t notRatedRow = severityRows + std::size_t(place);
    std::vector<Row> rows(notRatedRow + 1);
    rows[premiumRow].filter = u" AND w.premium = ?"_s;
    rows[premiumRow].bind = 1;
    rows[standardRow].filter = u" AND w.premium = ?"_s;
    rows[standardRow].bind = 0;
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        rows[severityRows + std::size_t(*it)].filter = u" AND w.severity = ?"_s;
        rows[severityRows + std::size_t(*it)].bind = it.key();
    }
    rows[notRatedRow].filter = u" AND w.severity = ?"_s;
    rows[notRatedRow].bind = QStringLiteral(""); // not NULL: the column holds ''

    // The period's responses per facet and minute: the UTC days response_counts covers, plus
    // the rows of the edges where the team's midnight is not UTC's.
    QVariantList binds;
    const QStringList counts = CounterSql::overDays(
        period,
        u"SELECT c.kind AS kind, c.premium AS premium, c.severity AS severity, c.policy_id AS policy_id, "
        "c.minute AS minute, c.n AS n FROM response_counts c WHERE c.day >= ? AND c.day < ?"_s,
        u"SELECT w.kind, w.premium, w.severity, w.policy_id, (w.wait_ms + 59999) / 60000, 1 FROM response_waits w "
        "WHERE w.ticket_created >= ? AND w.ticket_created < ?"_s,
        binds);
    auto q = BucketSql::run(m_database,
                            u"SELECT x.kind, x.premium, x.severity, x.policy_id, x.minute, sum(x.n) FROM ("_s
                                + counts.join(u" UNION ALL "_s)
                                + u") x GROUP BY x.kind, x.premium, x.severity, x.policy_id, x.minute "
                                  "HAVING sum(x.n) > 0"_s,
                            binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        const int kind = r.value(0).toInt() == 0 ? 0 : 1;
        const bool premium = r.value(1).toInt() != 0;
        const int severityPlace = places.value(r.value(2).toString(), place);
        const qint64 policy = r.value(3).toLongLong();
        const qint64 minute = r.value(4).toLongLong();
        const qint64 n = r.value(5).toLongLong();
        std::optional<Targets> targets;
        if (policy != 0)
            targets = severityTargets.value({policy, severityPlace}, policies.value(policy));
        for (const std::size_t row :
             {allRow, premium ? premiumRow : standardRow, severityRows + std::size_t(severityPlace)})
            rows[row].add(kind, minute, n, targets);
    }
    q.value().finish();

    Figure figure;
    figure.key = u"response-times"_s;
    figure.title = tr("Response times in business hours");
    figure.categoryTitle = tr("Tickets");
    // Two lines a header: eight columns beside a chart fit the window only so.
    //: A column of the response times: the number of answered tickets
    figure.columns = {tr("Answered"),
                      //: "h": hours of the team's working time, as in the whole figure
                      tr("First response\nmedian, h"), tr("First response\np90, h"),
                      tr("First response\nSLA target, h"),
                      //: A column of the response times: how many next responses were measured
                      tr("Next\nresponses"), tr("Next response\nmedian, h"), tr("Next response\np90, h"),
                      tr("Next response\nSLA target, h")};
    // The medians only: four bars for each of eight rows leave the legend no room to tell the
    // median from the p90; the table beside the chart has every number.
    figure.charted = {1, 5};
    if (rows[allRow].kinds[0].total == 0)
        return figure;
    // The tickets behind a row: created in the period, answered, of the row's tier or severity.
    const QString answered = period.createdQuery() + u" is:answered"_s;
    QList<std::tuple<QString, std::size_t, QString>> shown{
        {tr("All"), allRow, answered},
        {tr("Premium customers"), premiumRow, answered + u" is:premium"_s},
        {tr("Standard customers"), standardRow, answered + u" -is:premium"_s}};
    place = 0;
    for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it, ++place)
        shown.append({TicketTriage::severityText(it->first), severityRows + std::size_t(place),
                      answered + u" severity:"_s + QString::fromLatin1(it->second)});
    // No search names "not rated": a negated filter leaves out the empty value too.
    shown.append({tr("Severity not rated"), notRatedRow, QString()});
    for (const auto &[category, index, query] : std::as_const(shown)) {
        if (rows[index].kinds[0].total == 0)
            continue;
        auto cells = cellsOf(m_database, period, rows[index], query);
        if (!cells)
            return cells.error();
        figure.addRow(category, *cells);
    }
    return figure;
}

} // namespace Casebook
