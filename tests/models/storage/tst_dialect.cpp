// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/dialect.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

// What SQLite and PostgreSQL spell differently, each spelling run on its own engine.
class TestDialect final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void queryTextsQuoteEveryWord();
    void fullTextMatchesScoresAndExcludes();
    void hostileWordsAreOnlyWords();
    void joinedListIsOrdered();
    void flagsAndCaselessKeys();
    void plansSayWhetherAnIndexOrders();

private:
    QList<qint64> ids(const QString &sql, const QVariantList &binds);

    TicketId m_printer, m_printers, m_invoice;
};

void TestDialect::init()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    TicketStore store(*m_db, *m_clock);
    m_printer = store.create({u"Printer jams"_s, {}, Channel::Email, u"the printer jams on page two"_s}).value();
    m_printers = store.create({u"Printer printer printer"_s, {}, Channel::Email, u"all printers"_s}).value();
    m_invoice = store.create({u"Invoice is empty"_s, {}, Channel::Email, u"nothing on the printer either"_s}).value();
}

void TestDialect::cleanup()
{
    closeDatabase();
}

QList<qint64> TestDialect::ids(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql))
        return {-1};
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {-1};
    }
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

void TestDialect::queryTextsQuoteEveryWord()
{
    const Dialect sqlite(DatabaseUrl::Engine::SQLite);
    const Dialect postgres(DatabaseUrl::Engine::PostgreSQL);
    QCOMPARE(sqlite.textTerm({u"pdf"_s, u"export"_s}, true), u"\"pdf export\"*"_s);
    QCOMPARE(postgres.textTerm({u"PDF"_s, u"export"_s}, true), u"('pdf' <-> 'export':*)"_s);
    QCOMPARE(sqlite.textTerm({u"say\"hi"_s}, false), u"\"say\"\"hi\""_s);
    QCOMPARE(postgres.textTerm({u"o'brien\\"_s}, false), u"'o''brien\\\\'"_s);
    QCOMPARE(sqlite.textAll({u"\"a\""_s, u"\"b\""_s}), u"\"a\" \"b\""_s);
    QCOMPARE(postgres.textAll({u"'a'"_s, u"'b'"_s}), u"'a' & 'b'"_s);
    QCOMPARE(sqlite.textAny({u"\"a\""_s, u"\"b\""_s}), u"\"a\" OR \"b\""_s);
    QCOMPARE(postgres.textAny({u"'a'"_s, u"'b'"_s}), u"'a' | 'b'"_s);
}

void TestDialect::fullTextMatchesScoresAndExcludes()
{
    const Dialect dialect = m_db->dialect();
    const QString printer = dialect.textTerm({u"printer"_s}, false);
    const Dialect::TextIndex tickets = dialect.textIndex(u"tickets"_s, u"tk"_s);
    QVariantList binds;
    const QString score = tickets.score(printer, binds);
    const QString match = tickets.match(printer, binds);
    // The subject holding the word three times ranks first.
    QCOMPARE(ids(u"SELECT "_s + tickets.id() + u", "_s + score + u" AS s FROM "_s + tickets.from() + u" WHERE "_s
                     + match + u" ORDER BY s DESC"_s,
                 binds),
             (QList<qint64>{m_printers.value(), m_printer.value()}));

    // Through the row: a message's ticket, and tickets whose subject does not match.
    const Dialect::TextIndex messages = dialect.textIndex(u"messages"_s, u"m"_s);
    binds.clear();
    const QString inBody = messages.match(printer, binds);
    // "all printers" holds the word too, in another form (migration 025).
    QCOMPARE(
        ids(u"SELECT DISTINCT m.ticket_id FROM "_s + messages.withRows() + u" WHERE "_s + inBody + u" ORDER BY 1"_s,
            binds),
        (QList<qint64>{m_printer.value(), m_printers.value(), m_invoice.value()}));
    binds.clear();
    const QString notInSubject = tickets.rowMatches(u"t"_s, printer, binds, true);
    QCOMPARE(ids(u"SELECT t.id FROM tickets t WHERE "_s + notInSubject, binds), QList<qint64>{m_invoice.value()});
    binds.clear();
    const QString inSubject = tickets.rowMatches(u"t"_s, dialect.textTerm({u"inv"_s}, true), binds);
    QCOMPARE(ids(u"SELECT t.id FROM tickets t WHERE "_s + inSubject, binds), QList<qint64>{m_invoice.value()});

    // A column the index carries, and weights per indexed column.
    Customer customer;
    customer.displayName = u"Olga"_s;
    customer.emails = {u"olga@example.com"_s};
    const CustomerId olga = CustomerStore(*m_db, *m_clock).create(customer).value();
    const Dialect::TextIndex emails = dialect.textIndex(u"customer_emails"_s, u"e"_s);
    binds.clear();
    const QString inEmail = emails.match(dialect.textTerm({u"olga"_s}, false), binds);
    QCOMPARE(ids(u"SELECT "_s + emails.column(u"customer_id"_s) + u" FROM "_s + emails.from() + u" WHERE "_s + inEmail,
                 binds),
             QList<qint64>{olga.value()});
}

