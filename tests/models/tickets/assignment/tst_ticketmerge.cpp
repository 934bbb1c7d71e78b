// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/assignment/tickettasks.h"
#include "models/tickets/assignment/tickettasksmodel.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/models/tickets/ticketfixture.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTicketMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R37_sideTasksNeverKeepATicketOpen_data() { Test::addEngineColumn(); }
    void R37_sideTasksNeverKeepATicketOpen();
    void R37_tasksModelChecksTasksDone_data() { Test::addEngineColumn(); }
    void R37_tasksModelChecksTasksDone();
    void mergeMovesMessagesNotesTagsAndTasks_data() { Test::addEngineColumn(); }
    void mergeMovesMessagesNotesTagsAndTasks();
    void relatedLinksReadFromBothEnds_data() { Test::addEngineColumn(); }
    void relatedLinksReadFromBothEnds();
    void R32_customerWritingToAClosedTicketOpensAFollowUp_data() { Test::addEngineColumn(); }
    void R32_customerWritingToAClosedTicketOpensAFollowUp();
};

void TestTicketMerge::R37_sideTasksNeverKeepATicketOpen()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Docs are wrong"_s);
    TicketTasks tasks(*db, clock);

    QVERIFY(!tasks.add(id, u" "_s, TicketTaskKind::Docs, {}, anna).ok());
    const auto docs =
        tasks.add(id, u"Update the postback docs"_s, TicketTaskKind::Docs, u"https://tracker.example/T-1"_s, anna);
    QVERIFY(docs.ok());
    const auto testing = tasks.add(id, u"Test on staging"_s, TicketTaskKind::Testing, {}, anna);
    QVERIFY(testing.ok());
    auto list = tasks.tasks(id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).url, u"https://tracker.example/T-1"_s);
    QCOMPARE(list->at(0).kind, TicketTaskKind::Docs);

    const auto v = tasks.setDone(*docs, true, list->at(0).version, anna);
    QVERIFY(v.ok());
    QVERIFY(!tasks.setDone(*docs, false, list->at(0).version, anna).ok()); // stale version
    QCOMPARE(tasks.tasks(id)->at(0).done, true);

    // One task still open: solving is allowed all the same.
    const auto solved =
        TicketStore(*db, clock).solve(id, Resolution::CustomerConfirmed, Test::versionOf(*db, id), anna);
    QVERIFY2(solved.ok(), qPrintable(solved.ok() ? QString() : solved.error().message));
    QCOMPARE(TicketStore(*db).ticket(id)->status, TicketStatus::Solved);
    QCOMPARE(tasks.tasks(id)->at(1).done, false);
}

void TestTicketMerge::R37_tasksModelChecksTasksDone()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const TicketId id = Test::makeTicket(*db, clock, u"Docs are wrong"_s);
    const TicketId other = Test::makeTicket(*db, clock, u"Unrelated"_s);
    TicketTasks tasks(*db, clock);
    QVERIFY(tasks.add(id, u"First"_s, TicketTaskKind::Other, {}, {}).ok());

    TicketTasksModel model(*db, clock);
    // The open ticket hands its tasks the changes; here every change goes to them.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, &TicketTasksModel::applyChanges);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setTicket(id, {}).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(tasks.add(id, u"Second"_s, TicketTaskKind::Testing, {}, {}).ok());
    QVERIFY(tasks.add(other, u"Elsewhere"_s, TicketTaskKind::Testing, {}, {}).ok());
    QCOMPARE(model.rowCount(), 2); // live, and only this ticket's
    QCOMPARE(model.index(1).data().toString(), u"Second"_s);

    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(tasks.tasks(id)->at(1).done, true);

    QVERIFY(model.setTicket(other, {}).ok());
    QCOMPARE(model.rowCount(), 1);
}

