// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"
#include "models/tickets/triage/tickettriage.h"
#include "tests/models/tickets/ticketfixture.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Casebook::Complexity)

class TestTicketTriage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextStepsFollowComplexity_data();
    void nextStepsFollowComplexity();
    void R13_proposalTagSuggestion();
    void R28_everySeverityHasTheSeedDefinition();

    void R10_complexityIsRecordedAsAnEvent_data() { Test::addEngineColumn(); }
    void R10_complexityIsRecordedAsAnEvent();
    void R12_criticalStartsTheReactionClock_data() { Test::addEngineColumn(); }
    void R12_criticalStartsTheReactionClock();
    void R31_R39_kindSeverityAndChannelAreVersionChecked_data() { Test::addEngineColumn(); }
    void R31_R39_kindSeverityAndChannelAreVersionChecked();
};

void TestTicketTriage::nextStepsFollowComplexity_data()
{
    QTest::addColumn<Complexity>("complexity");
    QTest::addColumn<QList<NextStep>>("steps");
    using K = NextStep::Kind;
    QTest::newRow("R10 simple offers nothing") << Complexity::Simple << QList<NextStep>{};
    QTest::newRow("R11 complex offers acknowledgement")
        << Complexity::Complex << QList<NextStep>{{K::Reply, u"acknowledgement"_s, {}}};
    QTest::newRow("R12 critical offers acknowledgement and a bug report")
        << Complexity::Critical << QList<NextStep>{{K::Reply, u"acknowledgement"_s, {}}, {K::BugReport, {}, {}}};
    QTest::newRow("R13 proposal offers thanks, the proposal step and a tag")
        << Complexity::Proposal
        << QList<NextStep>{{K::Reply, u"proposal-thanks"_s, {}},
                           {K::ProposalStep, {}, {}},
                           {K::Tag, {}, u"proposal-dark-mode-for-reports"_s}};
}

void TestTicketTriage::nextStepsFollowComplexity()
{
    QFETCH(Complexity, complexity);
    QFETCH(QList<NextStep>, steps);
    const auto actual = TicketTriage::nextSteps(complexity, u"Dark mode for reports, please!"_s);
    QCOMPARE(actual.size(), steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(int(actual.at(i).kind), int(steps.at(i).kind));
        QCOMPARE(actual.at(i).cannedKey, steps.at(i).cannedKey);
        QCOMPARE(actual.at(i).tag, steps.at(i).tag);
    }
}

void TestTicketTriage::R13_proposalTagSuggestion()
{
    QCOMPARE(TicketTriage::proposalTag(u"Domains: SSL re-check"_s), u"proposal-domains-ssl-re-check"_s);
    QCOMPARE(TicketTriage::proposalTag(u"   "_s), u"proposal-"_s);
    QCOMPARE(TicketTriage::proposalTag(u"Экспорт в CSV"_s), u"proposal-экспорт-в-csv"_s);
}

void TestTicketTriage::R28_everySeverityHasTheSeedDefinition()
{
    QVERIFY(TicketTriage::severityDefinition(Severity::Low).contains(u"workaround"_s));
    QVERIFY(TicketTriage::severityDefinition(Severity::Medium).contains(u"blocked"_s));
    QVERIFY(TicketTriage::severityDefinition(Severity::High).contains(u"all customers"_s));
    QVERIFY(TicketTriage::severityDefinition(Severity::Critical).contains(u"offline"_s));
}

void TestTicketTriage::R10_complexityIsRecordedAsAnEvent()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Report is slow"_s);
    TicketTriage triage(*db, clock);

    const auto v2 = triage.setComplexity(id, Complexity::Complex, 1, anna);
    QVERIFY2(v2.ok(), qPrintable(v2.ok() ? QString() : v2.error().detail));
    QCOMPARE(*v2, 2);
    const auto ticket = TicketStore(*db, clock).ticket(id);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->complexity, Complexity::Complex);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT kind, old_value, new_value, agent_id FROM ticket_events WHERE kind = 'complexity'"_s));
    QVERIFY(q.next());
    QVERIFY(q.value(1).isNull());
    QCOMPARE(q.value(2).toString(), u"complex"_s);
    QCOMPARE(q.value(3).toLongLong(), anna.value());
}

void TestTicketTriage::R12_criticalStartsTheReactionClock()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const TicketId id = Test::makeTicket(*db, clock, u"Tracker is down"_s);
    TicketTriage triage(*db, clock);
    QVERIFY(triage.reactionDueAt(id).ok());
    QVERIFY(!triage.reactionDueAt(id)->has_value());

    clock.advanceMs(5 * Test::fixtureMinute);
    const auto v2 = triage.setComplexity(id, Complexity::Critical, 1, {});
    QVERIFY(v2.ok());
    const auto due = triage.reactionDueAt(id);
    QVERIFY(due.ok() && due->has_value());
    QCOMPARE(due->value(), Test::fixtureStart + 35 * Test::fixtureMinute);

    // Downgraded: the clock stops.
    QVERIFY(triage.setComplexity(id, Complexity::Complex, *v2, {}).ok());
    QVERIFY(!triage.reactionDueAt(id)->has_value());
}

void TestTicketTriage::R31_R39_kindSeverityAndChannelAreVersionChecked()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const AgentId ivan = Test::makeAgent(*db, clock, u"ivan"_s, u"Ivan Petrov"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Postback missing"_s);
    TicketTriage triage(*db, clock);

    auto v = triage.setRequestKind(id, RequestKind::Fixing, 1, anna);
    QVERIFY(v.ok());
    v = triage.setSeverity(id, Severity::Medium, *v, anna);
    QVERIFY(v.ok());
    v = triage.setChannel(id, Channel::Slack, *v, anna);
    QVERIFY(v.ok());
    const auto ticket = TicketStore(*db, clock).ticket(id);
    QCOMPARE(ticket->requestKind, RequestKind::Fixing);
    QCOMPARE(ticket->severity, Severity::Medium);
    QCOMPARE(ticket->channel, Channel::Slack);

    // Ivan worked from the first version: refused, and told who was first.
    const auto stale = triage.setSeverity(id, Severity::High, 1, ivan);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY2(stale.error().message.contains(u"Anna Berg"_s), qPrintable(stale.error().message));
    QCOMPARE(TicketStore(*db, clock).ticket(id)->severity, Severity::Medium);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM ticket_events WHERE kind IN ('request_kind', 'severity', 'channel')"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestTicketTriage)
#include "tst_tickettriage.moc"
