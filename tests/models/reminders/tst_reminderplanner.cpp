// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reminders/reminderplanner.h"
#include "models/shifts/shiftmath.h"

#include <QDateTime>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");
const QTimeZone berlin("Europe/Berlin");
const ShiftTemplateId first(1);
const ShiftTemplateId second(2);
const ShiftTemplateId duty(3);
const AgentId anna(1); // agent, First, 30-minute mail checks
const AgentId boris(2); // lead, Second
const AgentId vera(3); // Saturday duty

qint64 at(const QTimeZone &zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}
qint64 msk(int y, int m, int d, int h, int min = 0)
{
    return at(moscow, y, m, d, h, min);
}

PlanSnapshot team(const QTimeZone &zone, QDate monday)
{
    PlanSnapshot s;
    s.roster.hours.zone = zone;
    s.roster.templates = {{first, u"First"_s, 540, 1080, 31, false, 1},
                          {second, u"Second"_s, 600, 1140, 31, false, 1},
                          {duty, u"Saturday duty"_s, 600, 1080, 32, true, 1}};
    for (QDate day = monday.addDays(-7); day < monday.addDays(21); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5) {
            s.roster.entries.append({anna, day, first, 12 * 60, 0});
            s.roster.entries.append({boris, day, second, 13 * 60, 0});
        } else if (day.dayOfWeek() == 6) {
            s.roster.entries.append({vera, day, duty, 13 * 60, 0});
        }
    }
    s.agents = {{anna, u"Anna"_s, false, 30}, {boris, u"Boris"_s, true, 60}, {vera, u"Vera"_s, false, 60}};
    return s;
}

QList<Reminder> only(const QList<Reminder> &all, RuleKind kind)
{
    QList<Reminder> some;
    for (const Reminder &r : all) {
        if (r.kind == kind)
            some.append(r);
    }
    return some;
}
} // namespace

class TestReminderPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R06_endOfShiftReminder();
    void R04_fridayTellsWhoIsOnDuty();
    void R08_mailCheckEveryAgentsInterval();
    void R05_nobodyOffDutyIsNotified();
    void R05_doNotDisturbUnlessUrgent();
    void R12_criticalEscalatesToLeadsOnShift();
    void R12_aReactionClearsTheClock_data();
    void R12_aReactionClearsTheClock();
    void R12_R28_ladderUntilAcknowledged();
    void R28_bugRouteNotifiesTheRoutedPeople();
    void R15_R34_slaDueAndBreached();
    void R24_longHeldAfterBusinessDays();
    void R02_lunchAndShiftStartEnd();
    void R07_acrossDstEveryRuleKeepsTheWallClock();
    void fridayToMondayAndAHoliday();
    void nextDueIsTheFirstDelivery();
    void disabledRulesAreSilent();
};

void TestReminderPlanner::R06_endOfShiftReminder()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    const auto due =
        only(ReminderPlanner::between(s, msk(2026, 11, 20, 17), msk(2026, 11, 20, 19)), RuleKind::ShiftEndSoon);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).recipients, QList<AgentId>{anna});
    QCOMPARE(due.at(0).deliverAt, msk(2026, 11, 20, 17, 30));
    QCOMPARE(due.at(1).recipients, QList<AgentId>{boris});
    QCOMPARE(due.at(1).deliverAt, msk(2026, 11, 20, 18, 30));
    // R06, R16: on a Friday the reminder names Monday 09:00 team time.
    QVERIFY2(due.at(1).body.contains(u"09:00 (UTC+03:00)"_s), qPrintable(due.at(1).body));
    // The day as every date in Casebook reads it (issue 18).
    QVERIFY2(due.at(1).body.contains(u"Mon 23 Nov"_s), qPrintable(due.at(1).body));
}

void TestReminderPlanner::R04_fridayTellsWhoIsOnDuty()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    const auto due =
        only(ReminderPlanner::between(s, msk(2026, 11, 16, 0), msk(2026, 11, 22, 0)), RuleKind::SaturdayDuty);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).deliverAt, msk(2026, 11, 20, 16));
    QCOMPARE(due.at(0).recipients, (QList<AgentId>{anna, boris})); // Vera is off on Friday (R05)
    QVERIFY(due.at(0).body.contains(u"Vera"_s));
}