void TestTicketMerge::mergeMovesMessagesNotesTagsAndTasks()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    TicketStore store(*db, clock);
    const TicketId survivor = Test::makeTicket(*db, clock, u"Export fails"_s, u"Export fails with 500"_s);
    clock.advanceMs(Test::fixtureMinute);
    const TicketId duplicate = Test::makeTicket(*db, clock, u"Export still failing"_s, u"Any news?"_s);
    QVERIFY(store.addMessage(duplicate, MessageKind::Note, anna, u"Same as the other one"_s).ok());
    TicketTags tags(*db, clock);
    QVERIFY(tags.add(duplicate, u"export"_s, anna).ok());
    QVERIFY(tags.add(duplicate, u"billing"_s, anna).ok());
    QVERIFY(tags.add(survivor, u"export"_s, anna).ok());
    QVERIFY(TicketTasks(*db, clock).add(duplicate, u"Check logs"_s, TicketTaskKind::Bug, {}, anna).ok());

    TicketMerge merge(*db, clock);
    QVERIFY(!merge.merge(survivor, survivor, 1, anna).ok());
    QVERIFY(!merge.merge(duplicate, survivor, 1, anna).ok()); // stale version of the duplicate
    const auto merged = merge.merge(duplicate, survivor, Test::versionOf(*db, duplicate), anna);
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message + merged.error().detail));

    const auto thread = store.messages(survivor);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 3);
    QCOMPARE(thread->at(2).kind, MessageKind::Note);
    QCOMPARE(store.messages(duplicate)->size(), 0);
    QCOMPARE(*tags.tags(survivor), (QStringList{u"billing"_s, u"export"_s}));
    QCOMPARE(*tags.tags(duplicate), QStringList{});
    QCOMPARE(TicketTasks(*db, clock).tasks(survivor)->size(), 1);
    QCOMPARE(tags.teamTags()->first().uses, 1); // moved, not doubled

    const auto gone = store.ticket(duplicate);
    QCOMPARE(gone->status, TicketStatus::Closed);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT merged_into_id FROM tickets WHERE id = %1"_s.arg(duplicate.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), survivor.value());
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket_events WHERE kind IN ('merge', 'merged_in')"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    const auto links = merge.links(survivor);
    QVERIFY(links.ok());
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().other, duplicate);
    QCOMPARE(links->first().kind, TicketLinkKind::Merged);
    QCOMPARE(links->first().outgoing, false);
    // Closed is final: it cannot be merged again.
    const TicketId third = Test::makeTicket(*db, clock, u"Third"_s);
    QVERIFY(!merge.merge(duplicate, third, Test::versionOf(*db, duplicate), anna).ok());
}

void TestTicketMerge::relatedLinksReadFromBothEnds()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const TicketId a = Test::makeTicket(*db, clock, u"A"_s);
    const TicketId b = Test::makeTicket(*db, clock, u"B"_s);
    TicketMerge merge(*db, clock);
    QVERIFY(!merge.link(a, a, {}).ok());
    QVERIFY(merge.link(b, a, {}).ok());
    QVERIFY(merge.link(a, b, {}).ok()); // the same link: no duplicate
    QCOMPARE(merge.links(a)->size(), 1);
    QCOMPARE(merge.links(a)->first().other, b);
    QCOMPARE(merge.links(a)->first().subject, u"B"_s);
    QCOMPARE(merge.links(b)->first().other, a);
    QCOMPARE(merge.links(b)->first().kind, TicketLinkKind::Related);
    QVERIFY(!merge.link(a, TicketId(9999), {}).ok());
}

void TestTicketMerge::R32_customerWritingToAClosedTicketOpensAFollowUp()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    Customer acme;
    acme.displayName = u"Acme"_s;
    const auto customer = CustomerStore(*db, clock).create(acme);
    QVERIFY(customer.ok());
    TicketStore store(*db, clock);
    const auto id = store.create({u"Invoices"_s, *customer, Channel::Chat, u"Where is my invoice?"_s});
    QVERIFY(id.ok());
    TicketMerge merge(*db, clock);

    const auto open = merge.addCustomerMessage(*id, u"Still waiting"_s);
    QVERIFY(open.ok());
    QCOMPARE(open->ticket, *id);
    QCOMPARE(open->followUp, false);

    QVERIFY(store.setStatus(*id, TicketStatus::Closed, Test::versionOf(*db, *id), {}).ok());
    const auto later = merge.addCustomerMessage(*id, u"Hello again, new invoice missing"_s);
    QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error().message + later.error().detail));
    QVERIFY(later->followUp);
    QVERIFY(later->ticket != *id);
    const auto followUp = store.ticket(later->ticket);
    QCOMPARE(followUp->subject, u"Invoices"_s);
    QCOMPARE(followUp->customer, *customer);
    QCOMPARE(followUp->channel, Channel::Chat);
    QCOMPARE(followUp->status, TicketStatus::New);
    QCOMPARE(store.messages(later->ticket)->first().body, u"Hello again, new invoice missing"_s);
    QCOMPARE(store.messages(*id)->size(), 2); // the closed one is untouched
    const auto links = merge.links(later->ticket);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().other, *id);
    QCOMPARE(links->first().kind, TicketLinkKind::FollowUp);
    QVERIFY(links->first().outgoing);
}

QTEST_GUILESS_MAIN(TestTicketMerge)
#include "tst_ticketmerge.moc"
