// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/storage/database.h"
#include "models/tickets/triage/taglistmodel.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/models/tickets/ticketfixture.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTicketTags final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R14_addAndRemoveAreAudited_data() { Test::addEngineColumn(); }
    void R14_addAndRemoveAreAudited();
    void R14_lockedListRefusesNewTags_data() { Test::addEngineColumn(); }
    void R14_lockedListRefusesNewTags();
    void R14_tagListModelOrdersByUseAndFollowsChanges_data() { Test::addEngineColumn(); }
    void R14_tagListModelOrdersByUseAndFollowsChanges();
    void R14_coverageOfThisMonthAgainstTheGoal_data() { Test::addEngineColumn(); }
    void R14_coverageOfThisMonthAgainstTheGoal();
};

void TestTicketTags::R14_addAndRemoveAreAudited()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    const TicketId id = Test::makeTicket(*db, clock, u"Billing question"_s);
    TicketTags tags(*db, clock);

    QVERIFY(tags.add(id, u"  Billing  Export "_s, anna).ok());
    QCOMPARE(*tags.tags(id), QStringList{u"billing-export"_s});
    QVERIFY(tags.remove(id, u"BILLING-export"_s, anna).ok());
    QCOMPARE(*tags.tags(id), QStringList{});
    QVERIFY(tags.remove(id, u"billing-export"_s, anna).ok()); // nothing left to remove: no error, no event

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"SELECT kind, old_value, new_value FROM ticket_events WHERE kind LIKE 'tag_%' ORDER BY id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"tag_added"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"tag_removed"_s);
    QCOMPARE(q.value(1).toString(), u"billing-export"_s);
    QVERIFY(!q.next());
    // The tag stays on the team's list, unused.
    const auto team = tags.teamTags();
    QVERIFY(team.ok());
    QCOMPARE(team->size(), 1);
    QCOMPARE(team->first().uses, 0);
}

void TestTicketTags::R14_lockedListRefusesNewTags()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    const TicketId id = Test::makeTicket(*db, clock, u"Postbacks"_s);
    TicketTags tags(*db, clock);
    QVERIFY(tags.add(id, u"postback"_s, {}).ok());
    QCOMPARE(*tags.isLocked(), false);

    QVERIFY(tags.setLocked(true).ok());
    QCOMPARE(*tags.isLocked(), true);
    const TicketId other = Test::makeTicket(*db, clock, u"Domains"_s);
    const auto refused = tags.add(other, u"domains"_s, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(refused.error().message.contains(u"locked"_s));
    QVERIFY(tags.add(other, u"Postback"_s, {}).ok()); // an existing tag is fine
    QCOMPARE(*tags.tags(other), QStringList{u"postback"_s});

    QVERIFY(tags.setLocked(false).ok());
    QVERIFY(tags.add(other, u"domains"_s, {}).ok());
}

void TestTicketTags::R14_tagListModelOrdersByUseAndFollowsChanges()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    TicketTags tags(*db, clock);
    QList<TicketId> tickets;
    for (int i = 0; i < 4; ++i)
        tickets << Test::makeTicket(*db, clock, u"Ticket %1"_s.arg(i));
    QVERIFY(tags.add(tickets[0], u"alpha"_s, {}).ok());
    QVERIFY(tags.add(tickets[0], u"zeta"_s, {}).ok());
    QVERIFY(tags.add(tickets[1], u"zeta"_s, {}).ok());

    TagListModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"zeta"_s); // used twice
    QCOMPARE(model.index(0).data(RawValueRole).toLongLong(), 2);
    QCOMPARE(model.index(1).data().toString(), u"alpha"_s);

    // Live: alpha overtakes zeta, and a new tag appears.
    QVERIFY(tags.add(tickets[1], u"alpha"_s, {}).ok());
    QVERIFY(tags.add(tickets[2], u"alpha"_s, {}).ok());
    QVERIFY(tags.add(tickets[3], u"billing"_s, {}).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(0).data(RawValueRole).toLongLong(), 3);

    // QCompleter-friendly: completes on the edit role.
    QCompleter completer(&model);
    completer.setCompletionPrefix(u"bi"_s);
    QCOMPARE(completer.currentCompletion(), u"billing"_s);

    // Removing and merging keep the counts true (the trigger follows ticket_tags).
    QVERIFY(tags.remove(tickets[0], u"alpha"_s, {}).ok());
    QCOMPARE(model.index(model.indexOf(u"alpha"_s).row()).data(RawValueRole).toLongLong(), 2);
}

void TestTicketTags::R14_coverageOfThisMonthAgainstTheGoal()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const QDateTime monthStart(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    FakeClock clock(monthStart.addDays(-2).toMSecsSinceEpoch());
    TicketTags tags(*db, clock);
    // Last month: tagged, must not count.
    QVERIFY(tags.add(Test::makeTicket(*db, clock, u"October"_s), u"old"_s, {}).ok());
    clock.setNowMs(monthStart.addDays(3).toMSecsSinceEpoch());
    QList<TicketId> ids;
    for (int i = 0; i < 10; ++i)
        ids << Test::makeTicket(*db, clock, u"November %1"_s.arg(i));
    for (int i = 0; i < 6; ++i)
        QVERIFY(tags.add(ids.at(i), u"billing"_s, {}).ok());
    QVERIFY(tags.add(ids.at(0), u"export"_s, {}).ok()); // two tags, still one ticket

    auto coverage = tags.coverageThisMonth(QTimeZone::UTC);
    QVERIFY(coverage.ok());
    QCOMPARE(coverage->total, 10);
    QCOMPARE(coverage->tagged, 6);
    QCOMPARE(coverage->goalPercent, 70);
    QCOMPARE(coverage->percent(), 60.0);
    QVERIFY(!coverage->meetsGoal());

    QVERIFY(tags.add(ids.at(6), u"billing"_s, {}).ok());
    coverage = tags.coverageThisMonth(QTimeZone::UTC);
    QCOMPARE(coverage->tagged, 7);
    QVERIFY(coverage->meetsGoal()); // 70 % is the goal (R14)
    // Counts follow removals and merges (tag_count is kept by triggers).
    QVERIFY(tags.remove(ids.at(6), u"billing"_s, {}).ok());
    QCOMPARE(tags.coverageThisMonth(QTimeZone::UTC)->tagged, 6);
    QVERIFY(tags.remove(ids.at(0), u"billing"_s, {}).ok()); // still tagged "export"
    QCOMPARE(tags.coverageThisMonth(QTimeZone::UTC)->tagged, 6);
    QVERIFY(tags.add(ids.at(6), u"billing"_s, {}).ok());

    // The month is the team's: at 23:30 UTC on Nov 30 it is already December in Moscow.
    clock.setNowMs(QDateTime(QDate(2026, 11, 30), QTime(23, 30), QTimeZone::UTC).toMSecsSinceEpoch());
    const auto moscow = tags.coverageThisMonth(QTimeZone("Europe/Moscow"));
    QVERIFY(moscow.ok());
    QCOMPARE(moscow->total, 0);
    QCOMPARE(moscow->percent(), 100.0);
}

QTEST_MAIN(TestTicketTags)
#include "tst_tickettags.moc"
