// SPDX-License-Identifier: GPL-3.0-or-later
// The response times: first and next response, median and p90, in the team's business hours.
#include "analytics.h"
#include "bucketsql.h"
#include "workingtimeline.h"

#include "models/tickets/ticket.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr double hourMs = 3'600'000.0;
constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

// An SLA policy's promise (R34), in its own clock: business hours unless round the clock.
struct Targets
{
    int firstMinutes = 0;
    int nextMinutes = 0;
    bool roundTheClock = false;

    bool operator==(const Targets &) const = default;
};

// One answered ticket of the period and the facts its rows need.
struct AnsweredTicket
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 firstRespondedAt = 0;
    int severityPlace = 0; ///< the most severe 0; past the last: not rated
    bool premium = false;
    bool roundTheClock = false;
    std::optional<Targets> targets; ///< its policy's, for its severity (R34)
};

struct Said // a customer message or an agent reply
{
    qint64 ticket = 0;
    qint64 at = 0;
    qint64 id = 0;
    bool fromCustomer = false;
};

// The samples of one row of the figure and whether its tickets share one SLA target (a
// policy's times for their severity).
struct Samples
{
    qint64 tickets = 0;
    std::vector<qint64> first;
    std::vector<qint64> next;
    std::optional<Targets> targets;
    bool oneTarget = true;

    void add(const AnsweredTicket &ticket, qint64 firstMs, const std::vector<qint64> &nextMs)
    {
        if (tickets == 0)
            targets = ticket.targets;
        else if (targets != ticket.targets)
            oneTarget = false;
        ++tickets;
        first.push_back(firstMs);
        next.insert(next.end(), nextMs.cbegin(), nextMs.cend());
    }
};

// Nearest rank: the smallest sample with at least `percent` % of the samples at or below
// it, so the median of an even count is the lower middle one and every value was measured.
double percentileHours(const std::vector<qint64> &sorted, int percent)
{
    if (sorted.empty())
        return noValue;
    const auto n = qint64(sorted.size());
    const qint64 rank = std::max<qint64>(1, (qint64(percent) * n + 99) / 100);
    return double(sorted.at(std::size_t(rank - 1))) / hourMs;
}

QList<FigureCell> cellsOf(Samples &samples, const QString &query)
{
    std::sort(samples.first.begin(), samples.first.end());
    std::sort(samples.next.begin(), samples.next.end());
    double firstTarget = noValue;
    double nextTarget = noValue;
    if (samples.oneTarget && samples.targets) {
        firstTarget = samples.targets->firstMinutes / 60.0;
        nextTarget = samples.targets->nextMinutes / 60.0;
    }
    return {{double(samples.tickets), query},         {percentileHours(samples.first, 50), {}},
            {percentileHours(samples.first, 90), {}}, {firstTarget, {}},
            {double(samples.next.size()), {}},        {percentileHours(samples.next, 50), {}},
            {percentileHours(samples.next, 90), {}},  {nextTarget, {}}};
}

} // namespace

