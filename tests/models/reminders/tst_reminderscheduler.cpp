// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/reminders/notificationmodel.h"
#include "models/reminders/reminderinputs.h"
#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderscheduler.h"
#include "models/reminders/reminderstore.h"
#include "models/replies/replyfiller.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");
qint64 msk(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}
} // namespace

class TestReminderScheduler final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup() { closeDatabase(); }

    void R06_R16_friday1825MoscowEndOfDayNamesMonday0900();
    void armsOneTimerForTheNextDueMoment();
    void restartInTheMiddleOfAnIntervalNeitherRepeatsNorDrops();
    void whatCameDueWhileClosedIsMissed();
    void clockJumps();
    void R12_theCriticalClockIsClearedByAReplyANoteOrATake_data();
    void R12_theCriticalClockIsClearedByAReplyANoteOrATake();
    void notificationListAcknowledgesAndSnoozes();
    void aChangeAfterAPlanChangesTheNextPlan_data();
    void aChangeAfterAPlanChangesTheNextPlan();
    void aTicketChangeReadsNoKeptInput();

private:
    [[nodiscard]] int notificationCount(const QString &rule = {}, bool missedOnly = false) const;

    AgentId m_anna; // First, 09:00-18:00, mail every 30 minutes
    AgentId m_boris; // lead, Second, 10:00-19:00
};

void TestReminderScheduler::init()
{
    if (!openDatabase(msk(2026, 11, 18, 8)))
        return;
    TeamSettingsStore settings(*m_db);
    TeamSettings team = settings.read().value();
    team.hours.zone = moscow; // R07: the seed team works on Moscow time
    QVERIFY(settings.write(team));
    m_anna = addAgent(u"anna"_s, u"Anna"_s);
    m_boris = addAgent(u"boris"_s, u"Boris"_s, AgentRole::Lead);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE agents SET mail_check_minutes = 30 WHERE login = 'anna'"_s));
    RosterStore roster(*m_db);
    const auto shifts = roster.templates().value();
    QList<RosterEntry> entries;
    for (QDate day(2026, 11, 16); day <= QDate(2026, 11, 27); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        entries.append({m_anna, day, shifts.at(0).id, 12 * 60, 0});
        entries.append({m_boris, day, shifts.at(1).id, 13 * 60, 0});
    }
    QVERIFY(roster.assign(entries));
}

