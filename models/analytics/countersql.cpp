// SPDX-License-Identifier: GPL-3.0-or-later
#include "countersql.h"

#include "bucketsql.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Casebook::CounterSql {

namespace {

// Instants are never negative here, so plain division floors.
qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

Split split(const QList<AnalyticsPeriod::Bucket> &buckets, qint64 unitMs)
{
    Split result;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const qint64 from = std::max<qint64>(0, buckets.at(i).fromMs);
        const qint64 to = buckets.at(i).toMs;
        if (to <= from)
            continue;
        const qint64 first = ceilDiv(from, unitMs);
        const qint64 end = to / unitMs;
        if (first >= end) {
            result.edges.append({i, from, to});
            continue;
        }
        result.units.append({i, first, end});
        if (from < first * unitMs)
            result.edges.append({i, from, first * unitMs});
        if (end * unitMs < to)
            result.edges.append({i, end * unitMs, to});
    }
    return result;
}

QStringList overDays(const AnalyticsPeriod &period, const QString &daySql, const QString &edgeSql, QVariantList &binds)
{
    const Split parts = split({AnalyticsPeriod::Bucket{{}, {}, period.fromMs(), period.toMs()}}, dayMs);
    QStringList statements;
    for (const Range &days : parts.units) {
        statements.append(daySql);
        binds << days.lo << days.hi;
    }
    for (const Range &edge : parts.edges) {
        statements.append(edgeSql);
        binds << edge.lo << edge.hi;
    }
    if (statements.isEmpty()) {
        statements.append(daySql);
        binds << 0 << 0;
    }
    return statements;
}

Status eachOverDays(const Database &database, const AnalyticsPeriod &period, const QString &daySql,
                    const QString &edgeSql, const std::function<void(const QSqlQuery &)> &row)
{
    QVariantList binds;
    const QStringList statements = overDays(period, daySql, edgeSql, binds);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        auto q = BucketSql::run(database, statements.at(i), binds.mid(2 * i, 2));
        if (!q)
            return q.error();
        while (q.value().next())
            row(q.value());
    }
    return Done{};
}

Status eachPart(const AnalyticsPeriod &period, const std::function<Status(qint64 fromDay, qint64 toDay)> &days,
                const std::function<Status(qint64 fromMs, qint64 toMs, qint64 sign)> &rows)
{
    const Split parts = split({AnalyticsPeriod::Bucket{{}, {}, period.fromMs(), period.toMs()}}, dayMs);
    for (const Range &whole : parts.units) {
        if (const Status read = days(whole.lo, whole.hi); !read)
            return read;
    }
    for (const Range &edge : parts.edges) {
        for (qint64 lo = edge.lo; lo < edge.hi;) {
            const qint64 day = lo / dayMs;
            const qint64 hi = std::min(edge.hi, (day + 1) * dayMs);
            Status read = Done{};
            if (hi - lo > dayMs / 2) {
                read = days(day, day + 1);
                if (read && day * dayMs < lo)
                    read = rows(day * dayMs, lo, -1);
                if (read && hi < (day + 1) * dayMs)
                    read = rows(hi, (day + 1) * dayMs, -1);
            } else {
                read = rows(lo, hi, 1);
            }
            if (!read)
                return read;
            lo = hi;
        }
    }
    return Done{};
}

Status eachOverDaysSigned(const Database &database, const AnalyticsPeriod &period, const QString &daySql,
                          const QString &edgeSql, const std::function<void(const QSqlQuery &, qint64 sign)> &row)
{
    const auto each = [&](const QString &sql, qint64 lo, qint64 hi, qint64 sign) -> Status {
        auto q = BucketSql::run(database, sql, {lo, hi});
        if (!q)
            return q.error();
        while (q.value().next())
            row(q.value(), sign);
        return Done{};
    };
    return eachPart(
        period, [&](qint64 fromDay, qint64 toDay) { return each(daySql, fromDay, toDay, 1); },
        [&](qint64 fromMs, qint64 toMs, qint64 sign) { return each(edgeSql, fromMs, toMs, sign); });
}

QString with(const QList<Range> &ranges, QVariantList &binds)
{
    QStringList rows;
    rows.reserve(ranges.size());
    for (const Range &range : ranges) {
        rows.append(u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"_s);
        binds << range.bucket << range.lo << range.hi;
    }
    // A statement needs a row to join even when nothing is to be counted: an empty range.
    if (rows.isEmpty()) {
        rows.append(u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"_s);
        binds << qint64(-1) << qint64(0) << qint64(0);
    }
    return u"WITH b(i, lo, hi) AS (VALUES "_s + rows.join(u", "_s) + u") "_s;
}

Result<QList<QList<qint64>>> sumPerBucket(const Database &database, const QList<AnalyticsPeriod::Bucket> &buckets,
                                          qint64 unitMs, const QString &unitSql, const QString &edgeSql, int columns,
                                          const QVariantList &binds)
{
    const Split parts = split(buckets, unitMs);
    QList<QList<qint64>> sums(buckets.size(), QList<qint64>(columns, 0));
    auto add = [&](const QList<Range> &ranges, const QString &sql) -> Status {
        QVariantList all;
        const QString statement = with(ranges, all) + sql;
        auto q = BucketSql::run(database, statement, all + binds);
        if (!q)
            return q.error();
        const auto counted = BucketSql::perBucket(q.value(), buckets.size(), columns);
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            for (int c = 0; c < columns; ++c)
                sums[i][c] += counted.at(i).at(c);
        }
        return Done{};
    };
    if (!parts.units.isEmpty()) {
        if (const Status done = add(parts.units, unitSql); !done)
            return done.error();
    }
    if (!parts.edges.isEmpty()) {
        if (const Status done = add(parts.edges, edgeSql); !done)
            return done.error();
    }
    return sums;
}

Result<QList<QList<qint64>>> createdPerBucket(const Database &database, const QList<AnalyticsPeriod::Bucket> &buckets)
{
    return sumPerBucket(
        database, buckets, hourMs,
        u"SELECT b.i, sum(c.n) FROM b JOIN ticket_counts c ON c.hour >= b.lo AND c.hour < b.hi GROUP BY b.i"_s,
        u"SELECT b.i, count(*) FROM b JOIN tickets t ON t.created_at >= b.lo AND t.created_at < b.hi "
        "WHERE t.merged_into_id IS NULL GROUP BY b.i"_s,
        1);
}

} // namespace Casebook::CounterSql
