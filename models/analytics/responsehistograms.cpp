// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsehistograms.h"

#include "bucketsql.h"

#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace Casebook::ResponseHistograms {

namespace {

Error damaged(const QString &detail)
{
    return Error{
        Error::Kind::Corrupt,
        QCoreApplication::translate("Casebook::Analytics", "The stored response times disagree with their counts."),
        detail};
}

// Reads the digits at `at`, leaving `at` after them; -1 when there are none or more than a
// count can be (a damaged row, not a reason to overflow).
qint64 number(QStringView text, qsizetype &at)
{
    constexpr qint64 largest = std::numeric_limits<qint64>::max() / 10 - 1;
    qint64 value = 0;
    const qsizetype start = at;
    while (at < text.size() && text.at(at) >= u'0' && text.at(at) <= u'9') {
        if (value > largest)
            return -1;
        value = value * 10 + (text.at(at++).unicode() - u'0');
    }
    return at == start ? -1 : value;
}

} // namespace

bool parse(QStringView minutes, const Facet &facet, const Add &add)
{
    for (qsizetype at = 0; at < minutes.size();) {
        const qint64 minute = number(minutes, at);
        if (minute < 0 || at >= minutes.size() || minutes.at(at) != u':')
            return false;
        ++at;
        const qint64 count = number(minutes, at);
        if (count < 0)
            return false;
        if (at < minutes.size() && minutes.at(at++) != u',')
            return false;
        add(facet, minute, count);
    }
    return true;
}

Status refresh(Database &database, qint64 fromDay, qint64 toDay)
{
    {
        auto stale = BucketSql::run(database, u"SELECT 1 FROM response_stale_days WHERE day >= ? AND day < ? LIMIT 1"_s,
                                    {fromDay, toDay});
        if (!stale)
            return stale.error();
        if (!stale.value().next())
            return Done{};
    }
    WriteTransaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QString staleDays = u"SELECT s.day FROM response_stale_days s WHERE s.day >= ? AND s.day < ?"_s;
    const QStringList statements{
        u"DELETE FROM response_histograms WHERE day IN ("_s + staleDays + u')',
        u"INSERT INTO response_histograms (day, kind, premium, severity, policy_id, minutes) "
        "SELECT c.day, c.kind, c.premium, c.severity, c.policy_id, "
        "string_agg(c.minute || ':' || c.n, ',' ORDER BY c.minute) FROM response_counts c WHERE c.n <> 0 AND c.day IN ("_s
            + staleDays + u") GROUP BY c.day, c.kind, c.premium, c.severity, c.policy_id"_s,
        u"DELETE FROM response_stale_days WHERE day >= ? AND day < ?"_s};
    for (const QString &sql : statements) {
        auto q = transaction.exec(sql, {fromDay, toDay});
        if (!q)
            return q.error();
        q.value().finish();
    }
    return transaction.commit();
}

Facet facetAt(const QSqlQuery &row)
{
    return Facet{row.value(0).toInt(), row.value(1).toInt() != 0, row.value(2).toString(), row.value(3).toLongLong()};
}

Status read(const Database &database, qint64 fromDay, qint64 toDay, const Add &add)
{
    // Each row of `sql` over the days to `take`; false from it stops with the file called damaged.
    const auto each = [&](const QString &sql, const std::function<bool(const QSqlQuery &)> &take) -> Status {
        auto q = BucketSql::run(database, sql, {fromDay, toDay});
        if (!q)
            return q.error();
        while (q.value().next()) {
            if (!take(q.value()))
                return damaged(u"response_histograms holds minutes that are not \"minute:count,...\""_s);
        }
        return Done{};
    };
    Status fresh = each(u"SELECT h.kind, h.premium, h.severity, h.policy_id, h.minutes FROM response_histograms h "
                        "WHERE h.day >= ? AND h.day < ? AND NOT EXISTS (SELECT 1 FROM response_stale_days s "
                        "WHERE s.day = h.day)"_s,
                        [&add](const QSqlQuery &row) { return parse(row.value(4).toString(), facetAt(row), add); });
    if (!fresh)
        return fresh;
    return each(
        u"SELECT c.kind, c.premium, c.severity, c.policy_id, c.minute, c.n FROM response_counts c "
        "WHERE c.n <> 0 AND c.day IN (SELECT s.day FROM response_stale_days s WHERE s.day >= ? AND s.day < ?)"_s,
        [&add](const QSqlQuery &row) {
            add(facetAt(row), row.value(4).toLongLong(), row.value(5).toLongLong());
            return true;
        });
}

} // namespace Casebook::ResponseHistograms
