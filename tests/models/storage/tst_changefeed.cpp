// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/writetransaction.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

Status insertTicket(Database &db, const QString &subject)
{
    WriteTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto id = tx.insert(u"INSERT INTO tickets (subject, created_at, updated_at) VALUES (?, 0, 0)"_s, {subject});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"ticket"_s, *id, Change::Op::Insert); !recorded)
        return recorded;
    return tx.commit();
}

QList<Change> flatten(const QSignalSpy &spy)
{
    QList<Change> all;
    for (const auto &arguments : spy)
        all += arguments.at(0).value<QList<Change>>();
    return all;
}

} // namespace

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<Change>>(); }
    void localWriteIsAnnouncedOnce_data() { Test::addEngineColumn(); }
    void localWriteIsAnnouncedOnce();
    void rollbackAnnouncesNothing_data() { Test::addEngineColumn(); }
    void rollbackAnnouncesNothing();
    void otherConnectionSeesTheChange_data() { Test::addEngineColumn(); }
    void otherConnectionSeesTheChange();
    void droppedListenerCatchesUp();
};

void TestChangeFeed::localWriteIsAnnouncedOnce()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    db->changeFeed()->setHeartbeatInterval(20);
    QSignalSpy spy(db->changeFeed(), &ChangeFeed::changed);
    QVERIFY(insertTicket(*db, u"First"_s).ok());
    QCOMPARE(spy.count(), 1);
    const auto changes = flatten(spy);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().entity, u"ticket"_s);
    QCOMPARE(changes.first().op, Change::Op::Insert);
    QVERIFY(changes.first().seq > 0);

    // The heartbeat and NOTIFY of our own write must not announce it a second time.
    QTest::qWait(200);
    QCOMPARE(flatten(spy).size(), 1);
    QCOMPARE(db->changeFeed()->lastSeq(), changes.first().seq);
}

void TestChangeFeed::rollbackAnnouncesNothing()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    QSignalSpy spy(db->changeFeed(), &ChangeFeed::changed);
    {
        WriteTransaction tx(*db);
        QVERIFY(tx.begin().ok());
        QVERIFY(tx.exec(u"INSERT INTO tickets (subject, created_at, updated_at) VALUES ('x', 0, 0)"_s, {}).ok());
        QVERIFY(tx.record(u"ticket"_s, 1, Change::Op::Insert).ok());
        // no commit: destroyed, rolled back
    }
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM tickets"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(spy.count(), 0);
}

void TestChangeFeed::otherConnectionSeesTheChange()
{
    CASEBOOK_TEST_DATABASE(testDb);
    // Two Database objects are two agents' desktops: separate connections and feeds.
    auto writer = testDb.open();
    auto reader = testDb.open();
    QVERIFY(writer && reader);
    reader->changeFeed()->setHeartbeatInterval(50);
    QSignalSpy spy(reader->changeFeed(), &ChangeFeed::changed);

    QVERIFY(insertTicket(*writer, u"From the other desk"_s).ok());
    QVERIFY(insertTicket(*writer, u"And another"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(flatten(spy).size(), 2, 5000);
    const auto changes = flatten(spy);
    QVERIFY(changes.at(0).seq < changes.at(1).seq);
    QCOMPARE(changes.at(1).entity, u"ticket"_s);
    QTest::qWait(200);
    QCOMPARE(flatten(spy).size(), 2); // exactly once
}

void TestChangeFeed::droppedListenerCatchesUp()
{
    if (!Test::PostgresServer::instance().available) {
        if (qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIntValue("CASEBOOK_REQUIRE_POSTGRES"))
            QFAIL(qPrintable(Test::PostgresServer::instance().reason));
        QSKIP(qPrintable(Test::PostgresServer::instance().reason));
    }
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY(testDb.isValid());
    auto writer = testDb.open();
    auto reader = testDb.open();
    QVERIFY(writer && reader);
    reader->changeFeed()->setHeartbeatInterval(100);
    QSignalSpy spy(reader->changeFeed(), &ChangeFeed::changed);
    QSignalSpy states(reader.get(), &Database::stateChanged);

    // Cut every session of the reader's application off, as a server restart would.
    QSqlQuery kill(writer->connection());
    QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
    // Written while the reader is away: its NOTIFY is lost, the log is not.
    QVERIFY(insertTicket(*writer, u"While you were away"_s).ok());

    QTRY_COMPARE_WITH_TIMEOUT(flatten(spy).size(), 1, 5000);
    QCOMPARE(flatten(spy).first().entity, u"ticket"_s);
    QTRY_COMPARE_WITH_TIMEOUT(reader->state(), Database::State::Connected, 5000);
    QVERIFY(states.count() >= 1); // it noticed the drop
}

QTEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