void TestReminderPlanner::R08_mailCheckEveryAgentsInterval()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    const auto due = only(ReminderPlanner::between(s, msk(2026, 11, 17, 0), msk(2026, 11, 18, 0)), RuleKind::MailCheck);
    int annas = 0;
    int boriss = 0;
    for (const Reminder &r : due) {
        QVERIFY(!Shifts::isAtLunch(s.roster, r.recipients.at(0), r.deliverAt));
        QVERIFY(Shifts::isOnShift(s.roster, r.recipients.at(0), r.deliverAt));
        (r.recipients.at(0) == anna ? annas : boriss)++;
    }
    // Anna: 09:30 .. 17:30 every 30 minutes without 12:00 and 12:30 (lunch) = 15; Boris: 11:00 .. 18:00 without 13:00
    // = 7.
    QCOMPARE(annas, 15);
    QCOMPARE(boriss, 7);
}

void TestReminderPlanner::R05_nobodyOffDutyIsNotified()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    // All of Sunday: nobody works, nothing is delivered.
    QVERIFY(ReminderPlanner::between(s, msk(2026, 11, 22, 0), msk(2026, 11, 23, 0)).isEmpty());
    for (const Reminder &r : ReminderPlanner::between(s, msk(2026, 11, 21, 0), msk(2026, 11, 22, 0)))
        QCOMPARE(r.recipients, QList<AgentId>{vera});
}

void TestReminderPlanner::R05_doNotDisturbUnlessUrgent()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    // Anna's ticket breaches at 19:30 on Thursday, after her shift: she hears it on Friday 09:00.
    s.tickets.append(
        {TicketId(7), u"Export"_s, anna, std::nullopt, 0, msk(2026, 11, 19, 19, 30), std::nullopt, std::nullopt});
    auto breached =
        only(ReminderPlanner::between(s, msk(2026, 11, 19, 18), msk(2026, 11, 20, 10)), RuleKind::SlaBreached);
    QCOMPARE(breached.size(), 1);
    QCOMPARE(breached.at(0).dueAt, msk(2026, 11, 19, 19, 30));
    QCOMPARE(breached.at(0).deliverAt, msk(2026, 11, 20, 9));
    // Urgent: it reaches her at once on a day she works...
    ReminderRule urgent = ReminderRule::playbook(RuleKind::SlaBreached);
    urgent.urgent = true;
    s.rules.rules.append(urgent);
    breached = only(ReminderPlanner::between(s, msk(2026, 11, 19, 18), msk(2026, 11, 20, 10)), RuleKind::SlaBreached);
    QCOMPARE(breached.at(0).deliverAt, msk(2026, 11, 19, 19, 30));
    // ... but never on her day off (R05): Sunday's breach waits for Monday.
    s.tickets.first().firstResponseDueAt = msk(2026, 11, 22, 12);
    breached = only(ReminderPlanner::between(s, msk(2026, 11, 21, 0), msk(2026, 11, 24, 0)), RuleKind::SlaBreached);
    QCOMPARE(breached.at(0).deliverAt, msk(2026, 11, 23, 9));
}

void TestReminderPlanner::R12_criticalEscalatesToLeadsOnShift()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.tickets.append(
        {TicketId(9), u"Platform down"_s, {}, msk(2026, 11, 18, 11, 30), 0, std::nullopt, std::nullopt, std::nullopt});
    const auto due =
        only(ReminderPlanner::between(s, msk(2026, 11, 18, 11), msk(2026, 11, 18, 11, 35)), RuleKind::CriticalReaction);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).deliverAt, msk(2026, 11, 18, 11, 30));
    QCOMPARE(due.at(0).recipients, QList<AgentId>{boris}); // the lead, not Anna
    QCOMPARE(due.at(0).ticket, TicketId(9));
}

void TestReminderPlanner::R12_aReactionClearsTheClock_data()
{
    QTest::addColumn<qint64>("reactedAt");
    QTest::addColumn<bool>("escalates");
    // The clock started at 11:00 (due 11:30); the store gives the latest reply, note or take.
    QTest::newRow("R12 no reaction") << qint64(0) << true;
    QTest::newRow("R12 a reply at 11:10 clears it") << msk(2026, 11, 18, 11, 10) << false;
    QTest::newRow("R12 a note at 11:29 clears it") << msk(2026, 11, 18, 11, 29) << false;
    QTest::newRow("R12 a take before it became critical does not") << msk(2026, 11, 18, 10, 50) << true;
}

