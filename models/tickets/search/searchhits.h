// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "searchquery.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;

/**
 * A search's tickets as a list shows them: TicketSearch's best `limit` matches, best
 * first, or, once a column was chosen, the same matches in that column's order. A bounded
 * list, read again on every change (a new message is found at once). The list asks for a
 * page of them first and the rest after, so `limit` is the caller's at each read.
 */
class SearchHits final
{
public:
    SearchHits(Database &database, const Clock &clock);

    /// Starts over with this search: ranked, nothing read yet.
    void setQuery(const SearchQuery &query, AgentId me);
    [[nodiscard]] const SearchQuery &query() const { return m_query; }

    /// Orders the matches by `key`, SQL over the tickets row `t` with its customer `c` and
    /// assignee `a` joined, ties broken by id.
    void sortBy(const QString &key, Qt::SortOrder order);
    /// True while the matches are in rank order, until sortBy().
    [[nodiscard]] bool isRanked() const { return m_key.isEmpty(); }

    /// Runs the search now for the best `limit` matches; the ids in the list's order.
    Result<QList<TicketId>> read(int limit) const;
    /// The same with another clock: a worker thread reads with a fixed copy of the time,
    /// since the list's clock is only read on its own thread.
    Result<QList<TicketId>> read(int limit, const Clock &clock) const;
    [[nodiscard]] const QList<TicketId> &ids() const { return m_ids; }
    void setIds(const QList<TicketId> &ids) { m_ids = ids; }

    /// The words and phrases to highlight in what the rows show (negated ones left out).
    [[nodiscard]] static QStringList highlightTerms(const SearchQuery &query);

private:
    Database &m_database;
    const Clock &m_clock;
    SearchQuery m_query;
    AgentId m_me;
    QString m_key; ///< empty: by rank
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<TicketId> m_ids;
};

} // namespace Casebook
