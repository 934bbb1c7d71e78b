// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/clock.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/search/ticketfilter.h"
#include "models/tickets/sla/responsedue.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTicketFilter final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R15_R34_breachingIsTheResponseDueRule();
    void filtersOnBothEngines_data();
    void filtersOnBothEngines();
    void countsAgreeWithTheTicketsOnBothEngines();

private:
    QList<qint64> matching(const QString &filters);
};

void TestTicketFilter::init()
{
    std::ignore = openDatabase(1'795'000'000'000); // a skip or failure has been reported by it
}

void TestTicketFilter::cleanup()
{
    closeDatabase();
}

QList<qint64> TestTicketFilter::matching(const QString &filters)
{
    SearchQuery::ParseError error;
    const SearchQuery query = SearchQuery::parse(filters, QDate(2026, 11, 23), &error);
    if (!error.message.isEmpty())
        return {-1};
    QVariantList binds;
    const QString where = ticketConditionsSql(query, {}, m_clock->nowMs(), m_db->dialect(), binds);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT t.id FROM tickets t WHERE "_s + where + u" ORDER BY t.id"_s))
        return {-2};
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return {-3};
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// `is:breaching` in SQL and the inbox's marks in C++ read one rule: for every kind of
// ticket, the filter selects exactly those ResponseDue calls breaching or breached.
void TestTicketFilter::R15_R34_breachingIsTheResponseDueRule()
{
    const qint64 now = m_clock->nowMs();
    const qint64 minute = 60'000;
    const QVariant none(QMetaType::fromType<qint64>());
    struct Case
    {
        QString status;
        QVariant firstDue;
        QVariant responded;
        QVariant nextDue;
    };
    QList<Case> cases;
    for (const QString &status : {u"new"_s, u"open"_s, u"pending"_s, u"solved"_s, u"closed"_s}) {
        for (const QVariant &due :
             {none, QVariant(now - minute), QVariant(now + 10 * minute), QVariant(now + 29 * minute),
              QVariant(now + 31 * minute), QVariant(now + 300 * minute)}) {
            cases.append({status, due, none, none}); // the first response owed
            cases.append({status, QVariant(now - 60 * minute), QVariant(now - 90 * minute), due}); // the next one
        }
    }
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    QList<qint64> expected;
    for (const Case &c : cases) {
        const auto id =
            tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at, first_response_due_at, "
                      "first_responded_at, next_response_due_at) VALUES ('t', ?, 0, 0, ?, ?, ?)"_s,
                      {c.status, c.firstDue, c.responded, c.nextDue});
        QVERIFY(id.ok());
        const auto optional = [](const QVariant &v) {
            return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
        };
        const auto due = ResponseDue::owedAt(ticketStatusNames.parse(c.status).value(), !c.responded.isNull(),
                                             optional(c.firstDue), optional(c.nextDue));
        if (ResponseDue::breachOf(due, now) != ResponseDue::Breach::None)
            expected.append(*id);
    }
    QVERIFY(tx.commit().ok());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(matching(u"is:breaching"_s), expected);
}

void TestTicketFilter::filtersOnBothEngines_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<QList<int>>("expected"); // positions in the fixture below
    QTest::newRow("is:private") << u"is:private"_s << QList<int>{1};
    QTest::newRow("-is:private") << u"-is:private"_s << QList<int>{0, 2};
    QTest::newRow("tag, any case") << u"tag:BILLING"_s << QList<int>{2};
    QTest::newRow("R12 is:critical") << u"is:critical"_s << QList<int>{0};
}

void TestTicketFilter::filtersOnBothEngines()
{
    QFETCH(QString, filters);
    QFETCH(QList<int>, expected);
    TicketStore store(*m_db, *m_clock);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(store.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"x"_s}).value().value());
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET severity = 'critical' WHERE id = ?"_s, {ids.at(0)}).ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET is_private = ? WHERE id = ?"_s, {true, ids.at(1)}).ok());
    QVERIFY(tx.commit().ok());
    QVERIFY(store.addTag(TicketId(ids.at(2)), u"Billing"_s, {}).ok());
    QList<qint64> wanted;
    for (const int position : expected)
        wanted.append(ids.at(position));
    QCOMPARE(matching(filters), wanted);
}

// ticketCountSql reads status counters on PostgreSQL (migration 034): after bulk inserts,
// status changes in one statement, private tickets and deletes, every count still equals
// the tickets that the same filters select.
void TestTicketFilter::countsAgreeWithTheTicketsOnBothEngines()
{
    TicketStore store(*m_db, *m_clock);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(store.create({u"Ticket %1"_s.arg(i), {}, Channel::Email, u"x"_s}).value().value());
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    // Many rows in one statement each, as an import writes them.
    QVERIFY(tx.exec(u"INSERT INTO tickets (subject, status, created_at, updated_at) SELECT subject, 'pending', "
                    "created_at, updated_at FROM tickets"_s,
                    {})
                .ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET status = 'closed' WHERE id IN (?, ?)"_s, {ids.at(0), ids.at(1)}).ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET is_private = ? WHERE id = ?"_s, {true, ids.at(1)}).ok());
    QVERIFY(tx.exec(u"UPDATE tickets SET status = 'solved', is_private = ? WHERE id = ?"_s, {true, ids.at(2)}).ok());
    // One of the copies: they have no history that would hold on to them.
    QVERIFY(tx.exec(u"DELETE FROM tickets WHERE id = (SELECT max(id) FROM tickets)"_s, {}).ok());
    QVERIFY(tx.commit().ok());
    for (const QString &filters :
         {u""_s, u"status:closed"_s, u"-status:solved -status:closed"_s, u"status:pending"_s, u"status:new"_s,
          u"-status:pending"_s, u"is:private"_s, u"status:closed is:private"_s}) {
        SearchQuery::ParseError error;
        const SearchQuery query = SearchQuery::parse(filters, QDate(2026, 11, 23), &error);
        QVariantList binds;
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(ticketCountSql(query, {}, m_clock->nowMs(), m_db->dialect(), binds)));
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), qint64(matching(filters).size()));
    }
}

QTEST_GUILESS_MAIN(TestTicketFilter)
#include "tst_ticketfilter.moc"