void TestReminderPlanner::R12_aReactionClearsTheClock()
{
    QFETCH(qint64, reactedAt);
    QFETCH(bool, escalates);
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.tickets.append({TicketId(9),
                      u"Platform down"_s,
                      {},
                      msk(2026, 11, 18, 11, 30),
                      reactedAt,
                      std::nullopt,
                      std::nullopt,
                      std::nullopt});
    const auto due =
        only(ReminderPlanner::between(s, msk(2026, 11, 18, 11), msk(2026, 11, 18, 14)), RuleKind::CriticalReaction);
    QCOMPARE(!due.isEmpty(), escalates);
}

void TestReminderPlanner::R12_R28_ladderUntilAcknowledged()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.tickets.append(
        {TicketId(9), u"Platform down"_s, {}, msk(2026, 11, 18, 11, 30), 0, std::nullopt, std::nullopt, std::nullopt});
    auto due =
        only(ReminderPlanner::between(s, msk(2026, 11, 18, 11), msk(2026, 11, 18, 12, 30)), RuleKind::CriticalReaction);
    QList<qint64> moments;
    for (const Reminder &r : due)
        moments.append(r.deliverAt);
    // team at 11:30, mention +10, direct +10, phone +15, then phone again every 15 minutes.
    QCOMPARE(moments,
             (QList<qint64>{msk(2026, 11, 18, 11, 30), msk(2026, 11, 18, 11, 40), msk(2026, 11, 18, 11, 50),
                            msk(2026, 11, 18, 12, 5), msk(2026, 11, 18, 12, 20)}));
    QVERIFY(due.at(3).body.contains(u"phone"_s));
    s.acknowledged.insert(u"critical_reaction|ticket/9"_s);
    QVERIFY(
        only(ReminderPlanner::between(s, msk(2026, 11, 18, 11), msk(2026, 11, 18, 12, 30)), RuleKind::CriticalReaction)
            .isEmpty());
}

void TestReminderPlanner::R28_bugRouteNotifiesTheRoutedPeople()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.reports.append({4, TicketId(9), u"Streams lost"_s, {boris, vera}, msk(2026, 11, 18, 12)});
    const auto due = only(ReminderPlanner::between(s, msk(2026, 11, 18, 0), msk(2026, 11, 22, 0)), RuleKind::BugRoute);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).recipients, QList<AgentId>{boris});
    QCOMPARE(due.at(0).deliverAt, msk(2026, 11, 18, 12));
    QCOMPARE(due.at(1).recipients, QList<AgentId>{vera}); // off on weekdays: at her Saturday duty
    QCOMPARE(due.at(1).deliverAt, msk(2026, 11, 21, 10));
}

void TestReminderPlanner::R15_R34_slaDueAndBreached()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.tickets.append(
        {TicketId(5), u"Login"_s, anna, std::nullopt, 0, msk(2026, 11, 18, 14), std::nullopt, std::nullopt});
    s.tickets.append(
        {TicketId(6), u"Billing"_s, {}, std::nullopt, 0, std::nullopt, msk(2026, 11, 18, 15), std::nullopt});
    const auto all = ReminderPlanner::between(s, msk(2026, 11, 18, 13), msk(2026, 11, 18, 16));
    const auto soon = only(all, RuleKind::SlaDue);
    const auto late = only(all, RuleKind::SlaBreached);
    QCOMPARE(soon.size(), 2);
    QCOMPARE(soon.at(0).deliverAt, msk(2026, 11, 18, 13, 45));
    QCOMPARE(soon.at(0).recipients, QList<AgentId>{anna});
    QCOMPARE(soon.at(1).deliverAt, msk(2026, 11, 18, 14, 45));
    QCOMPARE(soon.at(1).recipients, (QList<AgentId>{anna, boris})); // unassigned: whoever is on shift
    QCOMPARE(late.size(), 2);
    QCOMPARE(late.at(0).deliverAt, msk(2026, 11, 18, 14));
}

void TestReminderPlanner::R24_longHeldAfterBusinessDays()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    // Taken on Thursday 11:00: three business days later is Tuesday 11:00 (the weekend does not count).
    s.tickets.append(
        {TicketId(8), u"Migration"_s, anna, std::nullopt, 0, std::nullopt, std::nullopt, msk(2026, 11, 19, 11)});
    QCOMPARE(ReminderPlanner::longHeldAt(s.roster.hours, msk(2026, 11, 19, 11), 3), msk(2026, 11, 24, 11));
    const auto due = only(ReminderPlanner::between(s, msk(2026, 11, 19, 12), msk(2026, 11, 25, 0)), RuleKind::LongHeld);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).deliverAt, msk(2026, 11, 24, 11));
    QCOMPARE(due.at(0).recipients, QList<AgentId>{boris});
}