int TestReminderScheduler::notificationCount(const QString &rule, bool missedOnly) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM notifications WHERE "_s + (rule.isEmpty() ? u"1 = 1"_s : u"rule_key = ?"_s)
              + (missedOnly ? u" AND missed"_s : QString()));
    if (!rule.isEmpty())
        q.addBindValue(rule);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestReminderScheduler::R06_R16_friday1825MoscowEndOfDayNamesMonday0900()
{
    // The app runs from Friday 17:00; at 18:25 Boris (Second, until 19:00) has his end-of-day
    // reminder armed five minutes ahead, and Anna's (First, until 18:00) was shown at 17:30.
    m_clock->setNowMs(msk(2026, 11, 20, 17));
    ReminderScheduler scheduler(*m_db, *m_clock);
    scheduler.start();
    m_clock->setNowMs(msk(2026, 11, 20, 17, 30));
    scheduler.runDue();
    m_clock->setNowMs(msk(2026, 11, 20, 18, 25));
    scheduler.runDue();
    QCOMPARE(notificationCount(u"shift_end_soon"_s), 1);
    QCOMPARE(scheduler.nextDueAt(), msk(2026, 11, 20, 18, 30));
    QCOMPARE(scheduler.armedIntervalMs(), 5 * 60'000);

    QSignalSpy delivered(&scheduler, &ReminderScheduler::delivered);
    m_clock->setNowMs(msk(2026, 11, 20, 18, 30));
    scheduler.runDue();
    QCOMPARE(delivered.size(), 1);
    const auto reminders = delivered.at(0).at(0).value<QList<Reminder>>();
    const auto end = std::find_if(reminders.cbegin(), reminders.cend(),
                                  [](const Reminder &r) { return r.kind == RuleKind::ShiftEndSoon; });
    QVERIFY(end != reminders.cend());
    QCOMPARE(end->recipients, QList<AgentId>{m_boris});
    // The day as every date in Casebook reads (issue 18); the year only when it is not this one.
    QVERIFY2(end->body.contains(u"Mon 23 Nov"_s) && end->body.contains(u"09:00 (UTC+03:00)"_s), qPrintable(end->body));

    // The continuation reply (R06) names the same moment.
    const auto roster = RosterStore(*m_db).roster(QDate(2026, 11, 20), QDate(2026, 11, 23)).value();
    QCOMPARE(Shifts::nextWorkingTime(roster.hours, m_clock->nowMs()), msk(2026, 11, 23, 9));
    QVERIFY(Shifts::isInLastMinutes(roster, m_boris, m_clock->nowMs()));
    const auto reply = ReplyFiller(*m_db, *m_clock).fill(u"{next_working_time}"_s, u"en"_s, {}, std::nullopt);
    QVERIFY(reply);
    QCOMPARE(*reply, u"Monday, 23 November, after 09:00 (UTC+03:00)"_s);
}

void TestReminderScheduler::armsOneTimerForTheNextDueMoment()
{
    m_clock->setNowMs(msk(2026, 11, 18, 9, 5));
    ReminderScheduler scheduler(*m_db, *m_clock);
    QVERIFY(!scheduler.isArmed());
    scheduler.start();
    QCOMPARE(scheduler.nextDueAt(), msk(2026, 11, 18, 9, 30)); // Anna's mail check
    QCOMPARE(scheduler.armedIntervalMs(), ReminderScheduler::maxArmMs); // 25 minutes away: re-checked at 10
    m_clock->setNowMs(msk(2026, 11, 18, 9, 25));
    scheduler.replan();
    QCOMPARE(scheduler.armedIntervalMs(), 5 * 60'000);
}

void TestReminderScheduler::restartInTheMiddleOfAnIntervalNeitherRepeatsNorDrops()
{
    m_clock->setNowMs(msk(2026, 11, 18, 9, 0));
    {
        ReminderScheduler first(*m_db, *m_clock);
        first.start();
        m_clock->setNowMs(msk(2026, 11, 18, 9, 30));
        first.runDue(); // mail check 09:30
    }
    QCOMPARE(notificationCount(u"mail_check"_s), 1);
    m_clock->setNowMs(msk(2026, 11, 18, 9, 31)); // restarted a minute later
    ReminderScheduler second(*m_db, *m_clock);
    second.start();
    QCOMPARE(notificationCount(u"mail_check"_s), 1);
    QCOMPARE(second.nextDueAt(), msk(2026, 11, 18, 10));
    m_clock->setNowMs(msk(2026, 11, 18, 10));
    second.runDue();
    QCOMPARE(notificationCount(u"mail_check"_s), 2);
    QCOMPARE(notificationCount(u"shift_start"_s), 1); // Boris
    QCOMPARE(notificationCount({}, true), 0);
}

void TestReminderScheduler::whatCameDueWhileClosedIsMissed()
{
    m_clock->setNowMs(msk(2026, 11, 18, 9, 40));
    {
        ReminderScheduler first(*m_db, *m_clock);
        first.start();
    }
    m_clock->setNowMs(msk(2026, 11, 18, 11, 5)); // closed 09:40 .. 11:05
    ReminderScheduler second(*m_db, *m_clock);
    QSignalSpy delivered(&second, &ReminderScheduler::delivered);
    second.start();
    // Anna 10:00, 10:30, 11:00; Boris's start 10:00 and mail 11:00: all shown, none as new.
    QCOMPARE(notificationCount(), 5);
    QCOMPARE(notificationCount({}, true), 5);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.at(0).at(1).value<QList<bool>>(), QList<bool>(5, true));
}

void TestReminderScheduler::clockJumps()
{
    m_clock->setNowMs(msk(2026, 11, 18, 9, 0));
    ReminderScheduler scheduler(*m_db, *m_clock);
    connect(&scheduler, &ReminderScheduler::failed, this, [](const QString &message) { QFAIL(qPrintable(message)); });
    scheduler.start();
    // Forward: the machine slept, or the clock was set ahead.
    m_clock->setNowMs(msk(2026, 11, 18, 10, 1));
    scheduler.replan();
    // Anna's 09:30 and 10:00, Boris's start at 10:00; the one half an hour late is shown as missed.
    QCOMPARE(notificationCount(), 3);
    QCOMPARE(notificationCount({}, true), 1);
    // Back: nothing is repeated, and the next moment is planned from the new time.
    m_clock->setNowMs(msk(2026, 11, 18, 9, 10));
    scheduler.replan();
    QCOMPARE(scheduler.nextDueAt(), msk(2026, 11, 18, 9, 30));
    m_clock->setNowMs(msk(2026, 11, 18, 10, 1));
    scheduler.runDue();
    QCOMPARE(notificationCount(), 3);
}

void TestReminderScheduler::R12_theCriticalClockIsClearedByAReplyANoteOrATake_data()
{
    QTest::addColumn<QString>("reaction");
    QTest::addColumn<bool>("escalates");
    QTest::newRow("R12 no reaction escalates") << QString() << true;
    QTest::newRow("R12 a reply clears it") << u"reply"_s << false;
    QTest::newRow("R12 a note clears it") << u"note"_s << false;
    QTest::newRow("R12 a take clears it") << u"take"_s << false;
}

void TestReminderScheduler::R12_theCriticalClockIsClearedByAReplyANoteOrATake()
{
    QFETCH(QString, reaction);
    QFETCH(bool, escalates);
    m_clock->setNowMs(msk(2026, 11, 18, 11));
    const TicketId ticket =
        TicketStore(*m_db, *m_clock).create({u"Platform down"_s, {}, Channel::Email, u"Help"_s}).value();
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE tickets SET complexity = 'critical', reaction_due_at = ? WHERE id = ?"_s);
    q.addBindValue(msk(2026, 11, 18, 11, 30));
    q.addBindValue(ticket.value());
    QVERIFY(q.exec());
    ReminderScheduler scheduler(*m_db, *m_clock);
    scheduler.start();
    m_clock->setNowMs(msk(2026, 11, 18, 11, 10));
    if (reaction == u"reply")
        q.prepare(u"UPDATE tickets SET last_agent_message_at = ? WHERE id = ?"_s);
    else if (reaction == u"take")
        q.prepare(u"UPDATE tickets SET assigned_at = ?, assignee_id = %1 WHERE id = ?"_s.arg(m_anna.value()));
    else if (reaction == u"note")
        q.prepare(u"INSERT INTO messages (created_at, ticket_id, kind, body) VALUES (?, ?, 'note', 'on it')"_s);
    if (!reaction.isEmpty()) {
        q.addBindValue(m_clock->nowMs());
        q.addBindValue(ticket.value());
        QVERIFY(q.exec());
    }
    scheduler.replan();
    m_clock->setNowMs(msk(2026, 11, 18, 11, 30));
    scheduler.runDue();
    QCOMPARE(notificationCount(u"critical_reaction"_s), escalates ? 1 : 0);
}

void TestReminderScheduler::notificationListAcknowledgesAndSnoozes()
{
    m_clock->setNowMs(msk(2026, 11, 18, 9, 0));
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(m_anna);
    NotificationModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy arrived(&model, &NotificationModel::arrived);
    ReminderScheduler scheduler(*m_db, *m_clock);
    scheduler.start();
    QCOMPARE(model.rowCount(), 0);
    m_clock->setNowMs(msk(2026, 11, 18, 9, 30));
    scheduler.runDue();
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(model.pendingCount(), 1);
    const NotificationId first = model.notificationAt(0).id;

    // Snoozed for ten minutes: it comes back at 09:40 as new.
    QVERIFY(model.snooze(first, 10));
    QCOMPARE(model.pendingCount(), 0);
    QVERIFY(model.data(model.index(0), Qt::DisplayRole).toString().startsWith(u"Snoozed until "_s));
    scheduler.replan();
    QCOMPARE(scheduler.nextDueAt(), msk(2026, 11, 18, 9, 40));
    m_clock->setNowMs(msk(2026, 11, 18, 9, 40));
    scheduler.runDue();
    QTRY_COMPARE(arrived.size(), 2);
    QCOMPARE(model.pendingCount(), 1);

    QVERIFY(model.acknowledge(first));
    QCOMPARE(model.rowCount(), 0);
    model.setShowHistory(true);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.data(model.index(0), NotificationModel::AcknowledgedRole).toBool());
    QVERIFY(model.data(model.index(0), Qt::DisplayRole).toString().startsWith(u"Acknowledged: "_s));
}

