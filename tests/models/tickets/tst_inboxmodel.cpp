// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/itemroles.h"
#include "storage/clock.h"
#include "storage/writetransaction.h"
#include "tickets/inboxmodel.h"
#include "tickets/ticketstore.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;

SearchQuery openView()
{
    SearchQuery::ParseError error;
    return SearchQuery::parse(u"-status:solved -status:closed"_s, QDate(2026, 11, 23), &error);
}

// Writes `count` tickets in one transaction, as a fixture (not through the store, for speed).
void bulkTickets(Database &db, int count, qint64 from)
{
    WriteTransaction tx(db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < count; ++i) {
        const auto id = tx.insert(u"INSERT INTO tickets (subject, status, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
                                  {u"Ticket %1"_s.arg(i, 5, 10, QChar(u'0')), i % 7 == 0 ? u"solved"_s : u"open"_s, from + i,
                                   from + (i * 7919) % count});
        QVERIFY(id.ok());
    }
    QVERIFY(tx.commit().ok());
}

QList<qint64> expectedOrder(Database &db, const QString &order = u"updated_at DESC, id DESC"_s)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT id FROM tickets WHERE status NOT IN ('solved', 'closed') ORDER BY "_s + order);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> modelOrder(const InboxModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row, 0), IdRole).toLongLong());
    return ids;
}

} // namespace

class TestInboxModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void firstPageAtOnceTotalLater();
    void deepRowsAndABoundedCache();
    void sortsInSql();
    void followsRandomChangesPrecisely();
    void selectionFollowsItsTicket();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
};

void TestInboxModel::init()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine == DatabaseUrl::Engine::PostgreSQL)
        CASEBOOK_REQUIRE_POSTGRES();
    m_testDb = std::make_unique<Test::TestDatabase>(engine);
    QVERIFY(m_testDb->isValid());
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(start + 10'000'000);
}

void TestInboxModel::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

void TestInboxModel::firstPageAtOnceTotalLater()
{
    bulkTickets(*m_db, 1000, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &InboxModel::countChanged);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QCOMPARE(model.rowCount(), InboxModel::pageSize); // painted before the total is known
    QTRY_COMPARE(model.rowCount(), int(expectedOrder(*m_db).size()));
    QVERIFY(model.isCountKnown());
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.headerData(InboxModel::SubjectColumn, Qt::Horizontal).toString(), u"Subject"_s);
}

void TestInboxModel::deepRowsAndABoundedCache()
{
    const int total = InboxModel::pageSize * (InboxModel::maxPages + 4);
    bulkTickets(*m_db, total, start);
    InboxModel model(*m_db, *m_clock);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    const auto expected = expectedOrder(*m_db);
    // A jump deep down first, then every row top to bottom.
    const int deep = int(expected.size()) - 3;
    QCOMPARE(model.data(model.index(deep, 0), IdRole).toLongLong(), expected.at(deep));
    QCOMPARE(modelOrder(model), expected);
    QVERIFY(model.loadedPages() <= InboxModel::maxPages);
}

void TestInboxModel::sortsInSql()
{
    bulkTickets(*m_db, 300, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    model.sort(InboxModel::SubjectColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db, u"lower(subject) ASC, id ASC"_s));
    model.sort(InboxModel::LastActivityColumn, Qt::DescendingOrder);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(modelOrder(model), expectedOrder(*m_db));
}

void TestInboxModel::followsRandomChangesPrecisely()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    bulkTickets(*m_db, 200, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    QTRY_VERIFY(model.isCountKnown());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    TicketStore store(*m_db, *m_clock);
    QRandomGenerator random(7);

    const int operations = engine == DatabaseUrl::Engine::SQLite ? 2000 : 600;
    for (int i = 0; i < operations; ++i) {
        m_clock->advanceMs(1000);
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT id, version, status FROM tickets ORDER BY id LIMIT 1 OFFSET "_s
               + QString::number(random.bounded(200)));
        QVERIFY(q.next());
        const TicketId id(q.value(0).toLongLong());
        const qint64 version = q.value(1).toLongLong();
        const bool closed = q.value(2).toString() == u"closed";
        q.finish();
        switch (random.bounded(6)) {
        case 0: // a new ticket arrives on top
            QVERIFY(store.create({u"New %1"_s.arg(i), {}, Channel::Chat, u"hello"_s}).ok());
            break;
        case 1: // activity moves a ticket up
            if (!closed)
                QVERIFY(store.addMessage(id, MessageKind::Customer, {}, u"ping"_s).ok());
            break;
        case 2: // solved: it leaves the view
            if (!closed)
                QVERIFY(store.solve(id, Resolution::CustomerConfirmed, version, {}).ok());
            break;
        case 3: // reopened: it comes back
            if (!closed)
                QVERIFY(store.setStatus(id, TicketStatus::Open, version, {}).ok());
            break;
        case 4: // a note changes nothing in the order... but the activity time
            if (!closed)
                QVERIFY(store.addMessage(id, MessageKind::Note, {}, u"note"_s).ok());
            break;
        default: // touch only some loaded rows' data
            if (!closed)
                QVERIFY(store.addTag(id, u"tag%1"_s.arg(random.bounded(5)), {}).ok());
            break;
        }
        if (i % 50 == 0 || i == operations - 1)
            QCOMPARE(modelOrder(model), expectedOrder(*m_db));
    }
    QCOMPARE(resets.count(), 0);
}

void TestInboxModel::selectionFollowsItsTicket()
{
    bulkTickets(*m_db, 50, start);
    InboxModel model(*m_db, *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setQuery(openView(), {}).ok());
    const QPersistentModelIndex selected = model.index(10, InboxModel::SubjectColumn);
    const TicketId ticket = model.ticketAt(selected);
    TicketStore store(*m_db, *m_clock);
    for (int i = 0; i < 3; ++i) {
        m_clock->advanceMs(1000);
        QVERIFY(store.create({u"Arrives above"_s, {}, Channel::Email, u"x"_s}).ok());
    }
    QCOMPARE(selected.row(), 13);
    QCOMPARE(model.ticketAt(selected), ticket);
}

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
