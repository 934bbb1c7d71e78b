// SPDX-License-Identifier: GPL-3.0-or-later
// The tag figures (R14, R42): tagged share, untagged by agent, top tags.
#include "analytics.h"
#include "analyticstexts.h"
#include "bucketsql.h"

#include "models/storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

Result<Figure> Analytics::taggedShare(const AnalyticsPeriod &period, int goalPercent) const
{
    const auto steps = period.steps();
    QVariantList binds;
    // tickets_created_facets holds created_at, merged_into_id and tag_count: the index answers.
    const QString sql = BucketSql::with(steps, binds)
        + u"SELECT b.i, count(*), sum(CASE WHEN t.tag_count > 0 THEN 1 ELSE 0 END) FROM b "
          "JOIN tickets t ON t.created_at >= b.lo AND t.created_at < b.hi "
          "WHERE t.merged_into_id IS NULL GROUP BY b.i"_s;
    auto q = BucketSql::run(m_database, sql, binds);
    if (!q)
        return q.error();
    const auto counts = BucketSql::perBucket(q.value(), steps.size(), 2);

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
    auto q = BucketSql::run(m_database,
                            u"SELECT t.assignee_id, a.login, a.display_name, count(*) FROM tickets t "
                            "LEFT JOIN agents a ON a.id = t.assignee_id "
                            "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL "
                            "AND t.tag_count = 0 GROUP BY t.assignee_id, a.login, a.display_name "
                            "ORDER BY 4 DESC, 3"_s,
                            {period.fromMs(), period.toMs()});
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
        const bool unassigned = q.value().value(0).isNull();
        const QString who = unassigned ? tr("Nobody") : q.value().value(2).toString();
        const QString filter = unassigned ? u" is:unassigned"_s : u" assignee:"_s + q.value().value(1).toString();
        figure.addRow(who, {{q.value().value(3).toDouble(), created + filter}});
    }
    return figure;
}

Result<Figure> Analytics::topTags(const AnalyticsPeriod &period) const
{
    // The period's tickets by range, each one's tags by the primary key of ticket_tags.
    const QString count = u"SELECT tt.tag_id, g.name, count(*) FROM tickets t "
                          "JOIN ticket_tags tt ON tt.ticket_id = t.id JOIN tags g ON g.id = tt.tag_id "
                          "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL "_s;
    auto q = BucketSql::run(m_database, count + u"GROUP BY tt.tag_id, g.name ORDER BY 3 DESC, 2 LIMIT 10"_s,
                            {period.fromMs(), period.toMs()});
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
        const AnalyticsPeriod previous = period.previous();
        QVariantList binds{previous.fromMs(), previous.toMs()};
        QStringList marks;
        for (const Row &row : rows) {
            marks.append(u"?"_s);
            binds.append(row.tag);
        }
        auto p = BucketSql::run(
            m_database, count + u"AND tt.tag_id IN ("_s + marks.join(u", "_s) + u") GROUP BY tt.tag_id, g.name"_s,
            binds);
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
    auto q =
        BucketSql::run(m_database,
                       u"SELECT (SELECT count(*) FROM tickets t WHERE t.created_at >= ? AND t.created_at < ? "
                       "AND t.merged_into_id IS NULL), "
                       "(SELECT count(*) FROM tickets t JOIN ticket_tags tt ON tt.ticket_id = t.id "
                       "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL AND tt.tag_id = ?)"_s,
                       {period.fromMs(), period.toMs(), period.fromMs(), period.toMs(), tag.value()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair<qint64, qint64>{q.value().value(1).toLongLong(), q.value().value(0).toLongLong()};
}

} // namespace Casebook
