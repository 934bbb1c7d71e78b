// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhits.h"

#include "models/storage/database.h"
#include "ticketsearch.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

SearchHits::SearchHits(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void SearchHits::setQuery(const SearchQuery &query, AgentId me)
{
    m_query = query;
    m_me = me;
    m_key.clear();
    m_ids.clear();
}

void SearchHits::sortBy(const QString &key, Qt::SortOrder order)
{
    m_key = key;
    m_order = order;
}

Result<QList<TicketId>> SearchHits::read(int limit) const
{
    return read(limit, m_clock);
}

Result<QList<TicketId>> SearchHits::read(int limit, const Clock &clock) const
{
    const auto hits = TicketSearch(m_database, clock).search(m_query, m_me, limit);
    if (!hits)
        return hits.error();
    QList<TicketId> ids;
    QVariantList binds;
    QStringList marks;
    for (const TicketSearch::Hit &hit : hits.value()) {
        ids.append(hit.ticket);
        binds << hit.ticket.value();
        marks << u"?"_s;
    }
    if (m_key.isEmpty() || ids.isEmpty())
        return ids;
    // Sorted by a column: the same best matches, in that column's order.
    const QString direction = m_order == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT t.id FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
                   "LEFT JOIN agents a ON a.id = t.assignee_id WHERE t.id IN ("_s
                   + marks.join(u',') + u") ORDER BY "_s + m_key + direction + u", t.id"_s + direction))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    ids.clear();
    while (q.next())
        ids.append(TicketId(q.value(0).toLongLong()));
    return ids;
}

QStringList SearchHits::highlightTerms(const SearchQuery &query)
{
    QStringList terms;
    for (const SearchQuery::Term &term : query.terms) {
        if (!term.negated && !terms.contains(term.text, Qt::CaseInsensitive))
            terms.append(term.text);
    }
    return terms;
}

} // namespace Casebook