void TestReminderPlanner::R02_lunchAndShiftStartEnd()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    const auto all = ReminderPlanner::between(s, msk(2026, 11, 18, 0), msk(2026, 11, 19, 0));
    const auto lunches = only(all, RuleKind::Lunch);
    QCOMPARE(lunches.size(), 2);
    QCOMPARE(lunches.at(0).deliverAt, msk(2026, 11, 18, 12));
    QCOMPARE(only(all, RuleKind::ShiftStart).at(0).deliverAt, msk(2026, 11, 18, 9));
    QCOMPARE(only(all, RuleKind::ShiftEnd).at(1).deliverAt, msk(2026, 11, 18, 19));
}

void TestReminderPlanner::R07_acrossDstEveryRuleKeepsTheWallClock()
{
    // Berlin falls back on Sunday 25 October 2026: Monday's reminders keep their team times.
    const PlanSnapshot s = team(berlin, QDate(2026, 10, 19));
    const auto all = ReminderPlanner::between(s, at(berlin, 2026, 10, 23, 17), at(berlin, 2026, 10, 26, 19));
    const auto ends = only(all, RuleKind::ShiftEndSoon);
    QCOMPARE(ends.size(), 5); // Friday and Monday, Anna and Boris; Vera's Saturday duty
    QCOMPARE(ends.at(2).deliverAt, at(berlin, 2026, 10, 24, 17, 30));
    QCOMPARE(ends.at(3).deliverAt, at(berlin, 2026, 10, 26, 17, 30));
    QCOMPARE(ends.at(4).deliverAt, at(berlin, 2026, 10, 26, 18, 30));
    QCOMPARE(only(all, RuleKind::ShiftStart).at(1).deliverAt, at(berlin, 2026, 10, 26, 9));
    // Spring: the Monday after the change.
    const PlanSnapshot spring = team(berlin, QDate(2026, 3, 23));
    QCOMPARE(only(ReminderPlanner::between(spring, at(berlin, 2026, 3, 30, 0), at(berlin, 2026, 3, 30, 10)),
                  RuleKind::ShiftStart)
                 .at(0)
                 .deliverAt,
             at(berlin, 2026, 3, 30, 9));
}

void TestReminderPlanner::fridayToMondayAndAHoliday()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    s.roster.hours.holidays.insert(QDate(2026, 11, 23));
    // After Friday's last reminder, the next one is Vera's duty on Saturday, then Tuesday (Monday is a holiday).
    const auto next = ReminderPlanner::nextDue(s, msk(2026, 11, 20, 19));
    QCOMPARE(next, msk(2026, 11, 21, 10));
    const auto afterDuty = ReminderPlanner::nextDue(s, msk(2026, 11, 21, 18), 7LL * 24 * 3600 * 1000);
    QCOMPARE(afterDuty, msk(2026, 11, 24, 9));
}

void TestReminderPlanner::nextDueIsTheFirstDelivery()
{
    const PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    QCOMPARE(ReminderPlanner::nextDue(s, msk(2026, 11, 18, 9, 5)), msk(2026, 11, 18, 9, 30)); // Anna's mail check
    QCOMPARE(ReminderPlanner::nextDue(s, msk(2026, 11, 18, 9, 30)), msk(2026, 11, 18, 10)); // Boris starts
}

void TestReminderPlanner::disabledRulesAreSilent()
{
    PlanSnapshot s = team(moscow, QDate(2026, 11, 16));
    for (RuleKind kind : {RuleKind::MailCheck, RuleKind::ShiftStart, RuleKind::ShiftEnd, RuleKind::Lunch}) {
        ReminderRule rule = ReminderRule::playbook(kind);
        rule.enabled = false;
        s.rules.rules.append(rule);
    }
    const auto all = ReminderPlanner::between(s, msk(2026, 11, 18, 0), msk(2026, 11, 19, 0));
    QCOMPARE(all.size(), 2); // R06 for Anna and Boris
    QCOMPARE(ReminderRule::fromParams(RuleKind::CriticalReaction,
                                      ReminderRule::playbook(RuleKind::CriticalReaction).params()),
             ReminderRule::playbook(RuleKind::CriticalReaction));
}

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