Result<Figure> Analytics::responseTimes(const AnalyticsPeriod &period) const
{
    // The policies first: a handful of rows, so the big statement carries only numbers.
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
    // Each ticket's row of the figure, worked out by the engine as a small number: the
    // severity's place (the most severe first; unrated last) plus 8 for a premium customer.
    QString severityCase = u"CASE t.severity"_s;
    QVariantList binds;
    QHash<QString, int> places;
    int place = 0;
    for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it, ++place) {
        severityCase += u" WHEN ? THEN "_s + QString::number(place);
        binds << QString::fromLatin1(it->second);
        places.insert(QString::fromLatin1(it->second), place);
    }
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
    severityCase += u" ELSE "_s + QString::number(place) + u" END"_s;
    binds << period.fromMs() << period.toMs();
    constexpr int premiumFlag = 8; // past every severity's place

    // One statement reads the answered tickets of the period (one range of an index on
    // created_at) with their customer-facing messages (messages_ticket); the times are
    // computed here because business hours follow the team's zone, working week and
    // holidays, which SQL on either engine cannot walk, and a percentile needs every
    // sample anyway. Only numbers come back, and the row order is not asked of the engine:
    // converting and sorting them here is cheaper.
    auto q = BucketSql::run(
        m_database,
        u"SELECT t.id, t.created_at, t.first_responded_at, "_s + severityCase
            + u" + CASE WHEN c.tier = 'premium' THEN "_s + QString::number(premiumFlag)
            + u" ELSE 0 END, t.sla_policy_id, m.created_at, m.id, CASE WHEN m.kind = 'customer' THEN 1 ELSE 0 END "
              "FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
              "LEFT JOIN messages m ON m.ticket_id = t.id AND m.kind IN ('customer', 'agent') "
              "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL "
              "AND t.first_responded_at IS NOT NULL"_s,
        binds);
    if (!q)
        return q.error();
    QSet<qint64> seen;
    std::vector<AnsweredTicket> tickets;
    std::vector<Said> messages;
    qint64 latest = period.toMs();
    qint64 last = -1;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        const qint64 id = row.value(0).toLongLong();
        // The engine hands a ticket's rows together, but nothing promises it: the set decides.
        if (id != last && !seen.contains(id)) {
            AnsweredTicket ticket;
            ticket.id = id;
            ticket.createdAt = row.value(1).toLongLong();
            ticket.firstRespondedAt = row.value(2).toLongLong();
            const int facets = row.value(3).toInt();
            ticket.severityPlace = facets % premiumFlag;
            ticket.premium = facets >= premiumFlag;
            if (const QVariant policy = row.value(4); !policy.isNull()) {
                const qint64 policyId = policy.toLongLong();
                ticket.targets = severityTargets.value({policyId, ticket.severityPlace}, policies.value(policyId));
                // A policy that runs round the clock counts wall-clock time (R34).
                ticket.roundTheClock = ticket.targets->roundTheClock;
            }
            latest = std::max(latest, ticket.firstRespondedAt);
            seen.insert(id);
            tickets.push_back(ticket);
        }
        last = id;
        if (const QVariant at = row.value(5); !at.isNull()) {
            latest = std::max(latest, at.toLongLong());
            messages.push_back({id, at.toLongLong(), row.value(6).toLongLong(), row.value(7).toInt() == 1});
        }
    }
    // Both in ticket order, so one walk pairs each ticket with its messages.
    std::sort(tickets.begin(), tickets.end(),
              [](const AnsweredTicket &a, const AnsweredTicket &b) { return a.id < b.id; });
    std::sort(messages.begin(), messages.end(), [](const Said &a, const Said &b) {
        return std::tie(a.ticket, a.at, a.id) < std::tie(b.ticket, b.at, b.id);
    });

    // Rows: all, the two tiers, then each severity from the most severe, and not rated.
    constexpr std::size_t allRow = 0, premiumRow = 1, standardRow = 2, severityRows = 3;
    const std::size_t notRatedRow = severityRows + std::size_t(place);
    std::vector<Samples> rows(notRatedRow + 1);

    const WorkingTimeline working(m_hours, period.fromMs(), latest);
    auto span = [&working](const AnsweredTicket &ticket, qint64 from, qint64 to) {
        return ticket.roundTheClock ? std::max<qint64>(0, to - from) : working.msBetween(from, to);
    };
    auto message = messages.cbegin();
    std::vector<qint64> next;
    for (const AnsweredTicket &ticket : tickets) {
        // Next responses: from the first customer message still unanswered to the agent
        // reply after it. The reply that answered the opening is the first response, so
        // only replies after an earlier agent message count.
        next.clear();
        bool agentSpoke = false;
        std::optional<qint64> waitingSince;
        while (message != messages.cend() && message->ticket < ticket.id)
            ++message;
        for (; message != messages.cend() && message->ticket == ticket.id; ++message) {
            if (message->fromCustomer) {
                if (!waitingSince)
                    waitingSince = message->at;
                continue;
            }
            if (waitingSince && agentSpoke)
                next.push_back(span(ticket, *waitingSince, message->at));
            waitingSince.reset();
            agentSpoke = true;
        }
        const qint64 first = span(ticket, ticket.createdAt, ticket.firstRespondedAt);
        rows[allRow].add(ticket, first, next);
        rows[ticket.premium ? premiumRow : standardRow].add(ticket, first, next);
        rows[severityRows + std::size_t(ticket.severityPlace)].add(ticket, first, next);
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
    if (tickets.empty())
        return figure;
    // The tickets behind a row: created in the period, answered, of the row's tier or severity.
    const QString answered = period.createdQuery() + u" is:answered"_s;
    figure.addRow(tr("All"), cellsOf(rows[allRow], answered));
    if (rows[premiumRow].tickets > 0)
        figure.addRow(tr("Premium customers"), cellsOf(rows[premiumRow], answered + u" is:premium"_s));
    if (rows[standardRow].tickets > 0)
        figure.addRow(tr("Standard customers"), cellsOf(rows[standardRow], answered + u" -is:premium"_s));
    place = 0;
    for (auto it = severityNames.items.crbegin(); it != severityNames.items.crend(); ++it, ++place) {
        const QString name = QString::fromLatin1(it->second);
        Samples &samples = rows[severityRows + std::size_t(place)];
        if (samples.tickets > 0)
            figure.addRow(TicketTriage::severityText(it->first), cellsOf(samples, answered + u" severity:"_s + name));
    }
    // No search names "not rated": a negated filter leaves out the empty value too.
    if (rows[notRatedRow].tickets > 0)
        figure.addRow(tr("Severity not rated"), cellsOf(rows[notRatedRow], {}));
    return figure;
}

} // namespace Casebook
