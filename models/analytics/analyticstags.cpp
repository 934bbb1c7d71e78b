// SPDX-License-Identifier: GPL-3.0-or-later
// The tag figures (R14, R42): tagged share, untagged by agent, top tags.
#include "analytics.h"
#include "analyticstexts.h"
#include "bucketsql.h"
#include "countersql.h"

#include "models/storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

Result<Figure> Analytics::taggedShare(const AnalyticsPeriod &period, int goalPercent) const
{
    const auto steps = period.steps();
    // The counters of migration 032 per hour; the tickets only at a zone's odd edges.
    const auto summed =
        CounterSql::sumPerBucket(m_database, steps, CounterSql::hourMs,
                                 u"SELECT b.i, sum(c.n), sum(CASE WHEN c.tagged = 1 THEN c.n ELSE 0 END) FROM b "
                                 "JOIN ticket_counts c ON c.hour >= b.lo AND c.hour < b.hi GROUP BY b.i"_s,
                                 u"SELECT b.i, count(*), sum(CASE WHEN t.tag_count > 0 THEN 1 ELSE 0 END) FROM b "
                                 "JOIN tickets t ON t.created_at >= b.lo AND t.created_at < b.hi "
                                 "WHERE t.merged_into_id IS NULL GROUP BY b.i"_s,
                                 2);
    if (!summed)
        return summed.error();
    const auto &counts = summed.value();

    Figure figure;
    figure.key = u"tagged-share"_s;
    figure.title = tr("Tickets tagged (goal %1 %)").arg(goalPercent);
    figure.categoryTitle = period.dayCount() <= 62 ? tr("Week") : tr("Month");
    figure.columns = {tr("Tagged %"), tr("Tickets"), tr("Tagged"), tr("Untagged")};
    figure.charted = {0};
    figure.percent = true;
    figure.goal = goalPercent;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto &step = steps.at(i);
        const qint64 total = counts.at(i).at(0);
        const qint64 tagged = counts.at(i).at(1);
        const QString created = AnalyticsPeriod::createdQuery(step.fromMs, step.toMs, period.zone);
        // A step without tickets has no share: 0 of 0 is not "fully tagged" on a chart.
        figure.addRow(AnalyticsTexts::stepLabel(step, period.dayCount() <= 62),
                      {{total > 0 ? 100.0 * double(tagged) / double(total) : 0.0, created + u" is:untagged"_s},
                       {double(total), created},
                       {double(tagged), created + u" -is:untagged"_s},
                       {double(total - tagged), created + u" is:untagged"_s}});
    }
    // A period without tickets says "no data" rather than draw a row of zero shares.
    if (std::all_of(counts.cbegin(), counts.cend(), [](const QList<qint64> &row) { return row.at(0) == 0; }))
        figure.clearRows();
    return figure;
}

Result<Figure> Analytics::untaggedByAgent(const AnalyticsPeriod &period) const
{
    // The days untagged_counts (migration 032) covers, plus the tickets of the edges where
    // the team's midnight is not UTC's; nobody is agent 0 in both.
    QVariantList binds;
    const QStringList counts = CounterSql::overDays(
        period, u"SELECT c.assignee_id AS agent, c.n FROM untagged_counts c WHERE c.day >= ? AND c.day < ?"_s,
        u"SELECT coalesce(t.assignee_id, 0), 1 FROM tickets t WHERE t.created_at >= ? "
        "AND t.created_at < ? AND t.merged_into_id IS NULL AND t.tag_count = 0"_s,
        binds);
    auto q =
        BucketSql::run(m_database,
                       u"SELECT x.agent, a.login, a.display_name, sum(x.n) FROM ("_s + counts.join(u" UNION ALL "_s)
                           + u") x LEFT JOIN agents a ON a.id = x.agent GROUP BY x.agent, a.login, a.display_name "
                             "HAVING sum(x.n) > 0 ORDER BY 4 DESC, 3"_s,
                       binds);
    if (!q)
        return q.error();
    Figure figure;
    figure.key = u"untagged-by-agent"_s;
    figure.title = tr("Untagged tickets by agent");
    figure.categoryTitle = tr("Agent");
    figure.columns = {tr("Untagged")};
    figure.charted = {0};
    const QString created = period.createdQuery() + u" is:untagged"_s;
    while (q.value().next()) {
        const bool unassigned = q.value().value(0).toLongLong() == 0;
        const QString who = unassigned ? tr("Nobody") : q.value().value(2).toString();
        const QString filter = unassigned ? u" is:unassigned"_s : u" assignee:"_s + q.value().value(1).toString();
        figure.addRow(who, {{q.value().value(3).toDouble(), created + filter}});
    }
    return figure;
}

