// SPDX-License-Identifier: GPL-3.0-or-later
// The volume figures: per day, by channel and complexity, by who acts next.
#include "analytics.h"
#include "analyticstexts.h"
#include "bucketsql.h"
#include "countersql.h"

#include "models/storage/database.h"
#include "models/tickets/ticket.h"
#include "models/tickets/ticket/ticketoverview.h"
#include "models/tickets/triage/tickettriage.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Finished: solved, or closed without a solve; merged tickets are counted out. The status
// is tested inside an expression on purpose: as a plain IN it draws the planner to the
// status index, which reads every finished ticket per day instead of one range of
// tickets_finished (migration 023), where the status is a column.
const QString finishedWhere =
    u"(CASE WHEN t.status IN ('solved', 'closed') THEN 1 ELSE 0 END) = 1 AND t.merged_into_id IS NULL"_s;
const QString openWhere = u"t.status NOT IN ('solved', 'closed') AND t.merged_into_id IS NULL"_s;

} // namespace

Result<Figure> Analytics::volumePerDay(const AnalyticsPeriod &period) const
{
    const auto days = period.days();
    // The counters of migration 032 per hour; the tickets only at a zone's odd edges.
    const auto createdPerDay = CounterSql::createdPerBucket(m_database, days);
    if (!createdPerDay)
        return createdPerDay.error();
    const auto finishedPerDay = CounterSql::sumPerBucket(
        m_database, days, CounterSql::hourMs,
        u"SELECT b.i, sum(f.n) FROM b JOIN ticket_finish_counts f ON f.hour >= b.lo AND f.hour < b.hi "
        "AND f.dated = 1 GROUP BY b.i"_s,
        u"SELECT b.i, count(*) FROM b JOIN tickets t ON coalesce(t.solved_at, t.closed_at) >= b.lo "
        "AND coalesce(t.solved_at, t.closed_at) < b.hi WHERE "_s
            + finishedWhere + u" GROUP BY b.i"_s,
        1);
    if (!finishedPerDay)
        return finishedPerDay.error();

    // Open when the period starts: created before it less finished before it (a ticket
    // finished without a time is counted out from its creation on: it is not open either).
    const auto openBefore = CounterSql::sumPerBucket(
        m_database, {CounterSql::before(period.fromMs())}, CounterSql::hourMs,
        u"SELECT b.i, coalesce((SELECT sum(c.n) FROM ticket_counts c WHERE c.hour >= b.lo AND c.hour < b.hi), 0) "
        "- coalesce((SELECT sum(f.n) FROM ticket_finish_counts f WHERE f.hour >= b.lo AND f.hour < b.hi), 0) FROM b"_s,
        u"SELECT b.i, (SELECT count(*) FROM tickets t WHERE t.created_at >= b.lo AND t.created_at < b.hi "
        "AND t.merged_into_id IS NULL) - (SELECT count(*) FROM tickets t WHERE "_s
            + finishedWhere
            + u" AND ((coalesce(t.solved_at, t.closed_at) >= b.lo AND coalesce(t.solved_at, t.closed_at) < b.hi) "
              "OR (coalesce(t.solved_at, t.closed_at) IS NULL AND t.created_at >= b.lo AND t.created_at < b.hi))) FROM b"_s,
        1);
    if (!openBefore)
        return openBefore.error();
    qint64 openCount = openBefore->at(0).at(0);

    Figure figure;
    figure.key = u"volume-per-day"_s;
    figure.title = tr("Created, solved and open per day");
    figure.categoryTitle = tr("Day");
    figure.columns = {tr("Created"), tr("Solved"), tr("Open at the day's end")};
    figure.charted = {0, 1, 2};
    figure.chart = Figure::Chart::Lines;
    bool any = openCount > 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const qint64 came = createdPerDay->at(i).at(0);
        const qint64 went = finishedPerDay->at(i).at(0);
        openCount += came - went;
        any = any || came > 0 || went > 0;
        figure.addRow(AnalyticsTexts::dayLabel(days.at(i).first),
                      {{double(came), AnalyticsPeriod::createdQuery(days.at(i).fromMs, days.at(i).toMs, period.zone)},
                       {double(went), {}},
                       {double(openCount), {}}});
    }
    if (!any)
        figure.clearRows();
    return figure;
}

