// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickfind.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "searchquery.h"
#include "ticketsearch.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <ranges>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Words only: the palette looks in no view, so filters typed there mean nothing.
SearchQuery wordsOf(const QString &text, QDate today)
{
    SearchQuery::ParseError error;
    SearchQuery query = SearchQuery::parse(text, today, &error);
    if (!error.message.isEmpty()) // a quotation mark still open while typing: its words still count
        query = SearchQuery::parse(QString(text).remove(u'"'), today, &error);
    query.filters.clear();
    // The word being typed is a prefix of what is meant; a number is meant whole.
    for (auto &term : std::views::reverse(query.terms)) {
        if (!term.negated) {
            const bool number = std::all_of(term.text.cbegin(), term.text.cend(), [](QChar c) { return c.isDigit(); });
            if (!term.phrase && !number)
                term.prefix = true;
            break;
        }
    }
    return query;
}

Result<QList<QuickFind::TicketHit>> subjects(Database &database, const QList<TicketSearch::Hit> &hits)
{
    if (hits.isEmpty())
        return QList<QuickFind::TicketHit>{};
    QStringList marks;
    for (qsizetype i = 0; i < hits.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id, subject FROM tickets WHERE id IN ("_s + marks.join(u',') + u")"_s))
        return database.errorFrom(q.lastError());
    for (const TicketSearch::Hit &hit : hits)
        q.addBindValue(hit.ticket.value());
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QHash<qint64, QString> read;
    while (q.next())
        read.insert(q.value(0).toLongLong(), q.value(1).toString());
    QList<QuickFind::TicketHit> result; // in the search's order
    for (const TicketSearch::Hit &hit : hits)
        result.append({hit.ticket, read.value(hit.ticket.value())});
    return result;
}

Result<QList<QuickFind::CustomerHit>> customers(Database &database, const SearchQuery &query)
{
    const Dialect dialect = database.dialect();
    const Dialect::TextIndex index = dialect.textIndex(u"customers"_s, u"c"_s);
    const QString text = query.matchText(dialect);
    QVariantList binds;
    // Each value binds where it stands: the match before the score.
    const QString match = index.match(text, binds);
    const QString score = index.score(text, binds);
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT c.id, c.display_name, c.company, c.primary_email FROM "_s + index.withRows() + u" WHERE "_s
                   + match + u" AND c.merged_into_id IS NULL ORDER BY "_s + score + u" DESC, c.id LIMIT ?"_s))
        return database.errorFrom(q.lastError());
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(QuickFind::customerLimit);
    if (!q.exec())
        return database.errorFrom(q.lastError());
    QList<QuickFind::CustomerHit> result;
    while (q.next()) {
        const QString company = q.value(2).toString();
        result.append({CustomerId(q.value(0).toLongLong()), q.value(1).toString(),
                       company.isEmpty() ? q.value(3).toString() : company});
    }
    return result;
}

} // namespace

QuickFind::QuickFind(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    // One long-lived thread: its connection stays open between key presses.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

QuickFind::~QuickFind()
{
    ++*m_generation; // a look-up waiting its turn is skipped
    m_pool.waitForDone();
}

void QuickFind::find(const QString &text)
{
    const quint64 generation = ++*m_generation;
    Database *database = &m_database;
    const Clock *clock = &m_clock;
    auto current = m_generation;
    m_pool.start([this, database, clock, text, generation, current] {
        if (*current != generation)
            return; // typed over before its turn came
        Answer answer = lookUp(*database, *clock, text);
        // The destructor waits for this task, so `this` is alive while it posts.
        QMetaObject::invokeMethod(
            this,
            [this, answer = std::move(answer), generation] {
                if (*m_generation != generation)
                    return;
                m_answer = answer;
                Q_EMIT found();
            },
            Qt::QueuedConnection);
    });
}

QuickFind::Answer QuickFind::lookUp(Database &database, const Clock &clock, const QString &text)
{
    Answer answer{text, {}, {}, {}};
    const QString trimmed = text.trimmed();
    const SearchQuery query = wordsOf(trimmed, clock.now().date());
    if (!query.hasPositiveTerms() || (trimmed.size() < minimumLength && query.ticketNumbers().isEmpty()))
        return answer;
    TicketSearch search(database, clock);
    // A handful of rows, asked for at each key: a word held by more than a few thousand
    // messages lists its newest matches instead of ranking them all (a bounded read).
    search.setCommonThreshold(commonThreshold);
    const auto hits = search.search(query, AgentId{}, ticketLimit);
    const auto tickets = hits ? subjects(database, hits.value()) : Result<QList<TicketHit>>(hits.error());
    if (!tickets) {
        answer.error = tickets.error().message;
        return answer;
    }
    answer.tickets = tickets.value();
    const auto people = customers(database, query);
    if (!people) {
        answer.error = people.error().message;
        return answer;
    }
    answer.customers = people.value();
    return answer;
}

} // namespace Casebook
