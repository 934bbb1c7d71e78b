// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsperiod.h"
#include "models/storage/result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Casebook {

class Database;

/**
 * Counting from the counters of migration 032: tickets per UTC hour (ticket_counts,
 * ticket_finish_counts) and per UTC day (channel_counts, tag_counts), kept by triggers in
 * the transaction of every write. A bucket of the team's zone is the whole counter units
 * inside it plus, where the zone is not a whole number of hours (or days) off UTC, its two
 * edges counted from the tickets themselves: an index range shorter than one unit.
 */
namespace CounterSql {

inline constexpr qint64 hourMs = 3'600'000;
inline constexpr qint64 dayMs = 86'400'000;

/// Part of a bucket: `lo` and `hi` in counter units or in instants, as the statement reads them.
struct Range
{
    qint64 bucket = 0;
    qint64 lo = 0;
    qint64 hi = 0; ///< exclusive
};

struct Split
{
    QList<Range> units; ///< whole units of each bucket (unit numbers)
    QList<Range> edges; ///< what the units leave of each bucket (instants)
};

/// Splits each bucket into whole units of `unitMs` and the edges around them.
[[nodiscard]] Split split(const QList<AnalyticsPeriod::Bucket> &buckets, qint64 unitMs);

/**
 * The statements that read `period` by days: `daySql` for the whole days the day counters
 * hold and `edgeSql` for each edge, both taking the range's start and end as their two binds
 * (appended to `binds` in order). Never empty: with no range at all, `daySql` over no day.
 */
[[nodiscard]] QStringList overDays(const AnalyticsPeriod &period, const QString &daySql, const QString &edgeSql,
                                   QVariantList &binds);

/// Runs the statements of overDays() in turn, handing every row they return to `row`.
Status eachOverDays(const Database &database, const AnalyticsPeriod &period, const QString &daySql,
                    const QString &edgeSql, const std::function<void(const QSqlQuery &)> &row);

/// A WITH clause naming `b(i, lo, hi)` for `ranges` (see BucketSql::with); never empty.
[[nodiscard]] QString with(const QList<Range> &ranges, QVariantList &binds);

/**
 * Per bucket, `columns` numbers: `unitSql` over the whole units plus `edgeSql` over the
 * edges, each a statement after a `b(i, lo, hi)` WITH clause that returns (i, n1, n2, ...).
 * The edge statement runs only when there are edges. `binds` follow the clause's own in both.
 */
Result<QList<QList<qint64>>> sumPerBucket(const Database &database, const QList<AnalyticsPeriod::Bucket> &buckets,
                                          qint64 unitMs, const QString &unitSql, const QString &edgeSql, int columns,
                                          const QVariantList &binds = {});

/// Per bucket, the tickets created in it (merged ones counted out).
Result<QList<QList<qint64>>> createdPerBucket(const Database &database, const QList<AnalyticsPeriod::Bucket> &buckets);

/// The bucket of every instant before `toMs`, for counts "so far" (tickets have no time before 0).
[[nodiscard]] inline AnalyticsPeriod::Bucket before(qint64 toMs)
{
    AnalyticsPeriod::Bucket bucket;
    bucket.fromMs = 0;
    bucket.toMs = toMs;
    return bucket;
}

} // namespace CounterSql

} // namespace Casebook
