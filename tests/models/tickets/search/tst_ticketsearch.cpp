// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "models/tickets/search/quickfind.h"
#include "models/tickets/search/ticketsearch.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 start = 1'795'000'000'000;
const QDate today(2026, 11, 23);
} // namespace

class TestTicketSearch final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void searches();
    void hostileInputNeverBreaksTheQuery();
    void newMessageIsSearchableAtOnce();
    void commonWordsComeNewestFirst();
    void aCommonWordOnPostgresWalksTheTicketsNewestFirst();
    void ticketNumberComesFirstWhateverTheFilters();
    void quickFindFindsTicketsAndCustomers();
    // Issue 18: word forms, on both engines.
    void russianWordFormsMatch();
    void englishWordFormsMatch();
    void prefixPhraseAndNumberKeepWorkingWithWordForms();
    void stemmedQueryReadsTheSearchIndex();

private:
    QList<qint64> find(const QString &text);

    AgentId m_anna;
    TicketId m_invoice, m_login, m_russian, m_export;
};

void TestTicketSearch::init()
{
    if (!openDatabase(start))
        return;

    m_anna = addAgent(u"anna"_s, u"Anna Berg"_s);
    Customer northwind;
    northwind.displayName = u"Northwind Traders"_s;
    northwind.emails = {u"alice@northwind.example"_s, u"accounts@nw-billing.example"_s};
    const CustomerId customer = CustomerStore(*m_db, *m_clock).create(northwind).value();

    TicketStore tickets(*m_db, *m_clock);
    m_invoice =
        tickets.create({u"Invoice PDF is empty"_s, customer, Channel::Email, u"The invoice export shows no totals."_s})
            .value();
    m_clock->advanceMs(60000);
    m_login = tickets.create({u"Login loop after update"_s, {}, Channel::Chat, u"SSO redirects forever."_s}).value();
    m_clock->advanceMs(60000);
    m_russian =
        tickets.create({u"Не приходит счёт"_s, {}, Channel::Email, u"Счёт за ноябрь не пришёл на почту."_s}).value();
    m_clock->advanceMs(60000);
    m_export =
        tickets.create({u"Export to CSV"_s, customer, Channel::Form, u"Can we export totals to CSV? draft"_s}).value();
    QVERIFY(tickets.addTag(m_invoice, u"billing"_s, m_anna).ok());
    QVERIFY(tickets.assign(m_login, m_anna, 1, m_anna).ok());
    QVERIFY(tickets.addMessage(m_login, MessageKind::Note, m_anna, u"Internal: related to the gateway outage"_s).ok());
}

void TestTicketSearch::cleanup()
{
    closeDatabase();
}

