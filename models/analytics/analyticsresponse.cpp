// SPDX-License-Identifier: GPL-3.0-or-later
// The response times: first and next response, median and p90, in the team's business hours.
#include "analytics.h"
#include "bucketsql.h"
#include "countersql.h"
#include "responsehistograms.h"
#include "responsewaits.h"

#include "models/storage/database.h"
#include "models/storage/storagelog.h"
#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

// An SLA policy's promise (R34), in its own clock: business hours unless round the clock.
struct Targets
{
    int firstMinutes = 0;
    int nextMinutes = 0;
    bool roundTheClock = false;

    bool operator==(const Targets &) const = default;
};

// Responses per minute of wait rounded up (response_counts): an array by minute up to a
// limit (a year of a busy team adds 644,000 counts; a hash took 40 ms of them), a hash for
// the rare longer waits.
struct MinuteCounts
{
    static constexpr qint64 denseMinutes = qint64(1) << 17; // 2,184 hours: 1 MiB of counts at most

    std::vector<qint64> dense;
    QHash<qint64, qint64> sparse;

    void add(qint64 minute, qint64 n)
    {
        if (minute >= 0 && minute < denseMinutes) {
            if (std::size_t(minute) >= dense.size())
                dense.resize(std::size_t(minute) + 1);
            dense[std::size_t(minute)] += n;
        } else {
            sparse[minute] += n;
        }
    }

    /// Adds `other`'s counts; gives how many it held.
    qint64 merge(const MinuteCounts &other)
    {
        if (other.dense.size() > dense.size())
            dense.resize(other.dense.size());
        qint64 added = 0;
        for (std::size_t minute = 0; minute < other.dense.size(); ++minute) {
            dense[minute] += other.dense[minute];
            added += other.dense[minute];
        }
        for (auto it = other.sparse.cbegin(); it != other.sparse.cend(); ++it) {
            sparse[it.key()] += it.value();
            added += it.value();
        }
        return added;
    }

    /// Each minute with a count, in minute order.
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (std::size_t minute = 0; minute < dense.size(); ++minute) {
            if (dense[minute] != 0)
                visit(qint64(minute), dense[minute]);
        }
        QList<qint64> longer = sparse.keys();
        std::sort(longer.begin(), longer.end());
        for (const qint64 minute : std::as_const(longer)) {
            if (const qint64 n = sparse.value(minute); n != 0)
                visit(minute, n);
        }
    }
};

// The waits of one row of the figure and kind (first or next response).
struct Histogram
{
    MinuteCounts perMinute;
    qint64 total = 0;

    // Nearest rank: the smallest wait with at least `percent` % of the waits at or below it,
    // so the median of an even count is the lower middle one and every value was measured.
    // In whole minutes, as SLA targets are set (and as the counters keep them): the minute
    // that holds the rank, in hours.
    [[nodiscard]] std::array<double, 2> percentileHours(std::array<int, 2> percents) const
    {
        std::array<double, 2> hours{noValue, noValue};
        if (total == 0)
            return hours;
        std::array<qint64, 2> ranks{};
        for (std::size_t i = 0; i < percents.size(); ++i)
            ranks.at(i) = std::max<qint64>(1, (qint64(percents.at(i)) * total + 99) / 100);
        qint64 below = 0;
        perMinute.forEach([&](qint64 minute, qint64 n) {
            below += n;
            for (std::size_t i = 0; i < ranks.size(); ++i) {
                if (std::isnan(hours.at(i)) && below >= ranks.at(i))
                    hours.at(i) = double(minute) / 60.0;
            }
        });
        return hours;
    }
};

// One row of the figure: its two histograms, and whether its tickets share one SLA target
// (a policy's times for their severity).
struct Row
{
    std::array<Histogram, 2> kinds; ///< first, next
    std::optional<std::optional<Targets>> targets;
    bool oneTarget = true;

