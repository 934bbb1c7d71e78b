// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

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
    void preparedWritesRunAgainWithTheirOwnValues_data() { Test::addEngineColumn(); }
    void preparedWritesRunAgainWithTheirOwnValues();
    void droppedListenerCatchesUp();
    void postgresWritersTakeNumbersInCommitOrder();
    void workerThreadCommitIsAnnouncedOnTheFeedThread();
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

// A transaction prepares each write once and runs it again with new values (issue 15's
// import speed): every run must write its own values, report its own rows, survive a failed
// run rolled back to a savepoint, and go on when more statements than it keeps were used.
void TestChangeFeed::preparedWritesRunAgainWithTheirOwnValues()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    QSignalSpy spy(db->changeFeed(), &ChangeFeed::changed);
    QList<qint64> ids;
    {
        WriteTransaction tx(*db);
        QVERIFY(tx.begin().ok());
        const QString insert = u"INSERT INTO tickets (subject, created_at, updated_at) VALUES (?, ?, 0)"_s;
        for (int i = 0; i < 3; ++i) {
            auto id = tx.insert(insert, {u"Ticket %1"_s.arg(i), i});
            QVERIFY(id);
            QVERIFY(ids.isEmpty() || *id > ids.last());
            ids.append(*id);
            QVERIFY(tx.record(u"ticket"_s, *id, Change::Op::Insert).ok());
        }
        const QString rename = u"UPDATE tickets SET subject = ? WHERE id = ?"_s;
        auto renamed = tx.write(rename, {u"Renamed"_s, ids.at(1)});
        QVERIFY(renamed);
        QCOMPARE(*renamed, 1);
        auto missing = tx.write(rename, {u"Nobody"_s, ids.last() + 100});
        QVERIFY(missing);
        QCOMPARE(*missing, 0);

        // A run that fails (a message for no ticket breaks the foreign key), rolled back to a
        // savepoint; the same prepared statement then writes again.
        const QString message = u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (?, 'note', ?, 0)"_s;
        QVERIFY(tx.query().exec(u"SAVEPOINT one"_s));
        QVERIFY(!tx.write(message, {ids.last() + 100, u"lost"_s}));
        QVERIFY(tx.query().exec(u"ROLLBACK TO SAVEPOINT one"_s));
        auto kept = tx.write(message, {ids.first(), u"kept"_s});
        QVERIFY(kept);
        QCOMPARE(*kept, 1);

        // More different statements than a transaction keeps prepared.
        for (int i = 0; i < 100; ++i)
            QVERIFY(tx.write(u"UPDATE tickets SET updated_at = ? WHERE id = ? AND %1 = %1"_s.arg(i), {i, ids.at(2)}));
        QVERIFY(tx.write(rename, {u"Again"_s, ids.at(2)}));
        QVERIFY(tx.commit().ok());
    }
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"SELECT subject, created_at, updated_at FROM tickets ORDER BY id"_s));
    QStringList rows;
    while (query.next())
        rows.append(
            u"%1 %2 %3"_s.arg(query.value(0).toString()).arg(query.value(1).toInt()).arg(query.value(2).toInt()));
    QCOMPARE(rows, (QStringList{u"Ticket 0 0 0"_s, u"Renamed 1 0"_s, u"Again 2 99"_s}));
    QVERIFY(query.exec(u"SELECT body FROM messages"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_s);
    QVERIFY(!query.next());
    QCOMPARE(flatten(spy).size(), 3);
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
    CASEBOOK_REQUIRE_POSTGRES();
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

void TestChangeFeed::postgresWritersTakeNumbersInCommitOrder()
{
    CASEBOOK_REQUIRE_POSTGRES();
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    auto db = testDb.open();
    QVERIFY(db);

    WriteTransaction first(*db);
    QVERIFY(first.begin().ok());
    QVERIFY(first.record(u"ticket"_s, 1, Change::Op::Update).ok());

    // A second writer (its own thread, so its own connection) must wait for the first to
    // commit before it may draw a number: otherwise it could commit a smaller number later.
    std::atomic<bool> secondDone = false;
    qint64 secondSeq = 0;
    QThread *second = QThread::create([&] {
        WriteTransaction tx(*db);
        if (tx.begin().ok() && tx.record(u"ticket"_s, 2, Change::Op::Update).ok() && tx.commit().ok()) {
            QSqlQuery q(db->connection());
            if (q.exec(u"SELECT max(seq) FROM change_log"_s) && q.next())
                secondSeq = q.value(0).toLongLong();
        }
        secondDone = true;
    });
    second->start();
    QTest::qWait(300);
    QVERIFY2(!secondDone, "the second writer did not wait for the first");
    QVERIFY(first.commit().ok());
    QVERIFY(second->wait(5000));
    delete second;
    QVERIFY(secondDone);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT entity_id FROM change_log ORDER BY seq"_s));
    QList<qint64> order;
    while (q.next())
        order.append(q.value(0).toLongLong());
    QCOMPARE(order, (QList<qint64>{1, 2}));
    QVERIFY(secondSeq > 0);
}

void TestChangeFeed::workerThreadCommitIsAnnouncedOnTheFeedThread()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    QThread *receivedOn = nullptr;
    connect(db->changeFeed(), &ChangeFeed::changed, this, [&] { receivedOn = QThread::currentThread(); });
    QThread *worker = QThread::create([&] { QVERIFY(insertTicket(*db, u"From a worker"_s).ok()); });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QTRY_VERIFY(receivedOn != nullptr);
    QCOMPARE(receivedOn, QThread::currentThread());
}

QTEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
