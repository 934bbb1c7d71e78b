// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsearch.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "ticketfilter.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <limits>

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

qint64 TicketSearch::estimateHitsFromStatistics(const SearchQuery &query) const
{
    // PostgreSQL keeps the most common lexemes of each tsvector column with their share of
    // rows (ANALYZE's most_common_elems): the planner's own estimate, read in a millisecond.
    // A word missing from that list is rarer than its least common entry, so not common.
    // Counting hits instead would build the GIN bitmap of every match first, as slow as
    // ranking them. The lexemes are stems (casebook_stem), so the word is stemmed alike.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            u"SELECT coalesce(sum(e.freq), 0) * max(c.reltuples) FROM pg_stats s "
            "JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname) "
            "CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, freq) "
            "CROSS JOIN (SELECT tsvector_to_array(to_tsvector('casebook_stem', ?)) AS stems) w "
            "WHERE s.schemaname = current_schema() AND s.tablename = 'messages' AND s.attname = 'search' "
            "AND (e.word = ANY(w.stems) OR (? AND starts_with(e.word, w.stems[1])))"_s))
        return -1;
    qint64 estimate = -1;
    for (const auto &term : query.terms) {
        if (term.negated)
            continue;
        const QStringList words = term.text.toLower().split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool prefix = term.prefix && i == words.size() - 1;
            q.addBindValue(words.at(i));
            q.addBindValue(prefix);
            if (!q.exec() || !q.next())
                return -1;
            const qint64 rows = q.value(0).isNull() ? 0 : qint64(q.value(0).toDouble());
            estimate = estimate < 0 ? rows : std::min(estimate, rows);
        }
    }
    return estimate;
}

qint64 TicketSearch::estimateHits(const SearchQuery &query) const
{
    const Dialect dialect = m_database.dialect();
    if (!dialect.readsNewestMatchesFirst())
        return estimateHitsFromStatistics(query);
    // Counted only up to the threshold: reading a common word's whole doclist (what the
    // fts5vocab table does for its `doc` column) took longer than the search itself.
    const Dialect::TextIndex messages = dialect.textIndex(u"messages"_s, u"m"_s);
    QVariantList perWord; // bound below, word by word
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM "_s + messages.from() + u" WHERE "_s
                   + messages.match({}, perWord) + u" LIMIT ?) AS n"_s))
        return -1;
    qint64 estimate = -1;
    for (const auto &term : query.terms) {
        if (term.negated)
            continue;
        // A phrase is at most as common as its rarest word.
        const QStringList words = term.text.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const bool prefix = term.prefix && i == words.size() - 1;
            q.addBindValue(dialect.textTerm({words.at(i)}, prefix));
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
    auto hits = searchText(query, me, limit);
    const QList<TicketId> numbers = query.ticketNumbers();
    if (!hits || numbers.isEmpty())
        return hits;
    const auto numbered = existing(numbers);
    if (!numbered)
        return numbered.error();
    // The ticket a number names comes first, whatever the view's filters say: an agent who
    // types a ticket's number wants that ticket. The words' own matches follow it.
    QList<Hit> result;
    for (const TicketId ticket : numbered.value())
        result.append({ticket, std::numeric_limits<double>::max()});
    for (const Hit &hit : hits.value()) {
        if (!numbered->contains(hit.ticket) && result.size() < limit)
            result.append(hit);
    }
    return result;
}

bool TicketSearch::isOneWord(const SearchQuery &query)
{
    const auto positive = std::count_if(query.terms.cbegin(), query.terms.cend(),
                                        [](const SearchQuery::Term &term) { return !term.negated; });
    return positive == 1 && std::none_of(query.terms.cbegin(), query.terms.cend(), [](const SearchQuery::Term &term) {
               return !term.negated && term.text.contains(u' ');
           });
}

