// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/tickets/lifecycle/lifecyclescheduler.h"
#include "models/tickets/lifecycle/ticketlifecycle.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 hour = 3600LL * 1000;
// Monday 2026-11-23 09:00 UTC.
const qint64 monday = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::UTC).toMSecsSinceEpoch();
} // namespace

class TestTicketLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R32_solvedClosesAfter72Hours_data() { Test::addEngineColumn(); }
    void R32_solvedClosesAfter72Hours();
    void R36_pendingWithoutReplyIsSolvedAfter48BusinessHours_data() { Test::addEngineColumn(); }
    void R36_pendingWithoutReplyIsSolvedAfter48BusinessHours();
    void R32_R36_schedulerAppliesOnAWorker_data() { Test::addEngineColumn(); }
    void R32_R36_schedulerAppliesOnAWorker();
    void settingsComeFromTheTeam_data() { Test::addEngineColumn(); }
    void settingsComeFromTheTeam();
};

void TestTicketLifecycle::R32_solvedClosesAfter72Hours()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(monday);
    TicketStore store(*db, clock);
    const auto id = store.create({u"Solved soon"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(id.ok());
    QVERIFY(store.solve(*id, Resolution::CustomerConfirmed, 1, {}).ok());
    TicketLifecycle lifecycle(*db, clock);
    const TicketLifecycle::Settings settings;

    clock.advanceMs(72 * hour - 1);
    QCOMPARE(lifecycle.apply(settings)->closed, 0);
    QCOMPARE(store.ticket(*id)->status, TicketStatus::Solved);
    clock.advanceMs(1);
    QCOMPARE(lifecycle.apply(settings)->closed, 1);
    QCOMPARE(store.ticket(*id)->status, TicketStatus::Closed);
    QCOMPARE(store.ticket(*id)->resolution, Resolution::CustomerConfirmed); // closing keeps how it was resolved
    QCOMPARE(lifecycle.apply(settings)->closed, 0); // once
}

void TestTicketLifecycle::R36_pendingWithoutReplyIsSolvedAfter48BusinessHours()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(monday);
    TicketStore store(*db, clock);
    const auto quiet = store.create({u"Waiting for the customer"_s, {}, Channel::Email, u"x"_s});
    const auto answered = store.create({u"Customer answers"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(quiet.ok() && answered.ok());
    QVERIFY(store.setStatus(*quiet, TicketStatus::Pending, 1, {}).ok());
    QVERIFY(store.setStatus(*answered, TicketStatus::Pending, 1, {}).ok());

    TicketLifecycle lifecycle(*db, clock);
    TicketLifecycle::Settings settings; // weekdays 09:00-19:00 UTC: 48 h end Friday 17:00
    clock.advanceMs(24 * hour);
    QVERIFY(store.addMessage(*answered, MessageKind::Customer, {}, u"Here are the logs"_s).ok());

    clock.setNowMs(QDateTime(QDate(2026, 11, 27), QTime(16, 59), QTimeZone::UTC).toMSecsSinceEpoch());
    QCOMPARE(lifecycle.apply(settings)->solved, 0);
    clock.setNowMs(QDateTime(QDate(2026, 11, 27), QTime(17, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    const auto outcome = lifecycle.apply(settings);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->solved, 1);
    QCOMPARE(store.ticket(*quiet)->status, TicketStatus::Solved);
    QCOMPARE(store.ticket(*quiet)->resolution, Resolution::NoResponse);
    QCOMPARE(store.ticket(*answered)->status, TicketStatus::Open); // the reply handed it back to the team (R32)
}

// What the running app does: the worker applies the lifecycle, the window's thread hears
// of it, and live views get the change.
void TestTicketLifecycle::R32_R36_schedulerAppliesOnAWorker()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(monday);
    TicketStore store(*db, clock);
    const auto id = store.create({u"Solved long ago"_s, {}, Channel::Email, u"x"_s});
    QVERIFY(id.ok());
    QVERIFY(store.solve(*id, Resolution::CustomerConfirmed, 1, {}).ok());
    clock.advanceMs(73 * hour);

    LifecycleScheduler scheduler(*db, clock);
    QSignalSpy applied(&scheduler, &LifecycleScheduler::applied);
    QSignalSpy changed(db->changeFeed(), &ChangeFeed::changed);
    scheduler.start(0, 60'000);
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).toInt(), 1);
    QCOMPARE(applied.first().at(1).toInt(), 0);
    QCOMPARE(store.ticket(*id)->status, TicketStatus::Closed);
    QTRY_VERIFY(!changed.isEmpty());
    scheduler.runNow();
    QTRY_COMPARE(applied.count(), 2);
    QCOMPARE(applied.last().at(0).toInt(), 0); // nothing left to do
}

void TestTicketLifecycle::settingsComeFromTheTeam()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(monday);
    const auto settings = TicketLifecycle(*db, clock).settings(BusinessHours{});
    QVERIFY(settings.ok());
    QCOMPARE(settings->solvedToClosedMs, 72 * hour);
    QCOMPARE(settings->pendingToSolvedWorkingMs, 48 * hour);
}

QTEST_GUILESS_MAIN(TestTicketLifecycle)
#include "tst_ticketlifecycle.moc"
