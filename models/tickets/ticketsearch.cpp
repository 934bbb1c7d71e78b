// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsearch.h"

#include "storage/clock.h"
#include "storage/database.h"
#include "ticketfilter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Casebook {

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

    QStringList conditions{ticketConditionsSql(query, me, m_clock.nowMs(), postgres, binds)};
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
