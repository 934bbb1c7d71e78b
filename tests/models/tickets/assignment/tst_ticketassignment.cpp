// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/agentloadmodel.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "tests/models/tickets/ticketfixture.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTicketAssignment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R33_takeIsExplicitAndRecorded_data() { Test::addEngineColumn(); }
    void R33_takeIsExplicitAndRecorded();
    void R33_secondTakeFailsNamingTheFirstTaker_data() { Test::addEngineColumn(); }
    void R33_secondTakeFailsNamingTheFirstTaker();
    void R45_handOffRecordsWhoAndWhyAndTheTakeover_data() { Test::addEngineColumn(); }
    void R45_handOffRecordsWhoAndWhyAndTheTakeover();
    void R23_escalationGoesToALeadWithCarp_data() { Test::addEngineColumn(); }
    void R23_escalationGoesToALeadWithCarp();
    void R24_thresholdCountsBusinessDays();
    void R24_longHeldTicketsAreFlagged_data() { Test::addEngineColumn(); }
    void R24_longHeldTicketsAreFlagged();
    void R19_agentLoadModelShowsEachAgentsOpenTickets_data() { Test::addEngineColumn(); }
    void R19_agentLoadModelShowsEachAgentsOpenTickets();
    void R24_agentLoadShowsHoldsGrowingLong_data() { Test::addEngineColumn(); }
    void R24_agentLoadShowsHoldsGrowingLong();
};

void TestTicketAssignment::R33_takeIsExplicitAndRecorded()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Import hangs"_s);
    TicketAssignment assignment(*db, clock);

    const auto v2 = assignment.take(id, 1, anna);
    QVERIFY2(v2.ok(), qPrintable(v2.ok() ? QString() : v2.error().message));
    QCOMPARE(*v2, 2);
    QCOMPARE(TicketStore(*db).ticket(id)->assignee, anna);
    // Taking one's own ticket again changes nothing.
    QCOMPARE(*assignment.take(id, *v2, anna), 2);
    QVERIFY(!assignment.take(id, 1, {}).ok()); // nobody signed in

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket_events WHERE kind = 'assignment'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestTicketAssignment::R33_secondTakeFailsNamingTheFirstTaker()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Import hangs"_s);
    TicketAssignment assignment(*db, clock);

    // Both loaded version 1; Anna clicks first.
    QVERIFY(assignment.take(id, 1, anna).ok());
    const auto lost = assignment.take(id, 1, ivan);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, Error::Kind::Conflict);
    QVERIFY2(lost.error().message.contains(u"Anna Berg took ticket"_s), qPrintable(lost.error().message));
    QCOMPARE(TicketStore(*db).ticket(id)->assignee, anna);

    // With a fresh version it is still Anna's: taking is not stealing.
    const auto again = assignment.take(id, Test::versionOf(*db, id), ivan);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"Anna Berg"_s));
}

void TestTicketAssignment::R45_handOffRecordsWhoAndWhyAndTheTakeover()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Server migration"_s);
    TicketAssignment assignment(*db, clock);
    auto v = assignment.take(id, 1, anna);
    QVERIFY(v.ok());

    QVERIFY(!assignment.handOff(id, ivan, u"   "_s, *v, anna).ok()); // a reason is required
    clock.advanceMs(Test::fixtureMinute);
    const auto handed = assignment.handOff(id, ivan, u"My shift ends; Ivan knows the server"_s, *v, anna);
    QVERIFY2(handed.ok(), qPrintable(handed.ok() ? QString() : handed.error().message));
    QCOMPARE(handed->cannedKey, u"handoff"_s);
    QCOMPARE(TicketStore(*db).ticket(id)->assignee, ivan);
    QCOMPARE(*assignment.isHandedTo(id, ivan), true);

    clock.advanceMs(Test::fixtureMinute);
    const auto taken = assignment.take(id, handed->version, ivan);
    QVERIFY(taken.ok());
    QCOMPARE(*taken, handed->version + 1);
    QCOMPARE(*assignment.isHandedTo(id, ivan), false);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT kind, agent_id, old_value, new_value, reason FROM ticket_events "
                   "WHERE kind IN ('handoff', 'takeover') ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"handoff"_s);
    QCOMPARE(q.value(1).toLongLong(), anna.value());
    QCOMPARE(q.value(2).toLongLong(), anna.value());
    QCOMPARE(q.value(3).toLongLong(), ivan.value());
    QCOMPARE(q.value(4).toString(), u"My shift ends; Ivan knows the server"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"takeover"_s);
    QCOMPARE(q.value(1).toLongLong(), ivan.value());
}

