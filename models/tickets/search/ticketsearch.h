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
 * Runs a SearchQuery over ticket subjects, messages and notes, and customer names and
 * addresses, on either engine. Words are ranked by relevance (bm25 on SQLite, ts_rank on
 * PostgreSQL); a query of filters only lists the most recently active tickets first.
 */
class TicketSearch final
{
public:
    explicit TicketSearch(Database &database);
    TicketSearch(Database &database, const Clock &clock);

    struct Hit
    {
        TicketId ticket;
        double score = 0; ///< higher is better
    };

    /**
     * `me` answers `assignee:me`. A word that is a ticket's number (`2802`, typed `#2802`)
     * lists that ticket first, whatever the filters; the words' matches follow.
     */
    Result<QList<Hit>> search(const SearchQuery &query, AgentId me, int limit = 200) const;

    /// Above this many messages holding the query's words, results come newest first
    /// instead of ranked: ranking every hit of a very common word costs seconds.
    void setCommonThreshold(qint64 messages) { m_commonThreshold = messages; }

    /// How many of the newest matches per index the common-word path reads (at least).
    static constexpr int recentWindow = 2000;

private:
    Result<QList<Hit>> searchText(const SearchQuery &query, AgentId me, int limit) const;
    /// Those of `tickets` that exist, in the same order.
    Result<QList<TicketId>> existing(const QList<TicketId> &tickets) const;
    /// How many messages hold the rarest positive word: on SQLite counted up to the common
    /// threshold plus one, on PostgreSQL estimated from the column's statistics; -1 if unknown.
    qint64 estimateHits(const SearchQuery &query) const;
    qint64 estimateHitsFromStatistics(const SearchQuery &query) const;
    /// PostgreSQL: the messages table's row count as its statistics say (0 before any).
    qint64 messageCount() const;
    /// Whether the query's words are one word, not negated (filters and negated words aside).
    static bool isOneWord(const SearchQuery &query);
    /// PostgreSQL: a word in more than one message of this many is searched ticket by ticket.
    static constexpr qint64 probeShare = 25;
    /// Whether no index holds `window` matches (a tenth for customers): then the newest
    /// window already saw every hit and nothing is left to probe for.
    bool windowHeldEveryMatch(const QString &matchText, int window) const;
    Result<QList<Hit>> run(const QString &sql, const QVariantList &binds) const;

    Database &m_database;
    const Clock &m_clock;
    qint64 m_commonThreshold = 20000;
};

} // namespace Casebook