QList<qint64> TestTicketSearch::find(const QString &text)
{
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(text, today, &error);
    if (!error.message.isEmpty()) {
        QTest::qFail(qPrintable(error.message), __FILE__, __LINE__);
        return {};
    }
    const auto hits = TicketSearch(*m_db, *m_clock).search(query, m_anna);
    if (!hits.ok()) {
        QTest::qFail(qPrintable(hits.error().message + u" / "_s + hits.error().detail), __FILE__, __LINE__);
        return {};
    }
    QList<qint64> ids;
    for (const auto &hit : hits.value())
        ids.append(hit.ticket.value());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestTicketSearch::searches()
{
    const qint64 invoice = m_invoice.value(), login = m_login.value(), russian = m_russian.value(),
                 exportId = m_export.value();
    QCOMPARE(find(u"invoice"_s), QList<qint64>{invoice});
    QCOMPARE(find(u"totals"_s), (QList<qint64>{invoice, exportId}));
    QCOMPARE(find(u"totals -draft"_s), QList<qint64>{invoice});
    QCOMPARE(find(u"\"invoice export\""_s), QList<qint64>{invoice});
    QCOMPARE(find(u"redirect*"_s), QList<qint64>{login});
    QCOMPARE(find(u"gateway"_s), QList<qint64>{login}); // internal notes are searchable by the team
    QCOMPARE(find(u"счёт"_s), QList<qint64>{russian});
    QCOMPARE(find(u"northwind"_s), (QList<qint64>{invoice, exportId})); // customer name
    QCOMPARE(find(u"traders"_s), (QList<qint64>{invoice, exportId}));
    QCOMPARE(find(u"alice@northwind.example"_s), (QList<qint64>{invoice, exportId})); // customer address
    QCOMPARE(find(u"alice"_s), (QList<qint64>{invoice, exportId}));
    QCOMPARE(find(u"accounts@nw-billing.example"_s), (QList<qint64>{invoice, exportId})); // a second address
    QCOMPARE(find(u"accounts"_s), (QList<qint64>{invoice, exportId}));
    QCOMPARE(find(u"tag:billing"_s), QList<qint64>{invoice});
    QCOMPARE(find(u"assignee:me"_s), QList<qint64>{login});
    QCOMPARE(find(u"assignee:anna"_s), QList<qint64>{login});
    QCOMPARE(find(u"is:unassigned channel:email"_s), (QList<qint64>{invoice, russian}));
    QCOMPARE(find(u"-channel:email is:untagged"_s), (QList<qint64>{login, exportId}));
    QCOMPARE(find(u"customer:north from:ALICE@northwind.example totals"_s), (QList<qint64>{invoice, exportId}));
    QCOMPARE(find(u"status:new after:2026-11-01"_s), (QList<qint64>{invoice, login, russian, exportId}));
    QCOMPARE(find(u"before:2020-01-01"_s), QList<qint64>{});
}

void TestTicketSearch::hostileInputNeverBreaksTheQuery()
{
    const QStringList hostile = {
        u"'; DROP TABLE tickets; --"_s,
        u"\" OR 1=1 --\""_s,
        u"NEAR(invoice pdf, 2)"_s,
        u"invoice AND OR NOT"_s,
        u"*"_s,
        u"^invoice"_s,
        u"subject:invoice"_s.mid(8),
        u"\\' \\\" \\\\"_s,
        u"💥 🧾 invoice"_s,
        u"a' & 'b' | !'c"_s,
        u"'x':* <-> 'y'"_s,
        QString(5000, u'a'),
        u"customer:%_\\"_s,
        u"tag:'; DELETE"_s,
        u"invoice\u0000pdf"_s,
        u"-"_s,
        u"- -"_s,
        u"status:"_s,
        u"\""_s,
        u"NEAR("_s,
        u"*invoice*"_s,
        u"invoice\u0007\u001b[31m\ttotals\r\n"_s,
        u"1; SELECT * FROM agents"_s,
        u"%' OR '1'='1"_s,
        QString(u"totals "_s).repeated(60),
        QString(10000, u'z'),
        u"\U0001F600\U0001F4A9"_s,
    };
    for (const QString &text : hostile) {
        SearchQuery::ParseError error;
        const SearchQuery query = SearchQuery::parse(text, today, &error);
        if (!error.message.isEmpty())
            continue; // an inline message is a fine answer
        const auto hits = TicketSearch(*m_db, *m_clock).search(query, m_anna);
        QVERIFY2(hits.ok(), qPrintable(text.left(40) + u" -> "_s + (hits.ok() ? QString() : hits.error().detail)));
    }
    QCOMPARE(TicketStore(*m_db).countByStatus()->value(TicketStatus::New), 4); // nothing was dropped
}

void TestTicketSearch::newMessageIsSearchableAtOnce()
{
    QCOMPARE(find(u"zeppelin"_s), QList<qint64>{});
    QVERIFY(TicketStore(*m_db, *m_clock)
                .addMessage(m_export, MessageKind::Customer, {}, u"Also the zeppelin report"_s)
                .ok());
    QCOMPARE(find(u"zeppelin"_s), QList<qint64>{m_export.value()});
}

void TestTicketSearch::commonWordsComeNewestFirst()
{
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(u"totals"_s, today, &error);
    TicketSearch search(*m_db, *m_clock);
    search.setCommonThreshold(0); // every word counts as very common here
    const auto hits = search.search(query, m_anna);
    QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().detail));
    QList<qint64> ids;
    for (const auto &hit : hits.value())
        ids.append(hit.ticket.value());
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine == DatabaseUrl::Engine::SQLite)
        QCOMPARE(ids, (QList<qint64>{m_export.value(), m_invoice.value()})); // newest first
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{m_invoice.value(), m_export.value()})); // the same tickets either way
    // Negation and filters still apply on the recency path.
    const auto filtered = search.search(SearchQuery::parse(u"totals -draft channel:email"_s, today, &error), m_anna);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->size(), 1);
    QCOMPARE(filtered->first().ticket, m_invoice);
}