void TestTicketAssignment::R23_escalationGoesToALeadWithCarp()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    const AgentId lead = Test::makeAgent(*db, clock, u"vera"_s, u"Vera Lead"_s, AgentRole::Lead);
    const TicketId id = Test::makeTicket(*db, clock, u"I want my money back!!!"_s);
    TicketAssignment assignment(*db, clock);
    auto v = assignment.take(id, 1, anna);
    QVERIFY(v.ok());

    const auto notLead = assignment.escalate(id, ivan, u"angry customer"_s, *v, anna);
    QVERIFY(!notLead.ok());
    QVERIFY(notLead.error().message.contains(u"Ivan Petrov"_s));
    const auto escalated = assignment.escalate(id, lead, u"Customer is shouting about refunds"_s, *v, anna);
    QVERIFY(escalated.ok());
    QCOMPARE(escalated->cannedKey, u"handoff"_s);
    QCOMPARE(TicketStore(*db).ticket(id)->assignee, lead);

    const QString carp = TicketAssignment::carpReminder();
    for (const auto &word : {u"Control"_s, u"Acknowledge"_s, u"Refocus"_s, u"Problem-solve"_s})
        QVERIFY2(carp.contains(word), qPrintable(word));

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT new_value, reason FROM ticket_events WHERE kind = 'escalation'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), lead.value());
    QCOMPARE(q.value(1).toString(), u"Customer is shouting about refunds"_s);
}

void TestTicketAssignment::R24_thresholdCountsBusinessDays()
{
    BusinessHours hours; // Mon-Fri
    // Wednesday 2026-11-18 12:00 UTC: three working days back is Friday 2026-11-13 12:00.
    const QDateTime wednesday(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::UTC);
    const qint64 threshold = LongHeld::threshold(wednesday.toMSecsSinceEpoch(), hours, 3);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(threshold, QTimeZone::UTC),
             QDateTime(QDate(2026, 11, 13), QTime(12, 0), QTimeZone::UTC));
    hours.holidays.insert(QDate(2026, 11, 16)); // a Monday holiday pushes it back one more day
    QCOMPARE(
        QDateTime::fromMSecsSinceEpoch(LongHeld::threshold(wednesday.toMSecsSinceEpoch(), hours, 3), QTimeZone::UTC)
            .date(),
        QDate(2026, 11, 12));
}