Result<QList<TicketId>> TicketSearch::existing(const QList<TicketId> &tickets) const
{
    QStringList marks;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (qsizetype i = 0; i < tickets.size(); ++i)
        marks << u"?"_s;
    if (!q.prepare(u"SELECT id FROM tickets WHERE id IN ("_s + marks.join(u',') + u")"_s))
        return m_database.errorFrom(q.lastError());
    for (const TicketId ticket : tickets)
        q.addBindValue(ticket.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    QList<TicketId> result; // in the order typed
    for (const TicketId ticket : tickets) {
        if (found.contains(ticket.value()))
            result.append(ticket);
    }
    return result;
}

Result<QList<TicketSearch::Hit>> TicketSearch::searchText(const SearchQuery &query, AgentId me, int limit) const
{
    const Dialect dialect = m_database.dialect();
    const Dialect::TextIndex tickets = dialect.textIndex(u"tickets"_s, u"tk"_s);
    const Dialect::TextIndex messages = dialect.textIndex(u"messages"_s, u"m"_s);
    const Dialect::TextIndex customers = dialect.textIndex(u"customers"_s, u"c"_s);
    const Dialect::TextIndex emails = dialect.textIndex(u"customer_emails"_s, u"e"_s);
    QVariantList conditionBinds;
    QStringList conditions{ticketConditionsSql(query, me, m_clock.nowMs(), dialect, conditionBinds)};
    for (const QString &term : query.negatedMatchTexts(dialect)) {
        const QString inMessage = messages.match(term, conditionBinds);
        const QString inSubject = tickets.rowMatches(u"t"_s, term, conditionBinds, true);
        conditions.append(u"t.id NOT IN (SELECT m.ticket_id FROM "_s + messages.withRows() + u" WHERE "_s + inMessage
                          + u") AND "_s + inSubject);
    }

    QString sql;
    QVariantList binds;
    const bool words = query.hasPositiveTerms();
    const qint64 estimate = words ? estimateHits(query) : -1;
    const bool common = estimate > m_commonThreshold;
    const QString q = query.matchText(dialect);
    if (common && !dialect.readsNewestMatchesFirst() && isOneWord(query) && estimate > messageCount() / probeShare) {
        // PostgreSQL, a word in a good share of the messages: walk the tickets newest first
        // and test each one until `limit` match. The newest window below would read the
        // GIN bitmap of every match or thousands of rows per index, then join and sort tens
        // of thousands of candidates (300 ms on 200,000 tickets); here a third of the
        // tickets or more hold the word, so a few thousand tests find them. Scalar
        // subqueries, not EXISTS: the planner would hash an EXISTS over every match. One
        // word only: two common words, or a phrase of them, may be rare together, and the
        // walk would then test every ticket.
        binds = conditionBinds;
        sql = u"SELECT t.id, 0 FROM tickets t WHERE "_s + conditions.join(u" AND "_s) + u" AND ("_s
            + tickets.rowMatches(u"t"_s, q, binds) + u" OR (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND "_s
            + messages.match(q, binds) + u" LIMIT 1) IS NOT NULL OR (SELECT 1 FROM customers c WHERE c.id = "_s
            + u"t.customer_id AND "_s + customers.match(q, binds)
            + u") IS NOT NULL OR (SELECT 1 FROM customer_emails e WHERE e.customer_id = t.customer_id AND "_s
            + emails.match(q, binds) + u" LIMIT 1) IS NOT NULL) ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
    } else if (common) {
        // Newest matches first, read straight off each index in descending rowid order
        // (FTS5 walks a doclist backwards without decoding the rest; PostgreSQL walks the
        // primary key backwards and tests each row's tsvector, which for a common word
        // stops after a few thousand rows): the cost follows the window, not the millions
        // of hits. Rowids grow with time, so these are the most
        // recent messages, subjects and customers holding the words.
        // Wide enough that filters rarely leave fewer than `limit` tickets.
        const int window = std::max(recentWindow, limit * 8);
        QVariantList recentBinds;
        const auto newest = [&](const Dialect::TextIndex &index, const QString &column, int count) -> QString {
            const QString part = u"SELECT "_s + column + u" AS id FROM "_s + index.from() + u" WHERE "_s
                + index.match(q, recentBinds) + u" ORDER BY "_s + index.id() + u" DESC LIMIT ?"_s;
            recentBinds << count;
            return part;
        };
        // One statement at a time: each appends its values in the order they stand.
        const QString recentMessages = newest(messages, messages.id(), window);
        const QString recentSubjects = newest(tickets, tickets.id(), window);
        const QString recentCustomers = newest(customers, customers.id(), window / 10);
        const QString recentEmails = newest(emails, emails.column(u"customer_id"_s), window / 10);
        const QString recent = u"WITH h AS MATERIALIZED (SELECT m.ticket_id AS id FROM ("_s + recentMessages
            + u") x JOIN messages m ON m.id = x.id UNION SELECT id FROM ("_s + recentSubjects
            + u") y UNION SELECT t.id FROM ("_s + recentCustomers + u") c JOIN tickets t ON t.customer_id = c.id "_s
            + u"UNION SELECT t.id FROM ("_s + recentEmails
            + u") e JOIN tickets t ON t.customer_id = e.id) SELECT t.id, 0 FROM h JOIN tickets t ON t.id = h.id WHERE "_s
            + conditions.join(u" AND "_s) + u" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
        recentBinds += conditionBinds;
        recentBinds << limit;
        auto hits = run(recent, recentBinds);
        // Filters may leave too few of the window's tickets; then probe ticket by ticket.
        // Unless the window held every match: a phrase of two common words can be rare, and
        // the probe would then look up the index once per ticket of the whole table.
        if (!hits || hits->size() >= limit || windowHeldEveryMatch(q, window))
            return hits;
        binds = conditionBinds;
        const QString inSubject = tickets.match(q, binds);
        const QString inMessage = messages.match(q, binds);
        const QString inCustomer = customers.match(q, binds);
        const QString inEmail = emails.match(q, binds);
        sql = u"SELECT t.id, 0 FROM tickets t WHERE "_s + conditions.join(u" AND "_s)
            + u" AND (EXISTS (SELECT 1 FROM "_s + tickets.from() + u" WHERE "_s + inSubject + u" AND "_s + tickets.id()
            + u" = t.id) OR EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND EXISTS (SELECT 1 FROM "_s
            + messages.from() + u" WHERE "_s + inMessage + u" AND "_s + messages.id()
            + u" = m.id)) OR EXISTS (SELECT 1 FROM "_s + customers.from() + u" WHERE "_s + inCustomer + u" AND "_s
            + customers.id() + u" = t.customer_id) OR t.customer_id IN (SELECT "_s + emails.column(u"customer_id"_s)
            + u" FROM "_s + emails.from() + u" WHERE "_s + inEmail
            + u")) ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
    } else if (!words) {
        sql = u"SELECT t.id, 0 FROM tickets t WHERE "_s + conditions.join(u" AND "_s)
            + u" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s;
        binds = conditionBinds;
    } else {
        // Subjects weigh twice as much as bodies; each source contributes its best rank. Each
        // source's score binds before its match, as they stand in the statement.
        const auto source = [&](const QString &select, const Dialect::TextIndex &index, const QString &weight,
                                const QString &from) -> QString {
            const QString score = index.score(q, binds);
            return u"SELECT "_s + select + u", "_s + weight + score + u" AS score FROM "_s + from + u" WHERE "_s
                + index.match(q, binds);
        };
        const QString bySubject = source(tickets.id() + u" AS ticket_id"_s, tickets, u"2 * "_s, tickets.from());
        const QString byMessage = source(u"m.ticket_id"_s, messages, {}, messages.withRows());
        const QString byCustomer = source(u"t.id"_s, customers, {},
                                          customers.from() + u" JOIN tickets t ON t.customer_id = "_s + customers.id());
        const QString byEmail =
            source(u"t.id"_s, emails, {},
                   emails.from() + u" JOIN tickets t ON t.customer_id = "_s + emails.column(u"customer_id"_s));
        const QString hits =
            bySubject + u" UNION ALL "_s + byMessage + u" UNION ALL "_s + byCustomer + u" UNION ALL "_s + byEmail;
        // Materialised, so the planner starts from the index hits and never walks tickets.
        sql = u"WITH h AS MATERIALIZED (SELECT ticket_id, max(score) AS score FROM ("_s + hits
            + u") AS hits GROUP BY ticket_id) SELECT t.id, h.score FROM h JOIN tickets t ON t.id = h.ticket_id WHERE "_s
            + conditions.join(u" AND "_s) + u" ORDER BY h.score DESC, t.updated_at DESC, t.id DESC LIMIT ?"_s;
        binds += conditionBinds;
    }
    binds << limit;
    return run(sql, binds);
}

qint64 TicketSearch::messageCount() const
{
    // The planner's own row count, kept by VACUUM and ANALYZE: counting would read them all.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT reltuples FROM pg_class WHERE oid = CAST('messages' AS regclass)"_s) || !q.next())
        return std::numeric_limits<qint64>::max();
    return std::max<qint64>(0, qint64(q.value(0).toDouble()));
}

bool TicketSearch::windowHeldEveryMatch(const QString &matchText, int window) const
{
    const Dialect dialect = m_database.dialect();
    const auto fewerThan = [&](const Dialect::TextIndex &index, int count) {
        QVariantList binds;
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM "_s + index.from() + u" WHERE "_s
                       + index.match(matchText, binds) + u" LIMIT ?) AS n"_s))
            return false;
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        q.addBindValue(count);
        return q.exec() && q.next() && q.value(0).toLongLong() < count;
    };
    return fewerThan(dialect.textIndex(u"messages"_s, u"m"_s), window)
        && fewerThan(dialect.textIndex(u"tickets"_s, u"tk"_s), window)
        && fewerThan(dialect.textIndex(u"customers"_s, u"c"_s), window / 10)
        && fewerThan(dialect.textIndex(u"customer_emails"_s, u"e"_s), window / 10);
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