void TestTicketSearch::aCommonWordOnPostgresWalksTheTicketsNewestFirst()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine != DatabaseUrl::Engine::PostgreSQL)
        QSKIP("PostgreSQL only: SQLite reads the newest matches straight off its index");
    // The walk is taken for one word that the statistics say is in a good share of the
    // messages, so the tables need statistics, as a real database has after autovacuum.
    QSqlQuery analyze(m_db->connection());
    QVERIFY2(analyze.exec(u"ANALYZE tickets, messages, customers, customer_emails"_s),
             qPrintable(analyze.lastError().text()));
    TicketSearch search(*m_db, *m_clock);
    search.setCommonThreshold(0);
    SearchQuery::ParseError error;
    const auto ids = [&](const QString &text) {
        QList<qint64> found;
        const auto hits = search.search(SearchQuery::parse(text, today, &error), m_anna);
        if (hits.ok()) {
            for (const auto &hit : hits.value())
                found.append(hit.ticket.value());
        } else {
            found.append(-1);
        }
        return found;
    };
    QCOMPARE(ids(u"totals"_s), (QList<qint64>{m_export.value(), m_invoice.value()})); // in messages, newest first
    QCOMPARE(ids(u"totals -draft channel:email"_s), QList<qint64>{m_invoice.value()});
    QCOMPARE(ids(u"northwind"_s), (QList<qint64>{m_export.value(), m_invoice.value()})); // the customer's name
    QCOMPARE(ids(u"gateway"_s), QList<qint64>{m_login.value()}); // an internal note
    QCOMPARE(ids(u"invoice"_s), QList<qint64>{m_invoice.value()}); // the subject
}

void TestTicketSearch::ticketNumberComesFirstWhateverTheFilters()
{
    // A subject holding another ticket's number as a word: it follows the numbered ticket.
    const TicketId mentions = TicketStore(*m_db, *m_clock)
                                  .create({u"Same as %1"_s.arg(m_login.value()), {}, Channel::Email, u"See there."_s})
                                  .value();
    const QString number = QString::number(m_login.value());
    QCOMPARE(find(number), (QList<qint64>{m_login.value(), mentions.value()}));
    QCOMPARE(find(u"#"_s + number), (QList<qint64>{m_login.value(), mentions.value()}));
    // Whatever the filters: the login ticket is assigned to Anna, not unassigned.
    QCOMPARE(find(number + u" is:unassigned"_s), (QList<qint64>{m_login.value(), mentions.value()}));
    QCOMPARE(find(u"-status:open "_s + number).value(0), m_login.value());
    // No such ticket: only the text matches.
    QVERIFY(find(u"987654"_s).isEmpty());
    // A negated or prefixed number names no ticket.
    QVERIFY(!find(u"invoice -"_s + number).contains(m_login.value()));
}

