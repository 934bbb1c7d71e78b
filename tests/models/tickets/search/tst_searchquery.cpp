// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/dialect.h"
#include "models/tickets/search/searchquery.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

using Term = SearchQuery::Term;
using Filter = SearchQuery::Filter;
using Field = SearchQuery::Field;

namespace {
const QDate today(2026, 11, 23);
}

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void ftsQuotesEveryWord();
    void ticketNumbers();
    void tsQueryQuotesEveryLexeme();
};

void TestSearchQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Term>>("terms");
    QTest::addColumn<QList<Filter>>("filters");

    QTest::newRow("words") << u"invoice  empty"_s << QList<Term>{{u"invoice"_s}, {u"empty"_s}} << QList<Filter>{};
    QTest::newRow("phrase") << u"\"export failed\""_s << QList<Term>{{u"export failed"_s, true}} << QList<Filter>{};
    QTest::newRow("prefix") << u"invo*"_s << QList<Term>{{u"invo"_s, false, true}} << QList<Filter>{};
    QTest::newRow("negation") << u"login -sso"_s << QList<Term>{{u"login"_s}, {u"sso"_s, false, false, true}}
                              << QList<Filter>{};
    QTest::newRow("operators") << u"status:open tag:Billing assignee:me -channel:chat is:unassigned"_s << QList<Term>{}
                               << QList<Filter>{{Field::Status, u"open"_s},
                                                {Field::Tag, u"Billing"_s},
                                                {Field::Assignee, u"me"_s},
                                                {Field::Channel, u"chat"_s, true},
                                                {Field::Is, u"unassigned"_s}};
    // The column is called Tags; complexity reads as the ticket shows it. The old words stay.
    QTest::newRow("tags, as the column") << u"tags:billing tag:vip"_s << QList<Term>{}
                                         << QList<Filter>{{Field::Tag, u"billing"_s}, {Field::Tag, u"vip"_s}};
    QTest::newRow("complexity as shown")
        << u"complexity:blocking complexity:Feature-Request complexity:quick complexity:complex"_s << QList<Term>{}
        << QList<Filter>{{Field::Complexity, u"critical"_s},
                         {Field::Complexity, u"proposal"_s},
                         {Field::Complexity, u"simple"_s},
                         {Field::Complexity, u"complex"_s}};
    QTest::newRow("on-hold spelled with a dash")
        << u"status:On-Hold"_s << QList<Term>{} << QList<Filter>{{Field::Status, u"on_hold"_s}};
    QTest::newRow("quoted filter value") << u"customer:\"Northwind Traders\""_s << QList<Term>{}
                                         << QList<Filter>{{Field::Customer, u"Northwind Traders"_s}};
    QTest::newRow("dates") << u"after:2026-11-01 before:7d"_s << QList<Term>{}
                           << QList<Filter>{{Field::After, u"2026-11-01"_s}, {Field::Before, u"2026-11-16"_s}};
    QTest::newRow("from address") << u"from:alice@example.com crash"_s << QList<Term>{{u"crash"_s}}
                                  << QList<Filter>{{Field::From, u"alice@example.com"_s}};
    QTest::newRow("punctuated word becomes a phrase")
        << u"e-mail"_s << QList<Term>{{u"e mail"_s, true}} << QList<Filter>{};
    QTest::newRow("cyrillic") << u"счёт пустой"_s << QList<Term>{{u"счёт"_s}, {u"пустой"_s}} << QList<Filter>{};
    QTest::newRow("sql punctuation only") << u"'; -- ;"_s << QList<Term>{} << QList<Filter>{};
    QTest::newRow("fts syntax is just words")
        << u"NEAR(a b) OR c^"_s << QList<Term>{{u"NEAR a"_s, true}, {u"b"_s}, {u"OR"_s}, {u"c"_s}} << QList<Filter>{};
    QTest::newRow("url is a phrase, not a filter")
        << u"https://example.com/x"_s << QList<Term>{{u"https example com x"_s, true}} << QList<Filter>{};
}

void TestSearchQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<Term>, terms);
    QFETCH(QList<Filter>, filters);
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(text, today, &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(query.terms, terms);
    QCOMPARE(query.filters, filters);
}

void TestSearchQuery::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unclosed quote") << u"login \"never closed"_s << qsizetype(6) << u"never closed"_s;
    QTest::newRow("unknown filter") << u"stat:open"_s << qsizetype(0) << u"Unknown filter"_s;
    QTest::newRow("bad status") << u"bug status:wontfix"_s << qsizetype(4) << u"on_hold"_s;
    QTest::newRow("empty value") << u"tag:"_s << qsizetype(0) << u"needs a value"_s;
    QTest::newRow("bad date") << u"after:yesterdayish"_s << qsizetype(0) << u"2026-11-23"_s;
    QTest::newRow("sql in a filter") << u"severity:'high';DROP"_s << qsizetype(0) << u"low, medium"_s;
    QTest::newRow("lone quote") << u"\""_s << qsizetype(0) << u"never closed"_s;
    QTest::newRow("filter without value") << u"status:"_s << qsizetype(0) << u"needs a value"_s;
    QTest::newRow("negated unclosed quote") << u"-\"abc"_s << qsizetype(1) << u"never closed"_s;
    QTest::newRow("10k characters") << QString(10000, u'x') << qsizetype(2000) << u"too long"_s;
    QTest::newRow("too many words") << QString(u"w "_s).repeated(200) << qsizetype(128) << u"too many"_s;
}

void TestSearchQuery::errors()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, mentions);
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(text, today, &error);
    QVERIFY(query.isEmpty());
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.position, position);
    QVERIFY(error.length > 0);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestSearchQuery::ticketNumbers()
{
    // Whole positive numbers name tickets; a negated, prefixed or quoted one does not.
    SearchQuery::ParseError error;
    const SearchQuery query =
        SearchQuery::parse(u"#2802 printer 17 -5 \"3 4\" 9* 2802 0"_s, QDate(2026, 11, 23), &error);
    QVERIFY(error.message.isEmpty());
    QCOMPARE(query.ticketNumbers(), (QList<TicketId>{TicketId(2802), TicketId(17)}));
    QCOMPARE(query.terms.first().text, u"2802"_s); // and the number is still a word to find
}

void TestSearchQuery::ftsQuotesEveryWord()
{
    SearchQuery::ParseError error;
    const auto query = SearchQuery::parse(u"invoice \"pdf export\" tot* -draft"_s, today, &error);
    const Dialect sqlite(DatabaseUrl::Engine::SQLite);
    QCOMPARE(query.matchText(sqlite), uR"("invoice" "pdf export" "tot"*)"_s);
    QCOMPARE(query.negatedMatchTexts(sqlite), QStringList{uR"("draft")"_s});
}

void TestSearchQuery::tsQueryQuotesEveryLexeme()
{
    SearchQuery::ParseError error;
    const auto query = SearchQuery::parse(u"Invoice \"pdf export\" tot* -draft"_s, today, &error);
    const Dialect postgres(DatabaseUrl::Engine::PostgreSQL);
    QCOMPARE(query.matchText(postgres), u"'invoice' & ('pdf' <-> 'export') & 'tot':*"_s);
    QCOMPARE(query.negatedMatchTexts(postgres), QStringList{u"'draft'"_s});
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
