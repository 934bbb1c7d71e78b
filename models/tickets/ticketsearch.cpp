// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsearch.h"

#include "storage/clock.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// A LIKE pattern that matches `text` literally anywhere.
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

qint64 dayStartMs(const QString &isoDate)
{
    return QDate::fromString(isoDate, Qt::ISODate).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

// One filter as an SQL condition over `t` (tickets); values go to `binds` in order.
QString filterSql(const SearchQuery::Filter &filter, AgentId me, qint64 now, bool postgres, QVariantList &binds)
{
    using Field = SearchQuery::Field;
    switch (filter.field) {
    case Field::Status:
        binds << filter.value;
        return u"t.status = ?"_s;
    case Field::Channel:
        binds << filter.value;
        return u"t.channel = ?"_s;
    case Field::Severity:
        binds << filter.value;
        return u"t.severity = ?"_s;
    case Field::Complexity:
        binds << filter.value;
        return u"t.complexity = ?"_s;
    case Field::Tag:
        binds << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id "
               "WHERE tt.ticket_id = t.id AND lower(g.name) = ?)"_s;
    case Field::Assignee:
        if (filter.value.compare(u"me", Qt::CaseInsensitive) == 0) {
            binds << me.value();
            return u"t.assignee_id = ?"_s;
        }
        binds << filter.value.toLower() << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM agents a WHERE a.id = t.assignee_id "
               "AND (lower(a.login) = ? OR lower(a.display_name) = ?))"_s;
    case Field::Customer:
        binds << containsPattern(filter.value) << containsPattern(filter.value);
        return u"EXISTS (SELECT 1 FROM customers c WHERE c.id = t.customer_id "
               "AND (lower(c.display_name) LIKE ? ESCAPE '\\' OR lower(coalesce(c.company, '')) LIKE ? ESCAPE '\\'))"_s;
    case Field::From:
        binds << filter.value.toLower();
        return u"EXISTS (SELECT 1 FROM customer_emails e WHERE e.customer_id = t.customer_id AND lower(e.email) = ?)"_s;
    case Field::Before:
        binds << dayStartMs(filter.value);
        return u"t.created_at < ?"_s;
    case Field::After:
        binds << dayStartMs(filter.value);
        return u"t.created_at >= ?"_s;
    case Field::Is:
        if (filter.value == u"unassigned")
            return u"t.assignee_id IS NULL"_s;
        if (filter.value == u"assigned")
            return u"t.assignee_id IS NOT NULL"_s;
        if (filter.value == u"untagged")
            return u"NOT EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticket_id = t.id)"_s;
        if (filter.value == u"private")
            return postgres ? u"t.is_private"_s : u"t.is_private <> 0"_s;
        binds << now;
        return u"(t.first_responded_at IS NULL AND t.first_response_due_at < ?)"_s; // breaching
    }
    return u"1 = 1"_s;
}

} // namespace

TicketSearch::TicketSearch(Database &database)
    : TicketSearch(database, Clock::system())
{
}

TicketSearch::TicketSearch(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<TicketSearch::Hit>> TicketSearch::search(const SearchQuery &query, AgentId me, int limit) const
{
    const bool postgres = m_database.isPostgres();
    QVariantList binds;
    QString hits;
    if (query.hasPositiveTerms()) {
        // Subjects weigh twice as much as bodies; each source contributes its best rank.
        if (postgres) {
            const QString q = query.toTsQuery();
            hits = u"SELECT id AS ticket_id, 2 * ts_rank(search, to_tsquery('simple', ?)) AS score FROM tickets "
                   "WHERE search @@ to_tsquery('simple', ?) "
                   "UNION ALL SELECT ticket_id, ts_rank(search, to_tsquery('simple', ?)) FROM messages "
                   "WHERE search @@ to_tsquery('simple', ?) "
                   "UNION ALL SELECT t.id, ts_rank(c.search, to_tsquery('simple', ?)) FROM customers c "
                   "JOIN tickets t ON t.customer_id = c.id WHERE c.search @@ to_tsquery('simple', ?)"_s;
            binds << q << q << q << q << q << q;
        } else {
            const QString q = query.toFts5();
            hits = u"SELECT rowid AS ticket_id, -2 * bm25(tickets_fts) AS score FROM tickets_fts WHERE tickets_fts MATCH ? "
                   "UNION ALL SELECT m.ticket_id, -bm25(messages_fts) FROM messages_fts "
                   "JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? "
                   "UNION ALL SELECT t.id, -bm25(customers_fts) FROM customers_fts "
                   "JOIN tickets t ON t.customer_id = customers_fts.rowid WHERE customers_fts MATCH ?"_s;
            binds << q << q << q;
        }
    }

    QStringList conditions;
    const qint64 now = m_clock.nowMs();
    for (const auto &filter : query.filters) {
        const QString condition = filterSql(filter, me, now, postgres, binds);
        conditions.append(filter.negated ? u"NOT ("_s + condition + u')' : condition);
    }
    const QStringList negated = postgres ? query.negatedTsQueries() : query.negatedFts5();
    for (const QString &term : negated) {
        conditions.append(postgres ? u"t.id NOT IN (SELECT ticket_id FROM messages WHERE search @@ to_tsquery('simple', ?)) "
                                     "AND NOT t.search @@ to_tsquery('simple', ?)"_s
                                   : u"t.id NOT IN (SELECT m.ticket_id FROM messages_fts JOIN messages m "
                                     "ON m.id = messages_fts.rowid WHERE messages_fts MATCH ?) "
                                     "AND t.id NOT IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)"_s);
        binds << term << term;
    }

    QString sql;
    if (hits.isEmpty()) {
        sql = u"SELECT t.id, 0 FROM tickets t"_s;
    } else {
        sql = u"SELECT t.id, h.score FROM (SELECT ticket_id, max(score) AS score FROM ("_s + hits
            + u") AS hits GROUP BY ticket_id) AS h JOIN tickets t ON t.id = h.ticket_id"_s;
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += hits.isEmpty() ? u" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s
                          : u" ORDER BY h.score DESC, t.updated_at DESC, t.id DESC LIMIT ?"_s;
    binds << limit;

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Hit> result;
    while (q.next())
        result.append({TicketId(q.value(0).toLongLong()), q.value(1).toDouble()});
    return result;
}

} // namespace Casebook