// The scheduler keeps the roster, rules, settings, holidays and people between runs
// (ReminderInputs) and reads each again only when the ChangeFeed names it: a change of any of
// them made after a plan, on this desktop or on another one, still changes the next plan; a
// ticket's change does not make it read them.
void TestReminderScheduler::aChangeAfterAPlanChangesTheNextPlan_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("elsewhere");
    QTest::addColumn<qint64>("next");
    // Before each change: Anna's first mail check at 09:30 (R08).
    for (const bool elsewhere : {false, true}) {
        const char *where = elsewhere ? "another desktop" : "this desktop";
        // R05: no shift, no reminder; Boris's shift starts at 10:00.
        QTest::addRow("roster, %s", where) << u"roster"_s << elsewhere << msk(2026, 11, 18, 10);
        QTest::addRow("rule, %s", where) << u"rule"_s << elsewhere << msk(2026, 11, 18, 10);
        // R07: the team works on UTC now; Anna's shift starts 09:00 UTC, 12:00 in Moscow.
        QTest::addRow("settings, %s", where) << u"settings"_s << elsewhere << msk(2026, 11, 18, 12);
        // R05: a holiday; nobody works until Thursday 09:00.
        QTest::addRow("holiday, %s", where) << u"holiday"_s << elsewhere << msk(2026, 11, 19, 9);
        QTest::addRow("people, %s", where) << u"people"_s << elsewhere << msk(2026, 11, 18, 10);
    }
}

