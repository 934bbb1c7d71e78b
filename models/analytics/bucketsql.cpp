// SPDX-License-Identifier: GPL-3.0-or-later
#include "bucketsql.h"

#include "models/storage/database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Casebook::BucketSql {

QString with(const QList<AnalyticsPeriod::Bucket> &buckets, QVariantList &binds)
{
    QStringList rows;
    rows.reserve(buckets.size());
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        rows.append(u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"_s);
        binds << qint64(i) << buckets.at(i).fromMs << buckets.at(i).toMs;
    }
    return u"WITH b(i, lo, hi) AS (VALUES "_s + rows.join(u", "_s) + u") "_s;
}

Result<QSqlQuery> run(const Database &database, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return database.errorFrom(q.lastError());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return database.errorFrom(q.lastError());
    return q;
}

QList<QList<qint64>> perBucket(QSqlQuery &query, qsizetype buckets, int columns)
{
    QList<QList<qint64>> result(buckets, QList<qint64>(columns, 0));
    while (query.next()) {
        const qint64 i = query.value(0).toLongLong();
        if (i < 0 || i >= buckets)
            continue;
        for (int c = 0; c < columns; ++c)
            result[i][c] = query.value(c + 1).toLongLong();
    }
    return result;
}

} // namespace Casebook::BucketSql