void TestTicketAssignment::R24_longHeldTicketsAreFlagged()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const QDateTime monday(QDate(2026, 11, 16), QTime(10, 0), QTimeZone::UTC);
    FakeClock clock(monday.toMSecsSinceEpoch());
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    TicketAssignment assignment(*db, clock);
    const TicketId held = Test::makeTicket(*db, clock, u"Held since Monday"_s);
    const TicketId solved = Test::makeTicket(*db, clock, u"Solved since Monday"_s);
    QVERIFY(assignment.take(held, 1, anna).ok());
    QVERIFY(assignment.take(solved, 1, anna).ok());
    QVERIFY(TicketStore(*db, clock).solve(solved, Resolution::CustomerConfirmed, 2, anna).ok());
    clock.setNowMs(monday.addDays(2).toMSecsSinceEpoch());
    const TicketId fresh = Test::makeTicket(*db, clock, u"Taken on Wednesday"_s);
    QVERIFY(assignment.take(fresh, 1, anna).ok());

    QCOMPARE(*LongHeld::businessDays(*db), 3); // the migration's default
    const BusinessHours hours;
    const QList<TicketId> all{held, solved, fresh};
    // Thursday: three working days have not passed yet.
    clock.setNowMs(monday.addDays(3).toMSecsSinceEpoch());
    QCOMPARE(*LongHeld::flagged(*db, all, LongHeld::threshold(clock.nowMs(), hours, 3)), QList<TicketId>{});
    // Thursday after, at the same time: Monday's ticket is flagged; the solved one never is.
    clock.setNowMs(monday.addDays(3).addSecs(1).toMSecsSinceEpoch());
    QCOMPARE(*LongHeld::flagged(*db, all, LongHeld::threshold(clock.nowMs(), hours, 3)), QList<TicketId>{held});
    QCOMPARE(*LongHeld::isFlagged(*db, fresh, LongHeld::threshold(clock.nowMs(), hours, 3)), false);

    // The condition works in any query (the inbox binds the threshold).
    QSqlQuery q(db->connection());
    QVERIFY(q.prepare(u"SELECT count(*) FROM tickets t WHERE "_s + LongHeld::condition(u"t"_s)));
    q.addBindValue(LongHeld::threshold(clock.nowMs(), hours, 3));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestTicketAssignment::R19_agentLoadModelShowsEachAgentsOpenTickets()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    TicketAssignment assignment(*db, clock);
    QList<TicketId> ids;
    for (int i = 0; i < 4; ++i)
        ids << Test::makeTicket(*db, clock, u"Ticket %1"_s.arg(i));

    AgentLoadModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(RawValueRole).toInt(), 0);

    QVERIFY(assignment.take(ids[0], 1, anna).ok());
    QVERIFY(assignment.take(ids[1], 1, ivan).ok());
    QVERIFY(assignment.take(ids[2], 1, ivan).ok());
    QVERIFY(assignment.take(ids[3], 1, ivan).ok());
    // Solved tickets are no load.
    QVERIFY(TicketStore(*db, clock).solve(ids[3], Resolution::CustomerConfirmed, 2, ivan).ok());
    // Live: Ivan is the busiest and comes first.
    QCOMPARE(model.loadAt(model.index(0)).agent, ivan);
    QCOMPARE(model.index(0).data(RawValueRole).toInt(), 2);
    QCOMPARE(model.loadAt(model.indexOf(anna)).open, 1);
    QVERIFY(model.index(0).data().toString().contains(u"Ivan Petrov"_s));

    // Held for a week: the R24 count shows on the row.
    clock.advanceMs(7LL * 24 * 60 * Test::fixtureMinute);
    QVERIFY(model.refresh().ok());
    QCOMPARE(model.loadAt(model.indexOf(ivan)).longHeld, 2);
    QCOMPARE(model.index(0).data(OverdueRole).toBool(), true);
}

// Found by the model torture: nothing is written when a hold grows long, so the panel showed
// the flag only after the next change of any ticket or agent.
void TestTicketAssignment::R24_agentLoadShowsHoldsGrowingLong()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId ticket = Test::makeTicket(*db, clock, u"Export fails"_s);
    QVERIFY(TicketAssignment(*db, clock).take(ticket, 1, ivan).ok());
    AgentLoadModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecheckInterval(std::chrono::milliseconds(20));
    QCOMPARE(model.loadAt(model.indexOf(ivan)).longHeld, 0);

    clock.advanceMs(7LL * 24 * 60 * Test::fixtureMinute);
    QTRY_COMPARE(model.loadAt(model.indexOf(ivan)).longHeld, 1);
    QCOMPARE(model.index(0).data(OverdueRole).toBool(), true);
}

QTEST_GUILESS_MAIN(TestTicketAssignment)
#include "tst_ticketassignment.moc"
