// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsperiod.h"
#include "models/storage/result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Casebook {

class Database;

/// The SQL pieces the analytics queries share.
namespace BucketSql {

/**
 * A WITH clause naming the buckets `b(i, lo, hi)`: joined on a range of an index, one
 * statement counts every day (or week) of a period with the zone's own midnights, so a
 * DST change needs no arithmetic in SQL. The bounds are cast so that PostgreSQL types
 * the VALUES list as numbers.
 */
[[nodiscard]] QString with(const QList<AnalyticsPeriod::Bucket> &buckets, QVariantList &binds);

/// Prepares and runs `sql` with `binds` on the calling thread's connection.
Result<QSqlQuery> run(const Database &database, const QString &sql, const QVariantList &binds);

/// Rows of (i, n1, n2, ...) as `columns` numbers per bucket index; missing buckets are 0.
[[nodiscard]] QList<QList<qint64>> perBucket(QSqlQuery &query, qsizetype buckets, int columns);

} // namespace BucketSql

} // namespace Casebook