void TestTicketSearch::quickFindFindsTicketsAndCustomers()
{
    QuickFind finder(*m_db, *m_clock);
    QSignalSpy found(&finder, &QuickFind::found);
    // On the worker, with its own connection; only the newest text's answer arrives.
    finder.find(u"inv"_s);
    finder.find(u"North"_s);
    QVERIFY(found.wait());
    QCOMPARE(finder.answer().text, u"North"_s);
    QVERIFY(finder.answer().error.isEmpty());
    QCOMPARE(finder.answer().customers.size(), 1);
    QCOMPARE(finder.answer().customers.first().name, u"Northwind Traders"_s);
    // The customer's tickets are found by the customer's name too.
    QCOMPARE(finder.answer().tickets.size(), 2);

    // The word being typed is a prefix; a number names its ticket.
    const auto typed = QuickFind::lookUp(*m_db, *m_clock, u"invo"_s);
    QCOMPARE(typed.tickets.value(0).id, m_invoice);
    QCOMPARE(typed.tickets.value(0).subject, u"Invoice PDF is empty"_s);
    const auto numbered = QuickFind::lookUp(*m_db, *m_clock, u"#"_s + QString::number(m_export.value()));
    QCOMPARE(numbered.tickets.value(0).id, m_export);
    QVERIFY(QuickFind::lookUp(*m_db, *m_clock, u"i"_s).tickets.isEmpty()); // one letter matches everything
    QCOMPARE(QuickFind::lookUp(*m_db, *m_clock, u"счёт"_s).tickets.value(0).id, m_russian);
}

void TestTicketSearch::russianWordFormsMatch()
{
    TicketStore tickets(*m_db, *m_clock);
    const TicketId confirm =
        tickets.create({u"Подтвердите оплату"_s, {}, Channel::Email, u"Прошу подтвердить оплату по договору."_s})
            .value();
    const TicketId later =
        tickets.create({u"Вопрос по договору"_s, {}, Channel::Chat, u"Займусь оплатой завтра."_s}).value();
    const QList<qint64> both{confirm.value(), later.value()};
    QCOMPARE(find(u"оплата"_s), both);
    QCOMPARE(find(u"Оплаты"_s), both);
    QCOMPARE(find(u"оплатой"_s), both);
    QCOMPARE(find(u"договоров"_s), both);
    QCOMPARE(find(u"подтверждение оплаты"_s), QList<qint64>{}); // a different word, not a form
    QCOMPARE(find(u"подтвердите оплату"_s), QList<qint64>{confirm.value()});
    // The seeded Russian ticket: "счёт" in the subject, "Счёт" in the body.
    QCOMPARE(find(u"счета"_s), QList<qint64>{m_russian.value()});
    QCOMPARE(find(u"пришёл"_s), QList<qint64>{m_russian.value()});
}

void TestTicketSearch::englishWordFormsMatch()
{
    TicketStore tickets(*m_db, *m_clock);
    const TicketId failed =
        tickets.create({u"Payment failed"_s, {}, Channel::Email, u"The card payment failed twice."_s}).value();
    // An English product word in a Russian message is stemmed as English.
    const TicketId mixed = tickets
                               .create({u"Не проходит оплата"_s,
                                        {},
                                        Channel::Chat,
                                        u"После обновления оплата не проходит: payments висят в шлюзе."_s})
                               .value();
    QCOMPARE(find(u"payments"_s), (QList<qint64>{failed.value(), mixed.value()}));
    QCOMPARE(find(u"payment"_s), (QList<qint64>{failed.value(), mixed.value()}));
    QCOMPARE(find(u"failing"_s), QList<qint64>{failed.value()});
    QCOMPARE(find(u"payment оплата"_s), QList<qint64>{mixed.value()});
    QCOMPARE(find(u"invoices"_s), QList<qint64>{m_invoice.value()});
    QCOMPARE(find(u"exported"_s), (QList<qint64>{m_invoice.value(), m_export.value()}));
    QCOMPARE(find(u"trader"_s), (QList<qint64>{m_invoice.value(), m_export.value()})); // customer names too
    QCOMPARE(find(u"redirected"_s), QList<qint64>{m_login.value()});
}

