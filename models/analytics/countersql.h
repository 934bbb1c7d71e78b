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

/**
 * Walks `period` as whole UTC days (`days(fromDay, toDay)`) and the instants of its edges
 * (`rows(fromMs, toMs, sign)`); an edge longer than half a UTC day is its whole day less the
 * rest of the day (sign -1), so no edge reads more than twelve hours of rows.
 */
Status eachPart(const AnalyticsPeriod &period, const std::function<Status(qint64 fromDay, qint64 toDay)> &days,
                const std::function<Status(qint64 fromMs, qint64 toMs, qint64 sign)> &rows);

/**
 * As eachOverDays(), but an edge longer than half a UTC day is read as its whole day (from
 * `daySql`) less the rest of the day (from `edgeSql`, handed to `row` with sign -1): the
 * counters and the rows must count alike. Where the team's midnight is a few hours off UTC's,
 * a busy last day's 21 hours were 31,000 tickets to read; its other 3 hours are a seventh.
 */
Status eachOverDaysSigned(const Database &database, const AnalyticsPeriod &period, const QString &daySql,
                          const QString &edgeSql, const std::function<void(const QSqlQuery &, qint64 sign)> &row);

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