    void add(int kind, const MinuteCounts &minutes, const std::optional<Targets> &ticketTargets)
    {
        // An edge read as a whole day less its other hours leaves minutes of none.
        Histogram &histogram = kinds.at(std::size_t(kind));
        const qint64 added = histogram.perMinute.merge(minutes);
        histogram.total += added;
        if (kind != 0 || added == 0)
            return;
        if (!targets)
            targets = ticketTargets;
        else if (*targets != ticketTargets)
            oneTarget = false;
    }
};

QList<FigureCell> cellsOf(const Row &row, const QString &query)
{
    double firstTarget = noValue;
    double nextTarget = noValue;
    if (row.oneTarget && row.targets && *row.targets) {
        firstTarget = (*row.targets)->firstMinutes / 60.0;
        nextTarget = (*row.targets)->nextMinutes / 60.0;
    }
    const auto first = row.kinds[0].percentileHours({50, 90});
    const auto next = row.kinds[1].percentileHours({50, 90});
    return QList<FigureCell>{{double(row.kinds[0].total), query}, {first[0], {}}, {first[1], {}}, {firstTarget, {}},
                             {double(row.kinds[1].total), {}},    {next[0], {}},  {next[1], {}},  {nextTarget, {}}};
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

    // The period's responses per facet and wait minute: its whole UTC days from the days'
    // histograms, brought up to date first where a write changed them (skipped where this
    // reader may not write: the counters then give those days), and the edges, where the
    // team's midnight is not UTC's, from the responses themselves.
    std::map<std::tuple<int, bool, int, qint64>, MinuteCounts> byFacet; // kind, premium, severity place, policy
    // Counts come a facet at a time: its place among the severities is looked up once.
    ResponseHistograms::Facet lastFacet;
    MinuteCounts *last = nullptr;
    const auto add = [&](const ResponseHistograms::Facet &facet, qint64 minute, qint64 n) {
        if (!last || facet.kind != lastFacet.kind || facet.premium != lastFacet.premium
            || facet.policy != lastFacet.policy || facet.severity != lastFacet.severity) {
            lastFacet = facet;
            last =
                &byFacet[{facet.kind == 0 ? 0 : 1, facet.premium, places.value(facet.severity, place), facet.policy}];
        }
        last->add(minute, n);
    };
    const auto wholeDays = [&](qint64 fromDay, qint64 toDay) -> Status {
        if (!m_database.isReadOnly()) {
            if (const Status fresh = ResponseHistograms::refresh(m_database, fromDay, toDay); !fresh)
                qCWarning(lcStorage) << "response histograms not refreshed:" << fresh.error().detail;
        }
        return ResponseHistograms::read(m_database, fromDay, toDay, add);
    };
    const auto responsesBetween = [&](qint64 fromMs, qint64 toMs, qint64 sign) -> Status {
        auto q = BucketSql::run(m_database,
                                u"SELECT w.kind, w.premium, w.severity, w.policy_id, (w.wait_ms + 59999) / 60000 "
                                "FROM response_waits w WHERE w.ticket_created >= ? AND w.ticket_created < ?"_s,
                                {fromMs, toMs});
        if (!q)
            return q.error();
        while (q.value().next())
            add(ResponseHistograms::facetAt(q.value()), q.value().value(4).toLongLong(), sign);
        return Done{};
    };
    // A long edge from its shorter side: Moscow's last 21 hours of a busy day were 47,000
    // responses, 90 ms; the day's rows less its other 3 hours are a seventh of that.
    if (const Status read = CounterSql::eachPart(period, wholeDays, responsesBetween); !read)
        return read.error();
    for (const auto &[key, minutes] : byFacet) {
        const auto &[kind, premium, severityPlace, policy] = key;
        std::optional<Targets> targets;
        if (policy != 0)
            targets = severityTargets.value({policy, severityPlace}, policies.value(policy));
        for (const std::size_t row :
             {allRow, premium ? premiumRow : standardRow, severityRows + std::size_t(severityPlace)})
            rows[row].add(kind, minutes, targets);
    }

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
        figure.addRow(category, cellsOf(rows[index], query));
    }
    return figure;
}

} // namespace Casebook
