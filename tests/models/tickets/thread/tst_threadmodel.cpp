// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestThreadModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R38_kindsAreToldApart_data() { Test::addEngineColumn(); }
    void R38_kindsAreToldApart();
    void newestPageFirstEarlierOnDemand_data() { Test::addEngineColumn(); }
    void newestPageFirstEarlierOnDemand();
    void followsRandomOrderWritesUnderTheTester_data() { Test::addEngineColumn(); }
    void followsRandomOrderWritesUnderTheTester();
};

namespace {

constexpr qint64 start = 1'795'000'000'000;

/// The store's thread ordered as the model orders it.
QList<qint64> storeIds(TicketStore &store, TicketId ticket)
{
    QList<Message> all = store.messages(ticket).value();
    std::sort(all.begin(), all.end(), [](const Message &a, const Message &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QList<qint64> ids;
    for (const Message &m : all)
        ids.append(m.id.value());
    return ids;
}

QList<qint64> modelIds(const ThreadModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(IdRole).toLongLong());
    return ids;
}

} // namespace

void TestThreadModel::R38_kindsAreToldApart()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TicketStore store(*db, clock);
    const TicketId ticket = store.create({u"Login fails"_s, {}, Channel::Email, u"I cannot log in"_s}).value();
    clock.advanceMs(1000);
    QVERIFY(store.addMessage(ticket, MessageKind::Note, {}, u"Looks like the cache"_s).ok());
    clock.advanceMs(1000);
    QVERIFY(store.addMessage(ticket, MessageKind::Agent, {}, u"Please clear the cache"_s).ok());
    clock.advanceMs(1000);
    QVERIFY(store.addMessage(ticket, MessageKind::System, {}, u"Handed over"_s).ok());

    ThreadModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setTicket(ticket).ok());
    QCOMPARE(model.rowCount(), 4);
    const QList<MessageKind> kinds{MessageKind::Customer, MessageKind::Note, MessageKind::Agent, MessageKind::System};
    for (int row = 0; row < 4; ++row)
        QCOMPARE(MessageKind(model.index(row).data(MessageKindRole).toInt()), kinds.at(row));
    QCOMPARE(model.index(1).data().toString(), u"Looks like the cache"_s);
    QCOMPARE(model.rowAt(model.index(1)).kind, MessageKind::Note);
    QCOMPARE(model.newestMessage(), MessageId(model.index(3).data(IdRole).toLongLong()));
    QCOMPARE(model.indexOf(model.newestMessage()).row(), 3);
}

void TestThreadModel::newestPageFirstEarlierOnDemand()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TicketStore store(*db, clock);
    const TicketId ticket = store.create({u"Long thread"_s, {}, Channel::Email, u"message 0"_s}).value();
    for (int i = 1; i < 25; ++i) {
        clock.advanceMs(60'000);
        QVERIFY(store.addMessage(ticket, i % 2 ? MessageKind::Agent : MessageKind::Customer, {}, u"message %1"_s.arg(i)).ok());
    }
    // No model tester here: it calls fetchMore() after every change itself, which is right
    // for checking the model (see the random test) but would load every page at once.
    ThreadModel model(*db);
    model.setPageSize(10);
    QVERIFY(model.setTicket(ticket).ok());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0).data().toString(), u"message 15"_s);
    QCOMPARE(model.index(9).data().toString(), u"message 24"_s);
    QVERIFY(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0); // prepended
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(model.index(0).data().toString(), u"message 5"_s);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0).data().toString(), u"message 0"_s);
}

void TestThreadModel::followsRandomOrderWritesUnderTheTester()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    TicketStore store(*db, clock);
    const TicketId ticket = store.create({u"Busy"_s, {}, Channel::Chat, u"first"_s}).value();
    const TicketId other = store.create({u"Other"_s, {}, Channel::Chat, u"elsewhere"_s}).value();

    ThreadModel model(*db);
    // The open ticket hands its thread the changes; here every change goes to it.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, &ThreadModel::applyChanges);
    model.setPageSize(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setTicket(ticket).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCoreApplication::processEvents(); // the tester's own fetchMore() from the reset, if any

    QRandomGenerator random(7);
    const int operations = engine == DatabaseUrl::Engine::SQLite ? 2000 : 700;
    const QList<MessageKind> kinds{MessageKind::Customer, MessageKind::Agent, MessageKind::Note, MessageKind::System};
    for (int i = 0; i < operations; ++i) {
        const int choice = int(random.bounded(20));
        if (choice == 0) {
            QCoreApplication::processEvents(); // pages the tester asked for while a change was in flight
            model.fetchMore({});
        } else {
            // Clocks disagree between desktops: a message may be stamped before ones already shown.
            clock.setNowMs(start + qint64(random.bounded(3'600'000)));
            const TicketId target = choice == 1 ? other : ticket;
            QVERIFY(store.addMessage(target, kinds.at(random.bounded(4)), {}, u"op %1"_s.arg(i)).ok());
        }
        if (i % 50 == 0 || i == operations - 1) {
            // Exactly the store's messages from the oldest one shown on, in time order.
            const QList<qint64> expected = storeIds(store, ticket);
            const QList<qint64> shown = modelIds(model);
            QVERIFY(!shown.isEmpty());
            const qsizetype from = expected.indexOf(shown.constFirst());
            QVERIFY(from >= 0);
            QCOMPARE(shown, expected.mid(from));
            QCOMPARE(model.canFetchMore({}), from > 0);
        }
    }
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(modelIds(model), storeIds(store, ticket));
    QCOMPARE(resets.count(), 0); // precise signals only
    QVERIFY(model.rowCount() > 500);
}

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
