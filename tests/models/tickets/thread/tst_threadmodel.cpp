// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettriage.h"
#include "tests/models/tickets/ticketfixture.h"
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
    void R45_eventsShowInTheirPlaceWithTheirReason_data() { Test::addEngineColumn(); }
    void R45_eventsShowInTheirPlaceWithTheirReason();
    void eventsAndMessagesPageTogether_data() { Test::addEngineColumn(); }
    void eventsAndMessagesPageTogether();
    void describesEveryKindInWords();
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

/// The messages the model shows, in its order (events left out).
QList<qint64> modelIds(const ThreadModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(EventIdRole).toLongLong() == 0)
            ids.append(model.index(row).data(IdRole).toLongLong());
    }
    return ids;
}

/// What the thread shows, row by row: the message body or the event's sentence.
QStringList modelLines(const ThreadModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines.append(model.index(row).data().toString());
    return lines;
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
        QVERIFY(store.addMessage(ticket, i % 2 ? MessageKind::Agent : MessageKind::Customer, {}, u"message %1"_s.arg(i))
                    .ok());
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

void TestThreadModel::R45_eventsShowInTheirPlaceWithTheirReason()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Petrova"_s);
    const AgentId boris = Test::makeAgent(*db, clock, u"boris"_s, u"Boris Ivanov"_s);
    TicketStore store(*db, clock);
    TicketAssignment assignment(*db, clock);
    const TicketId ticket = Test::makeTicket(*db, clock, u"Export fails"_s, u"The export stops at 50 %"_s);

    ThreadModel model(*db);
    connect(db->changeFeed(), &ChangeFeed::changed, &model, &ThreadModel::applyChanges);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setTicket(ticket).ok());
    // The ticket's birth is its first message, not an event of its own.
    QCOMPARE(modelLines(model), QStringList{u"The export stops at 50 %"_s});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    clock.advanceMs(60'000);
    QVERIFY(assignment.take(ticket, Test::versionOf(*db, ticket), anna));
    clock.advanceMs(60'000);
    QVERIFY(store.addMessage(ticket, MessageKind::Agent, anna, u"Looking into it"_s).ok());
    clock.advanceMs(60'000);
    QVERIFY(TicketTriage(*db, clock).setSeverity(ticket, Severity::High, Test::versionOf(*db, ticket), anna));
    clock.advanceMs(60'000);
    QVERIFY(assignment.handOff(ticket, boris, u"On holiday from Monday; the log is in my note"_s,
                               Test::versionOf(*db, ticket), anna));
    clock.advanceMs(60'000);
    const TicketId duplicate = Test::makeTicket(*db, clock, u"Export again"_s, u"Still broken"_s);
    clock.advanceMs(60'000);
    QVERIFY(TicketMerge(*db, clock).merge(duplicate, ticket, Test::versionOf(*db, duplicate), boris).ok());
    QCoreApplication::processEvents();

    const QStringList lines = modelLines(model);
    // Each event where it happened, between the messages; the hand-off with its reason.
    QVERIFY2(lines.size() == 7, qPrintable(lines.join(u" | "_s)));
    QCOMPARE(lines.at(0), u"The export stops at 50 %"_s);
    QCOMPARE(lines.at(1), u"Anna Petrova took the ticket"_s);
    QCOMPARE(lines.at(2), u"Looking into it"_s);
    QCOMPARE(lines.at(3), u"Anna Petrova set the severity to "_s + TicketTriage::severityText(Severity::High));
    QCOMPARE(lines.at(4),
             u"Anna Petrova handed the ticket over to Boris Ivanov: On holiday from Monday; the log is in my note"_s);
    // The merge brings the duplicate's message (stamped when it was written) and tells it.
    QCOMPARE(lines.at(5), u"Still broken"_s);
    const int merged = 6;
    QCOMPARE(lines.at(merged), u"Boris Ivanov merged ticket #%1 into this one"_s.arg(duplicate.value()));
    QCOMPARE(model.index(merged).data(LinkRole).toUrl(), QUrl(u"casebook://ticket/%1"_s.arg(duplicate.value())));
    QVERIFY(model.index(merged).data(EventIdRole).toLongLong() > 0);
    QCOMPARE(MessageKind(model.index(merged).data(MessageKindRole).toInt()), MessageKind::System);
    QCOMPARE(model.index(4).data(AuthorRole).toString(), u"Anna Petrova"_s);
    QCOMPARE(resets.count(), 0); // each arrived as a precise insert

    // A fresh model reads the same rows in the same order.
    ThreadModel again(*db);
    QVERIFY(again.setTicket(ticket).ok());
    QCOMPARE(modelLines(again), modelLines(model));
    // Events are not messages: the send guard's newest message is the newest real one.
    QCOMPARE(again.rowAt(again.index(again.indexOf(again.newestMessage()).row())).isEvent(), false);
}

void TestThreadModel::eventsAndMessagesPageTogether()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna"_s);
    TicketStore store(*db, clock);
    const TicketId ticket = Test::makeTicket(*db, clock, u"Busy"_s, u"m0"_s);
    QRandomGenerator random(11);
    for (int i = 1; i < 40; ++i) {
        // Often the same millisecond: the order must still be one and the same on every page.
        if (random.bounded(3) == 0)
            clock.advanceMs(1000);
        if (random.bounded(2) == 0)
            QVERIFY(store.addMessage(ticket, MessageKind::Note, anna, u"m%1"_s.arg(i)).ok());
        else
            QVERIFY(store.addTag(ticket, u"tag%1"_s.arg(i), anna).ok());
    }
    ThreadModel whole(*db);
    whole.setPageSize(1000);
    QVERIFY(whole.setTicket(ticket).ok());
    const QStringList all = modelLines(whole);
    QCOMPARE(all.size(), 40);

    for (const int size : {1, 3, 7}) {
        ThreadModel paged(*db);
        paged.setPageSize(size);
        QVERIFY(paged.setTicket(ticket).ok());
        QCOMPARE(paged.rowCount(), size);
        while (paged.canFetchMore({}))
            paged.fetchMore({});
        QCOMPARE(modelLines(paged), all);
    }
}

void TestThreadModel::describesEveryKindInWords()
{
    using ThreadRows::describe;
    QCOMPARE(describe(u"status"_s, u"Anna"_s, u"open"_s, u"solved"_s, u"customer_confirmed"_s, {}),
             u"Anna solved the ticket: The customer confirmed it works"_s);
    QCOMPARE(describe(u"status"_s, {}, u"solved"_s, u"closed"_s, {}, {}), u"Casebook closed the ticket"_s);
    QCOMPARE(describe(u"status"_s, {}, u"pending"_s, u"open"_s, {}, {}),
             u"The customer's answer reopened the ticket"_s);
    QCOMPARE(describe(u"status"_s, u"Anna"_s, u"open"_s, u"pending"_s, {}, {}),
             u"Anna set the status to Pending (was Open)"_s);
    QCOMPARE(describe(u"escalation"_s, u"Anna"_s, u"3"_s, u"4"_s, u"Needs a lead"_s, u"Vera"_s),
             u"Anna escalated the ticket to Vera: Needs a lead"_s);
    QCOMPARE(describe(u"handoff"_s, u"Anna"_s, u"3"_s, u"9"_s, {}, {}),
             u"Anna handed the ticket over to someone no longer on the team"_s);
    QCOMPARE(describe(u"tag_added"_s, u"Anna"_s, {}, u"billing"_s, {}, {}), u"Anna added the tag billing"_s);
    QCOMPARE(describe(u"complexity"_s, u"Anna"_s, {}, u"critical"_s, {}, {}),
             u"Anna rated the request "_s + TicketTriage::complexityText(Complexity::Critical));
    QCOMPARE(describe(u"bug_report"_s, u"Anna"_s, {}, u"12"_s, u"Export stops"_s, {}),
             u"Anna filed bug report #12: Export stops"_s);
    QCOMPARE(ThreadRows::link(u"bug_report"_s, u"12"_s), QUrl(u"casebook://bug/12"_s));
    QCOMPARE(ThreadRows::link(u"proposal"_s, u"5"_s), QUrl(u"casebook://proposal/5"_s));
    QCOMPARE(ThreadRows::link(u"merged_in"_s, u"7"_s), QUrl(u"casebook://ticket/7"_s));
    QVERIFY(ThreadRows::link(u"handoff"_s, u"4"_s).isEmpty());
    // An unknown kind (an import's, a newer desktop's) still reads as a change.
    QCOMPARE(describe(u"sla_policy"_s, u"Anna"_s, {}, u"gold"_s, {}, {}), u"Anna changed sla_policy to “gold”"_s);
}

QTEST_GUILESS_MAIN(TestThreadModel)
#include "tst_threadmodel.moc"
