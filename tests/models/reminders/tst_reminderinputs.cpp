// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler keeps the roster, rules, settings, holidays and people between runs
// (ReminderInputs) and reads each again only when the ChangeFeed names it: a change of any of
// them made after a plan, on this desktop or on another one, still changes the next plan; a
// ticket's change does not make it read them.
#include "models/agents/agentstore.h"
#include "models/reminders/reminderinputs.h"
#include "models/reminders/reminderscheduler.h"
#include "models/reminders/reminderstore.h"
#include "models/shifts/rosterstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "tests/support/enginetest.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone moscow("Europe/Moscow");

qint64 msk(int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, 18), QTime(h, min), moscow).toMSecsSinceEpoch(); // a Wednesday
}

} // namespace

class TestReminderInputs final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup() { closeDatabase(); }

    void aChangeAfterAPlanChangesTheNextPlan_data();
    void aChangeAfterAPlanChangesTheNextPlan();
    void aTicketChangeReadsNoKeptInput();

private:
    AgentId m_anna; // First, 09:00-18:00, mail every 30 minutes
    AgentId m_boris; // lead, Second, 10:00-19:00
};

void TestReminderInputs::init()
{
    if (!openDatabase(msk(9)))
        return;
    TeamSettingsStore settings(*m_db);
    TeamSettings team = settings.read().value();
    team.hours.zone = moscow; // R07
    QVERIFY(settings.write(team));
    m_anna = addAgent(u"anna"_s, u"Anna"_s);
    m_boris = addAgent(u"boris"_s, u"Boris"_s, AgentRole::Lead);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE agents SET mail_check_minutes = 30 WHERE login = 'anna'"_s));
    RosterStore roster(*m_db);
    const auto shifts = roster.templates().value();
    for (const QDate day : {QDate(2026, 11, 18), QDate(2026, 11, 19)}) {
        QVERIFY(roster.assign(RosterEntry{m_anna, day, shifts.at(0).id, 12 * 60, 0}));
        QVERIFY(roster.assign(RosterEntry{m_boris, day, shifts.at(1).id, 13 * 60, 0}));
    }
}

void TestReminderInputs::aChangeAfterAPlanChangesTheNextPlan_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("elsewhere");
    QTest::addColumn<qint64>("next");
    // Before each change: Anna's first mail check at 09:30 (R08).
    for (const bool elsewhere : {false, true}) {
        const char *where = elsewhere ? "another desktop" : "this desktop";
        // R05: no shift, no reminder; Boris's shift starts at 10:00.
        QTest::addRow("roster, %s", where) << u"roster"_s << elsewhere << msk(10);
        QTest::addRow("rule, %s", where) << u"rule"_s << elsewhere << msk(10);
        // R07: the team works on UTC now; Anna's shift starts 09:00 UTC, 12:00 in Moscow.
        QTest::addRow("settings, %s", where) << u"settings"_s << elsewhere << msk(12);
        // R05: a holiday; nobody works until Thursday 09:00.
        QTest::addRow("holiday, %s", where)
            << u"holiday"_s << elsewhere << QDateTime(QDate(2026, 11, 19), QTime(9, 0), moscow).toMSecsSinceEpoch();
        QTest::addRow("people, %s", where) << u"people"_s << elsewhere << msk(10);
    }
}

void TestReminderInputs::aChangeAfterAPlanChangesTheNextPlan()
{
    QFETCH(QString, what);
    QFETCH(bool, elsewhere);
    QFETCH(qint64, next);
    if (!m_db)
        return;
    ReminderScheduler scheduler(*m_db, *m_clock);
    connect(&scheduler, &ReminderScheduler::failed, this, [](const QString &message) { QFAIL(qPrintable(message)); });
    scheduler.start();
    QCOMPARE(scheduler.nextDueAt(), std::optional(msk(9, 30)));

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

void TestReminderInputs::aTicketChangeReadsNoKeptInput()
{
    if (!m_db)
        return;
    ReminderInputs inputs;
    ReminderStore store(*m_db);
    QVERIFY(store.snapshot(msk(9) - 60'000, msk(9), inputs));
    QVERIFY(inputs.isFresh());
    inputs.changed({{1, u"ticket"_s, 7, Change::Op::Update}, {2, u"message"_s, 9, Change::Op::Insert}});
    QVERIFY(inputs.isFresh());
    for (const QString &entity :
         {RosterStore::rosterEntity(), RosterStore::calendarEntity(), TeamSettingsStore::changeEntity(),
          ReminderStore::ruleEntity(), u"agent"_s, ReminderStore::notificationEntity()}) {
        inputs.changed({{3, entity, 0, Change::Op::Update}});
        QVERIFY2(!inputs.isFresh(), qPrintable(entity));
        QVERIFY(store.snapshot(msk(9) - 60'000, msk(9), inputs));
        QVERIFY(inputs.isFresh());
    }
    // What the kept inputs give is what a fresh read gives.
    const auto kept = store.snapshot(msk(9) - 60'000, msk(9), inputs);
    const auto fresh = store.snapshot(msk(9) - 60'000, msk(9));
    QVERIFY(kept && fresh);
    QCOMPARE(kept->roster.entries, fresh->roster.entries);
    QCOMPARE(kept->roster.hours, fresh->roster.hours);
    QCOMPARE(kept->agents.size(), fresh->agents.size());
    QCOMPARE(kept->rules.rules.size(), fresh->rules.rules.size());
}

QTEST_GUILESS_MAIN(TestReminderInputs)
#include "tst_reminderinputs.moc"