void TestDialect::hostileWordsAreOnlyWords()
{
    const Dialect dialect = m_db->dialect();
    const Dialect::TextIndex tickets = dialect.textIndex(u"tickets"_s, u"tk"_s);
    for (const QString &word : {u"NEAR"_s, u"\"\""_s, u"o'brien"_s, u"a\\"_s, u"AND"_s, u"*"_s, u"x:y"_s}) {
        QVariantList binds;
        const QString match = tickets.match(dialect.textTerm({word}, true), binds);
        QVERIFY2(ids(u"SELECT "_s + tickets.id() + u" FROM "_s + tickets.from() + u" WHERE "_s + match, binds)
                     != QList<qint64>{-1},
                 qPrintable(word));
    }
}

void TestDialect::joinedListIsOrdered()
{
    TicketStore store(*m_db, *m_clock);
    for (const QString &tag : {u"zebra"_s, u"alpha"_s, u"it's"_s})
        QVERIFY(store.addTag(m_printer, tag, {}).ok());
    const QString list = m_db->dialect().joinedList(
        u"g.name"_s, u"ticket_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.ticket_id = t.id"_s, u"; '"_s);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(u"SELECT "_s + list + u" FROM tickets t WHERE t.id IN (?, ?) ORDER BY t.id"_s));
    q.addBindValue(m_printer.value());
    q.addBindValue(m_invoice.value());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"alpha; 'it's; 'zebra"_s);
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull()); // no tags: NULL, as the inbox shows nothing
}

void TestDialect::flagsAndCaselessKeys()
{
    const Dialect dialect = m_db->dialect();
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET is_private = ? WHERE id = ?"_s, {true, m_invoice.value()}).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(ids(u"SELECT id FROM tickets t WHERE "_s + dialect.isTrue(u"t.is_private"_s), {}),
             QList<qint64>{m_invoice.value()});

    QVERIFY(TicketStore(*m_db, *m_clock).addTag(m_printer, u"Billing"_s, {}).ok());
    QCOMPARE(
        ids(u"SELECT id FROM tags t WHERE "_s + dialect.caselessColumn(u"t.name"_s) + u" = ?"_s, {u"billing"_s}).size(),
        1);

    CustomerStore customers(*m_db, *m_clock);
    for (const QString &name : {u"bravo"_s, u"Alpha"_s, u"charlie"_s}) {
        Customer customer;
        customer.displayName = name;
        QVERIFY(customers.create(customer).ok());
    }
    QSqlQuery q(m_db->connection());
    const QString key = dialect.caselessKey(u"c.display_name"_s);
    QVERIFY(q.prepare(u"SELECT c.display_name FROM customers c WHERE "_s + key + u" > "_s + dialect.caselessValue()
                      + u" ORDER BY "_s + key));
    q.addBindValue(u"ALPHA"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, (QStringList{u"bravo"_s, u"charlie"_s}));
}

void TestDialect::plansSayWhetherAnIndexOrders()
{
    const Dialect dialect = m_db->dialect();
    const auto byIndex = dialect.ordersByIndex(
        m_db->connection(), u"SELECT t.id FROM tickets t ORDER BY t.updated_at DESC, t.id DESC LIMIT ?"_s, {10});
    const auto sorted =
        dialect.ordersByIndex(m_db->connection(), u"SELECT t.id FROM tickets t ORDER BY t.channel LIMIT ?"_s, {10});
    if (m_db->isPostgres()) {
        QVERIFY(!byIndex && !sorted); // its plan follows statistics: it cannot say
        return;
    }
    QCOMPARE(byIndex, std::optional(true));
    QCOMPARE(sorted, std::optional(false));
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
