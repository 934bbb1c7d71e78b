// SPDX-License-Identifier: GPL-3.0-or-later
#include "focustags.h"

#include "analytics.h"
#include "bucketsql.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace Casebook {

QString FocusTags::changeEntity()
{
    return u"focus_tags"_s;
}

FocusTags::FocusTags(Database &database, const QTimeZone &zone, const Clock &clock)
    : m_database(database)
    , m_zone(zone)
    , m_clock(clock)
{
}

Result<QList<std::pair<TagId, QString>>> FocusTags::candidates(const QString &month) const
{
    const AnalyticsPeriod period = AnalyticsPeriod::month(month, m_zone);
    if (!period.isValid())
        return Error{Error::Kind::Invalid, tr("\"%1\" is not a month such as 2026-11.").arg(month), {}};
    BusinessHours hours;
    hours.zone = m_zone;
    const auto top = Analytics(m_database, hours, m_clock.nowMs()).topTags(period.previous());
    if (!top)
        return top.error();
    auto q = BucketSql::run(m_database, u"SELECT id, name FROM tags"_s, {});
    if (!q)
        return q.error();
    QHash<QString, TagId> ids;
    while (q.value().next())
        ids.insert(q.value().value(1).toString(), TagId(q.value().value(0).toLongLong()));
    QList<std::pair<TagId, QString>> result;
    for (const QString &name : top->categories)
        result.append({ids.value(name), name});
    return result;
}

Status FocusTags::choose(const QString &month, const QList<TagId> &tags, AgentId by)
{
    const QSet<TagId> distinct(tags.cbegin(), tags.cend());
    if (distinct.size() < minimumTags || distinct.size() > maximumTags)
        return Error{Error::Kind::Invalid, tr("Pick two or three tags to work on this month."), {}};
    const auto allowed = candidates(month);
    if (!allowed)
        return allowed.error();
    const AnalyticsPeriod before = AnalyticsPeriod::month(month, m_zone).previous();
    BusinessHours hours;
    hours.zone = m_zone;
    const Analytics analytics(m_database, hours, m_clock.nowMs());
    QList<std::pair<TagId, std::pair<qint64, qint64>>> baselines;
    for (const TagId tag : distinct) {
        const bool listed =
            std::any_of(allowed->cbegin(), allowed->cend(), [tag](const auto &c) { return c.first == tag; });
        if (!listed)
            return Error{Error::Kind::Invalid, tr("A focus tag comes from last month's top 10."), {}};
        const auto counted = analytics.tagCount(before, tag);
        if (!counted)
            return counted.error();
        baselines.append({tag, *counted});
    }

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto removed = tx.exec(u"DELETE FROM focus_tags WHERE month = ?"_s, {month}); !removed)
        return removed.error();
    for (const auto &[tag, counts] : baselines) {
        auto inserted =
            tx.insert(u"INSERT INTO focus_tags (month, tag_id, baseline_count, baseline_total, chosen_by, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {month, tag.value(), counts.first, counts.second, Sql::id(by), now});
        if (!inserted)
            return inserted.error();
    }
    if (auto recorded = tx.record(changeEntity(), 0, Change::Op::Update); !recorded)
        return recorded.error();
    return tx.commit();
}

Result<QList<FocusComparison>> FocusTags::compare(const QString &month) const
{
    const AnalyticsPeriod period = AnalyticsPeriod::month(month, m_zone);
    if (!period.isValid())
        return Error{Error::Kind::Invalid, tr("\"%1\" is not a month such as 2026-11.").arg(month), {}};
    auto q = BucketSql::run(m_database,
                            u"SELECT f.tag_id, g.name, f.baseline_count, f.baseline_total, f.chosen_by, f.created_at "
                            "FROM focus_tags f JOIN tags g ON g.id = f.tag_id WHERE f.month = ? ORDER BY g.name"_s,
                            {month});
    if (!q)
        return q.error();
    QList<FocusComparison> result;
    while (q.value().next()) {
        FocusComparison row;
        row.tag = TagId(q.value().value(0).toLongLong());
        row.name = q.value().value(1).toString();
        row.before = q.value().value(2).toLongLong();
        row.beforeTotal = q.value().value(3).toLongLong();
        row.chosenBy = AgentId(q.value().value(4).toLongLong());
        row.chosenAt = q.value().value(5).toLongLong();
        result.append(row);
    }
    BusinessHours hours;
    hours.zone = m_zone;
    const Analytics analytics(m_database, hours, m_clock.nowMs());
    for (FocusComparison &row : result) {
        const auto counted = analytics.tagCount(period, row.tag);
        if (!counted)
            return counted.error();
        row.after = counted->first;
        row.afterTotal = counted->second;
    }
    return result;
}

} // namespace Casebook