void TestReminderScheduler::aChangeAfterAPlanChangesTheNextPlan()
{
    QFETCH(QString, what);
    QFETCH(bool, elsewhere);
    QFETCH(qint64, next);
    if (!m_db)
        return;
    m_clock->setNowMs(msk(2026, 11, 18, 9));
    ReminderScheduler scheduler(*m_db, *m_clock);
    connect(&scheduler, &ReminderScheduler::failed, this, [](const QString &message) { QFAIL(qPrintable(message)); });
    scheduler.start();
    QCOMPARE(scheduler.nextDueAt(), std::optional(msk(2026, 11, 18, 9, 30)));

    // Another desktop: its own connection; this one hears of it only through the feed.
    std::unique_ptr<Database> other = elsewhere ? m_testDb->open() : nullptr;
    Database &writer = elsewhere ? *other : *m_db;
    m_db->changeFeed()->setHeartbeatInterval(100);
    if (what == u"roster") {
        QVERIFY(RosterStore(writer).clear(m_anna, QDate(2026, 11, 18)));
    } else if (what == u"rule") {
        ReminderStore store(writer);
        ReminderRule mail = store.rules().value().rule(RuleKind::MailCheck);
        mail.enabled = false;
        QVERIFY(store.writeRule(mail));
    } else if (what == u"settings") {
        TeamSettingsStore settings(writer);
        TeamSettings team = settings.read().value();
        team.hours.zone = QTimeZone::UTC;
        QVERIFY(settings.write(team));
    } else if (what == u"holiday") {
        QVERIFY(RosterStore(writer).setHoliday({QDate(2026, 11, 18), u"Founders' day"_s}));
    } else if (what == u"people") {
        AgentStore agents(writer, *m_clock);
        Agent anna = agents.agent(m_anna).value();
        anna.active = false;
        QVERIFY(agents.update(anna, anna.version));
    }
    // The clock stands still: no jump makes the scheduler read everything again.
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.nextDueAt(), std::optional(next), 10'000);
}

void TestReminderScheduler::aTicketChangeReadsNoKeptInput()
{
    if (!m_db)
        return;
    ReminderInputs inputs;
    ReminderStore store(*m_db);
    QVERIFY(store.snapshot(msk(2026, 11, 18, 9) - 60'000, msk(2026, 11, 18, 9), inputs));
    QVERIFY(inputs.isFresh());
    inputs.changed({{1, u"ticket"_s, 7, Change::Op::Update}, {2, u"message"_s, 9, Change::Op::Insert}});
    QVERIFY(inputs.isFresh());
    for (const QString &entity :
         {RosterStore::rosterEntity(), RosterStore::calendarEntity(), TeamSettingsStore::changeEntity(),
          ReminderStore::ruleEntity(), u"agent"_s, ReminderStore::notificationEntity()}) {
        inputs.changed({{3, entity, 0, Change::Op::Update}});
        QVERIFY2(!inputs.isFresh(), qPrintable(entity));
        QVERIFY(store.snapshot(msk(2026, 11, 18, 9) - 60'000, msk(2026, 11, 18, 9), inputs));
        QVERIFY(inputs.isFresh());
    }
    // What the kept inputs give is what a fresh read gives.
    const auto kept = store.snapshot(msk(2026, 11, 18, 9) - 60'000, msk(2026, 11, 18, 9), inputs);
    const auto fresh = store.snapshot(msk(2026, 11, 18, 9) - 60'000, msk(2026, 11, 18, 9));
    QVERIFY(kept && fresh);
    QCOMPARE(kept->roster.entries, fresh->roster.entries);
    QCOMPARE(kept->roster.hours, fresh->roster.hours);
    QCOMPARE(kept->agents.size(), fresh->agents.size());
    QCOMPARE(kept->rules.rules.size(), fresh->rules.rules.size());
}

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
