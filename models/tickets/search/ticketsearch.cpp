// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsearch.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "ticketfilter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

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

qint64 TicketSearch::estimateHits(const SearchQuery &query) const
{
    if (m_database.isPostgres())
        return -1; // PostgreSQL always ranks
    // Counted only up to the threshold: reading a common word's whole doclist (what the
    // fts5vocab table does for its `doc` column) took longer than the search itself.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM messages_fts WHERE messages_fts MATCH ? LIMIT ?)"_s))
        return -1;
    qint64 estimate = -1;
    for (const auto &term : query.terms) {
        if (term.negated)
            continue;
        // A phrase is at most as common as its rarest word.
        const QStringList words = term.text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString quoted = words.at(i);
            quoted.replace(u'"', u"\"\""_s);
            const bool prefix = term.prefix && i == words.size() - 1;
            q.addBindValue(QString(u'"' + quoted + u'"' + (prefix ? u"*"_s : QString())));
            q.addBindValue(m_commonThreshold + 1);
            if (!q.exec() || !q.next())
                return -1;
            const qint64 docs = q.value(0).toLongLong();
            estimate = estimate < 0 ? docs : std::min(estimate, docs);
        }
    }
    return estimate;
}

Result<QList<TicketSearch::Hit>> TicketSearch::search(const SearchQuery &query, AgentId me, int limit) const
{
    const bool postgres = m_database.isPostgres();
    QVariantList conditionBinds;
    QStringList conditions{ticketConditionsSql(query, me, m_clock.nowMs(), postgres, conditionBinds)};
    const QStringList negated = postgres ? query.negatedTsQueries() : query.negatedFts5();
    for (const QString &term : negated) {
        conditions.append(postgres ? u"t.id NOT IN (SELECT ticket_id FROM messages WHERE search @@ to_tsquery('simple', ?)) "
                                     "AND NOT t.search @@ to_tsquery('simple', ?)"_s
                                   : u"t.id NOT IN (SELECT m.ticket_id FROM messages_fts JOIN messages m "
                                     "ON m.id = messages_fts.rowid WHERE messages_fts MATCH ?) "
                                     "AND t.id NOT IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)"_s);
        conditionBinds << term << term;
    }

    QString sql;
    QVariantList binds;
    const bool words = query.hasPositiveTerms();
    const bool common = words && estimateHits(query) > m_commonThreshold;
    if (common) {
        // Newest matches first, read straight off each index in descending rowid order
        // (FTS5 walks a doclist backwards without decoding the rest): the cost follows the
        // window, not the millions of hits. Rowids grow with time, so these are the most
        // recent messages, subjects and customers holding the words.
        const QString q = query.toFts5();
        const QString recent = u"WITH h AS MATERIALIZED (SELECT m.ticket_id AS id FROM (SELECT rowid FROM messages_fts "
                               "WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) x JOIN messages m ON m.id = x.rowid "
                               "UNION SELECT rowid FROM (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT ?) "
                               "UNION SELECT t.id FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT ?) c JOIN tickets t ON t.customer_id = c.rowid "
                               "UNION SELECT t.id FROM (SELECT customer_id FROM customer_emails_fts "
                               "WHERE customer_emails_fts MATCH ? ORDER BY rowid DESC LIMIT ?) e "
                               "JOIN tickets t ON t.customer_id = e.customer_id) "
                               "SELECT t.id, 0 FROM h JOIN tickets t ON t.id = h.id WHERE "_s
            + conditions.join(u" AND "_s) + u" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
        // Wide enough that filters rarely leave fewer than `limit` tickets.
        const int window = std::max(recentWindow, limit * 8);
        QVariantList recentBinds{q, window, q, window, q, window / 10, q, window / 10};
        recentBinds += conditionBinds;
        recentBinds << limit;
        auto hits = run(recent, recentBinds);
        // Filters may leave too few of the window's tickets; then probe ticket by ticket.
        if (!hits || hits->size() >= limit)
            return hits;
        sql = u"SELECT t.id, 0 FROM tickets t WHERE "_s + conditions.join(u" AND "_s)
            + u" AND (EXISTS (SELECT 1 FROM tickets_fts WHERE tickets_fts MATCH ? AND rowid = t.id) "
              "OR EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND EXISTS "
              "(SELECT 1 FROM messages_fts WHERE messages_fts MATCH ? AND rowid = m.id)) "
              "OR EXISTS (SELECT 1 FROM customers_fts WHERE customers_fts MATCH ? AND rowid = t.customer_id) "
              "OR t.customer_id IN (SELECT customer_id FROM customer_emails_fts WHERE customer_emails_fts MATCH ?)) "
              "ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
        binds = conditionBinds;
        binds << q << q << q << q;
    } else if (!words) {
        sql = u"SELECT t.id, 0 FROM tickets t WHERE "_s + conditions.join(u" AND "_s)
            + u" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
        binds = conditionBinds;
    } else {
        // Subjects weigh twice as much as bodies; each source contributes its best rank.
        QString hits;
        if (postgres) {
            const QString q = query.toTsQuery();
            hits = u"SELECT id AS ticket_id, 2 * ts_rank(search, to_tsquery('simple', ?)) AS score FROM tickets "
                   "WHERE search @@ to_tsquery('simple', ?) "
                   "UNION ALL SELECT ticket_id, ts_rank(search, to_tsquery('simple', ?)) FROM messages "
                   "WHERE search @@ to_tsquery('simple', ?) "
                   "UNION ALL SELECT t.id, ts_rank(c.search, to_tsquery('simple', ?)) FROM customers c "
                   "JOIN tickets t ON t.customer_id = c.id WHERE c.search @@ to_tsquery('simple', ?) "
                   "UNION ALL SELECT t.id, ts_rank(e.search, to_tsquery('simple', ?)) FROM customer_emails e "
                   "JOIN tickets t ON t.customer_id = e.customer_id WHERE e.search @@ to_tsquery('simple', ?)"_s;
            binds << q << q << q << q << q << q << q << q;
        } else {
            const QString q = query.toFts5();
            hits = u"SELECT rowid AS ticket_id, -2 * bm25(tickets_fts) AS score FROM tickets_fts WHERE tickets_fts MATCH ? "
                   "UNION ALL SELECT m.ticket_id, -bm25(messages_fts) FROM messages_fts "
                   "JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts MATCH ? "
                   "UNION ALL SELECT t.id, -bm25(customers_fts) FROM customers_fts "
                   "JOIN tickets t ON t.customer_id = customers_fts.rowid WHERE customers_fts MATCH ? "
                   "UNION ALL SELECT t.id, -bm25(customer_emails_fts) FROM customer_emails_fts "
                   "JOIN tickets t ON t.customer_id = customer_emails_fts.customer_id WHERE customer_emails_fts MATCH ?"_s;
            binds << q << q << q << q;
        }
        // Materialised, so the planner starts from the index hits and never walks tickets.
        sql = u"WITH h AS MATERIALIZED (SELECT ticket_id, max(score) AS score FROM ("_s + hits
            + u") AS hits GROUP BY ticket_id) SELECT t.id, h.score FROM h JOIN tickets t ON t.id = h.ticket_id WHERE "_s
            + conditions.join(u" AND "_s) + u" ORDER BY h.score DESC, t.updated_at DESC, t.id DESC LIMIT ?"_s;
        binds += conditionBinds;
    }
    binds << limit;
    return run(sql, binds);
}

Result<QList<TicketSearch::Hit>> TicketSearch::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Hit> result;
    while (q.next())
        result.append({TicketId(q.value(0).toLongLong()), q.value(1).toDouble()});
    return result;
}

} // namespace Casebook