namespace {

// A period's tag uses: the days tag_counts (migration 032) covers, plus the tickets of the
// edges where the team's midnight is not UTC's; summed, ordered and cut in SQL, so ties
// fall in the engine's order of names as before.
QString tagUses(const AnalyticsPeriod &period, QVariantList &binds)
{
    const QStringList uses =
        CounterSql::overDays(period, u"SELECT c.tag_id, c.n FROM tag_counts c WHERE c.day >= ? AND c.day < ?"_s,
                             u"SELECT tt.tag_id, 1 FROM tickets t JOIN ticket_tags tt ON tt.ticket_id = t.id "
                             "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL"_s,
                             binds);
    return u"SELECT x.tag_id, g.name, sum(x.n) FROM ("_s + uses.join(u" UNION ALL "_s)
        + u") x JOIN tags g ON g.id = x.tag_id "_s;
}

} // namespace

Result<Figure> Analytics::topTags(const AnalyticsPeriod &period) const
{
    QVariantList binds;
    const QString count = tagUses(period, binds);
    auto q = BucketSql::run(
        m_database, count + u"GROUP BY x.tag_id, g.name HAVING sum(x.n) > 0 ORDER BY 3 DESC, 2 LIMIT 10"_s, binds);
    if (!q)
        return q.error();
    struct Row
    {
        qint64 tag;
        QString name;
        qint64 count;
    };
    QList<Row> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toLongLong()});

    QHash<qint64, qint64> before;
    if (!rows.isEmpty()) {
        QVariantList previousBinds;
        const QString previous = tagUses(period.previous(), previousBinds);
        QStringList marks;
        for (const Row &row : rows) {
            marks.append(u"?"_s);
            previousBinds.append(row.tag);
        }
        auto p = BucketSql::run(
            m_database, previous + u"WHERE x.tag_id IN ("_s + marks.join(u", "_s) + u") GROUP BY x.tag_id, g.name"_s,
            previousBinds);
        if (!p)
            return p.error();
        while (p.value().next())
            before.insert(p.value().value(0).toLongLong(), p.value().value(2).toLongLong());
    }

    Figure figure;
    figure.key = u"top-tags"_s;
    figure.title = tr("Top 10 tags against the period before");
    figure.categoryTitle = tr("Tag");
    figure.columns = {tr("This period"), tr("Period before"), tr("Change")};
    figure.charted = {0, 1};
    const QString created = period.createdQuery();
    const QString createdBefore = period.previous().createdQuery();
    for (const Row &row : rows) {
        const qint64 was = before.value(row.tag);
        const QString tag = u" tag:"_s + row.name;
        figure.addRow(
            row.name,
            {{double(row.count), created + tag}, {double(was), createdBefore + tag}, {double(row.count - was), {}}});
    }
    return figure;
}

Result<std::pair<qint64, qint64>> Analytics::tagCount(const AnalyticsPeriod &period, TagId tag) const
{
    // From the counters of migration 032, as the top tags are counted.
    const QList<AnalyticsPeriod::Bucket> whole{{{}, {}, period.fromMs(), period.toMs()}};
    const auto total = CounterSql::createdPerBucket(m_database, whole);
    if (!total)
        return total.error();
    const auto tagged = CounterSql::sumPerBucket(
        m_database, whole, CounterSql::dayMs,
        u"SELECT b.i, sum(c.n) FROM b JOIN tag_counts c ON c.day >= b.lo AND c.day < b.hi AND c.tag_id = ? "
        "GROUP BY b.i"_s,
        u"SELECT b.i, count(*) FROM b JOIN tickets t ON t.created_at >= b.lo AND t.created_at < b.hi "
        "JOIN ticket_tags tt ON tt.ticket_id = t.id AND tt.tag_id = ? WHERE t.merged_into_id IS NULL GROUP BY b.i"_s,
        1, {tag.value()});
    if (!tagged)
        return tagged.error();
    return std::pair<qint64, qint64>{tagged->at(0).at(0), total->at(0).at(0)};
}

} // namespace Casebook