void TestTicketSearch::prefixPhraseAndNumberKeepWorkingWithWordForms()
{
    TicketStore tickets(*m_db, *m_clock);
    const TicketId confirm =
        tickets.create({u"Подтвердите оплату"_s, {}, Channel::Email, u"Прошу подтвердить оплату по договору."_s})
            .value();
    const TicketId card = tickets.create({u"Оплатили картой"_s, {}, Channel::Chat, u"Деньги ушли."_s}).value();
    QCOMPARE(find(u"оплат*"_s), (QList<qint64>{confirm.value(), card.value()}));
    QCOMPARE(find(u"опл*"_s), (QList<qint64>{confirm.value(), card.value()}));
    QCOMPARE(find(u"оплату*"_s), (QList<qint64>{confirm.value(), card.value()})); // a whole word as a prefix
    QCOMPARE(find(u"pay*"_s), QList<qint64>{});
    QCOMPARE(find(u"invoi*"_s), QList<qint64>{m_invoice.value()});
    // A phrase: the words' forms, next to each other, in this order.
    QCOMPARE(find(u"\"подтвердить оплату\""_s), QList<qint64>{confirm.value()});
    QCOMPARE(find(u"\"подтвердите оплатой\""_s), QList<qint64>{confirm.value()});
    QCOMPARE(find(u"\"оплату подтвердить\""_s), QList<qint64>{});
    QCOMPARE(find(u"\"exported invoices\""_s), QList<qint64>{});
    QCOMPARE(find(u"\"invoices export\""_s), QList<qint64>{m_invoice.value()});
    QCOMPARE(find(u"оплата -картой"_s), QList<qint64>{confirm.value()});
    // A number still names its ticket first.
    const QString number = QString::number(card.value());
    QCOMPARE(find(u"#"_s + number), QList<qint64>{card.value()});
    QCOMPARE(QuickFind::lookUp(*m_db, *m_clock, u"оплата"_s).tickets.size(), 2);
    QCOMPARE(QuickFind::lookUp(*m_db, *m_clock, u"#"_s + number).tickets.value(0).id, card);
}

void TestTicketSearch::stemmedQueryReadsTheSearchIndex()
{
    // A stemmed word and a stemmed prefix are still answered from the index (FTS5's, or the
    // GIN index on the generated column), not by reading every row. A table this small would
    // be read whole anyway, so sequential scans are discouraged: a plan that still has one
    // has no index to use.
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    const bool postgres = engine == DatabaseUrl::Engine::PostgreSQL;
    const Dialect dialect = m_db->dialect();
    const Dialect::TextIndex messages = dialect.textIndex(u"messages"_s, u"m"_s);
    QVariantList binds;
    const QString sql = u"SELECT "_s + messages.id() + u" FROM "_s + messages.from() + u" WHERE "_s
        + messages.match(dialect.textAll({dialect.textTerm({u"оплата"_s}, false), dialect.textTerm({u"paym"_s}, true)}),
                         binds);
    QCOMPARE(binds.size(), 1);
    QSqlQuery q(m_db->connection());
    if (postgres) {
        // PostgreSQL prepares no EXPLAIN: the query text goes in as a literal.
        QString literal = binds.value(0).toString();
        literal.replace(u'\'', u"''"_s);
        QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
        QVERIFY2(q.exec(u"EXPLAIN "_s + QString(sql).replace(u'?', u'\'' + literal + u'\'')),
                 qPrintable(q.lastError().text()));
    } else {
        QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + sql));
        q.addBindValue(binds.value(0));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QStringList plan;
    while (q.next())
        plan.append(q.value(postgres ? 0 : 3).toString());
    if (postgres)
        QVERIFY(QSqlQuery(m_db->connection()).exec(u"RESET enable_seqscan"_s));
    const QString expected = postgres ? u"messages_search"_s : u"VIRTUAL TABLE INDEX"_s;
    QVERIFY2(plan.join(u'\n').contains(expected), qPrintable(plan.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTicketSearch)
#include "tst_ticketsearch.moc"