Result<Figure> Analytics::channelsAndComplexity(const AnalyticsPeriod &period) const
{
    // The days channel_counts (migration 032) covers, plus the tickets of the edges where
    // the team's midnight is not UTC's.
    QHash<QString, QHash<QString, qint64>> perChannel; // channel -> complexity ("" unrated) -> tickets
    const Status counted = CounterSql::eachOverDays(
        m_database, period,
        u"SELECT c.channel, c.complexity, sum(c.n) FROM channel_counts c WHERE c.day >= ? AND c.day < ? "
        "GROUP BY c.channel, c.complexity"_s,
        u"SELECT t.channel, coalesce(t.complexity, ''), count(*) FROM tickets t "
        "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL "
        "GROUP BY t.channel, t.complexity"_s,
        [&perChannel](const QSqlQuery &q) {
            perChannel[q.value(0).toString()][q.value(1).toString()] += q.value(2).toLongLong();
        });
    if (!counted)
        return counted.error();

    Figure figure;
    figure.key = u"channels"_s;
    figure.title = tr("Tickets by channel and complexity");
    figure.categoryTitle = tr("Channel");
    figure.chart = Figure::Chart::StackedBars;
    QStringList complexities;
    for (const auto &entry : complexityNames.items) {
        complexities.append(QString::fromLatin1(entry.second));
        figure.columns.append(TicketTriage::complexityText(entry.first));
    }
    figure.columns.append(tr("Not rated"));
    figure.columns.append(tr("All"));
    for (int c = 0; c < figure.columns.size() - 1; ++c)
        figure.charted.append(c);
    const QString created = period.createdQuery();
    for (const auto &entry : channelNames.items) {
        const QString channel = QString::fromLatin1(entry.second);
        const auto found = perChannel.constFind(channel);
        if (found == perChannel.cend())
            continue;
        const QString base = created + u" channel:"_s + channel;
        QList<FigureCell> row;
        qint64 all = 0;
        for (const QString &complexity : complexities) {
            const qint64 n = found->value(complexity);
            all += n;
            row.append(FigureCell{double(n), base + u" complexity:"_s + complexity});
        }
        const qint64 none = found->value(QString());
        all += none;
        // No search names "not rated": a negated filter leaves out the empty value too.
        row.append(FigureCell{double(none), {}});
        row.append(FigureCell{double(all), base});
        figure.addRow(TicketTriage::channelText(entry.first), row);
    }
    return figure;
}

Result<Figure> Analytics::byNextActor(const AnalyticsPeriod &period) const
{
    // The counters of migration 032 by the hour created and the status now; the tickets
    // only at a zone's odd edge.
    const auto parts = CounterSql::split({CounterSql::before(period.toMs())}, CounterSql::hourMs);
    std::array<qint64, ticketStatusNames.items.size()> perStatus{};
    auto add = [&](const QString &sql, const QList<CounterSql::Range> &ranges) -> Status {
        for (const CounterSql::Range &range : ranges) {
            auto q = BucketSql::run(m_database, sql, {range.lo, range.hi});
            if (!q)
                return q.error();
            while (q.value().next()) {
                if (const auto status = ticketStatusNames.parse(q.value().value(0).toString()))
                    perStatus.at(std::size_t(*status)) += q.value().value(1).toLongLong();
            }
        }
        return Done{};
    };
    if (const Status counted = add(u"SELECT c.status, sum(c.n) FROM ticket_counts c WHERE c.hour >= ? AND c.hour < ? "
                                   "AND c.status NOT IN ('solved', 'closed') GROUP BY c.status"_s,
                                   parts.units);
        !counted)
        return counted.error();
    if (const Status counted = add(u"SELECT t.status, count(*) FROM tickets t WHERE "_s + openWhere
                                       + u" AND t.created_at >= ? AND t.created_at < ? GROUP BY t.status"_s,
                                   parts.edges);
        !counted)
        return counted.error();

    Figure figure;
    figure.key = u"next-actor"_s;
    figure.title = tr("Open tickets by who acts next");
    figure.categoryTitle = tr("Acts next");
    figure.columns = {tr("Tickets")};
    figure.charted = {0};
    // The statuses a ticket is open in; the ticket header maps them with the same nextActor().
    const std::array open{TicketStatus::New, TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
    const std::array<std::pair<NextActor, QString>, 3> actors{{{NextActor::Team, tr("The team")},
                                                               {NextActor::Customer, tr("The customer")},
                                                               {NextActor::ThirdParty, tr("Waiting (on hold)")}}};
    // The search has no OR: an actor's tickets are the open ones less the other actors' statuses.
    QString base = AnalyticsPeriod::createdBeforeQuery(period.toMs(), period.zone);
    for (const TicketStatus status : {TicketStatus::Solved, TicketStatus::Closed})
        base += u" -status:"_s + ticketStatusNames.name(status);
    bool any = false;
    for (const auto &[actor, label] : actors) {
        qint64 count = 0;
        QString query = base;
        for (const TicketStatus status : open) {
            if (nextActor(status) == actor)
                count += perStatus.at(std::size_t(status));
            else
                query += u" -status:"_s + ticketStatusNames.name(status);
        }
        any = any || count > 0;
        figure.addRow(label, {{double(count), query}});
    }
    if (!any)
        figure.clearRows();
    return figure;
}

} // namespace Casebook
