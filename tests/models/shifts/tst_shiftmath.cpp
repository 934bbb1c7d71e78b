// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/shifts/icalendar.h"
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
const AgentId anna(1);
const AgentId boris(2);
const AgentId vera(3);

qint64 at(const QTimeZone &zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

// The playbook's templates (R01, R03) in `zone`; Anna on First, Boris on Second each weekday
// of the weeks around `monday`, Vera on Saturday duty; Sunday off (R05).
Roster playbookRoster(const QTimeZone &zone, QDate monday, int weeks = 2)
{
    Roster roster;
    roster.hours.zone = zone;
    roster.templates = {{first, u"First"_s, 540, 1080, 31, false, 1},
                        {second, u"Second"_s, 600, 1140, 31, false, 1},
                        {duty, u"Saturday duty"_s, 600, 1080, 32, true, 1}};
    for (QDate day = monday.addDays(-7); day < monday.addDays(7LL * weeks); day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5) {
            roster.entries.append({anna, day, first, 12 * 60, 0});
            roster.entries.append({boris, day, second, 13 * 60, 0});
        } else if (day.dayOfWeek() == 6) {
            roster.entries.append({vera, day, duty, 13 * 60, 0});
        }
    }
    return roster;
}
} // namespace

class TestShiftMath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R01_onShift_data();
    void R01_onShift();
    void R06_shiftEndAndLastHalfHour();
    void R06_R16_nextWorkingTime_data();
    void R06_R16_nextWorkingTime();
    void R05_sundayAndHolidaysAreOff();
    void R02_lunchOverlapsAreFound();
    void R03_dutyRotatesInTurn();
    void nextShiftStartAcrossTheYear();
    void R07_shiftsKeepTheirWallClockAcrossDst();
    void iCalendarHolidays();
};

void TestShiftMath::R01_onShift_data()
{
    QTest::addColumn<qint64>("when");
    QTest::addColumn<bool>("anna");
    QTest::addColumn<bool>("boris");
    // 2026-11-20 is a Friday.
    QTest::newRow("R01 08:59 nobody") << at(moscow, 2026, 11, 20, 8, 59) << false << false;
    QTest::newRow("R01 09:00 First starts") << at(moscow, 2026, 11, 20, 9) << true << false;
    QTest::newRow("R01 10:00 both") << at(moscow, 2026, 11, 20, 10) << true << true;
    QTest::newRow("R01 18:00 First has ended") << at(moscow, 2026, 11, 20, 18) << false << true;
    QTest::newRow("R01 19:00 Second has ended") << at(moscow, 2026, 11, 20, 19) << false << false;
    QTest::newRow("R05 Sunday noon") << at(moscow, 2026, 11, 22, 12) << false << false;
}

void TestShiftMath::R01_onShift()
{
    QFETCH(qint64, when);
    QFETCH(bool, anna);
    QFETCH(bool, boris);
    const Roster roster = playbookRoster(moscow, QDate(2026, 11, 16));
    QCOMPARE(Shifts::isOnShift(roster, ::anna, when), anna);
    QCOMPARE(Shifts::isOnShift(roster, ::boris, when), boris);
}

void TestShiftMath::R06_shiftEndAndLastHalfHour()
{
    const Roster roster = playbookRoster(moscow, QDate(2026, 11, 16));
    QCOMPARE(Shifts::shiftEnd(roster, anna, at(moscow, 2026, 11, 20, 15)), at(moscow, 2026, 11, 20, 18));
    QCOMPARE(Shifts::shiftEnd(roster, anna, at(moscow, 2026, 11, 20, 19)), std::nullopt);
    QVERIFY(!Shifts::isInLastMinutes(roster, anna, at(moscow, 2026, 11, 20, 17, 29)));
    QVERIFY(Shifts::isInLastMinutes(roster, anna, at(moscow, 2026, 11, 20, 17, 30)));
    QVERIFY(!Shifts::isInLastMinutes(roster, boris, at(moscow, 2026, 11, 20, 18, 25)));
    QVERIFY(Shifts::isInLastMinutes(roster, boris, at(moscow, 2026, 11, 20, 18, 30)));
    QVERIFY(Shifts::isAtLunch(roster, anna, at(moscow, 2026, 11, 20, 12, 30)));
    QVERIFY(!Shifts::isAtLunch(roster, anna, at(moscow, 2026, 11, 20, 13)));
    QCOMPARE(Shifts::onShiftAt(roster, at(moscow, 2026, 11, 20, 9, 30)), QList<AgentId>{anna});
}

void TestShiftMath::R06_R16_nextWorkingTime_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QDate>("holiday");
    QTest::newRow("R06 Thursday evening: tomorrow 09:00")
        << moscow << at(moscow, 2026, 11, 19, 18, 30) << at(moscow, 2026, 11, 20, 9) << QDate();
    QTest::newRow("R06 early morning: today 09:00")
        << moscow << at(moscow, 2026, 11, 19, 7) << at(moscow, 2026, 11, 19, 9) << QDate();
    QTest::newRow("R06 R16 Friday 18:25: Monday 09:00")
        << moscow << at(moscow, 2026, 11, 20, 18, 25) << at(moscow, 2026, 11, 23, 9) << QDate();
    QTest::newRow("R16 Saturday: Monday")
        << moscow << at(moscow, 2026, 11, 21, 12) << at(moscow, 2026, 11, 23, 9) << QDate();
    QTest::newRow("R16 Friday before a Monday holiday: Tuesday")
        << moscow << at(moscow, 2026, 11, 20, 18) << at(moscow, 2026, 11, 24, 9) << QDate(2026, 11, 23);
    QTest::newRow("R16 New Year's Eve: over the year boundary")
        << moscow << at(moscow, 2026, 12, 31, 18) << at(moscow, 2027, 1, 4, 9) << QDate(2027, 1, 1);
    QTest::newRow("R07 Berlin Friday before spring change: Monday 09:00 CEST")
        << berlin << at(berlin, 2026, 3, 27, 18, 30) << at(berlin, 2026, 3, 30, 9) << QDate();
    QTest::newRow("R07 Berlin Friday before autumn change: Monday 09:00 CET")
        << berlin << at(berlin, 2026, 10, 23, 18, 30) << at(berlin, 2026, 10, 26, 9) << QDate();
}

void TestShiftMath::R06_R16_nextWorkingTime()
{
    QFETCH(QTimeZone, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, expected);
    QFETCH(QDate, holiday);
    BusinessHours hours;
    hours.zone = zone;
    if (holiday.isValid())
        hours.holidays.insert(holiday);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Shifts::nextWorkingTime(hours, from), zone),
             QDateTime::fromMSecsSinceEpoch(expected, zone));
}

void TestShiftMath::R05_sundayAndHolidaysAreOff()
{
    Roster roster = playbookRoster(moscow, QDate(2026, 11, 16));
    QCOMPARE(Shifts::shiftOn(roster, anna, QDate(2026, 11, 22)), std::nullopt);
    roster.hours.holidays.insert(QDate(2026, 11, 23));
    QCOMPARE(Shifts::shiftOn(roster, anna, QDate(2026, 11, 23)), std::nullopt);
    QCOMPARE(Shifts::nextShiftStart(roster, anna, at(moscow, 2026, 11, 20, 19)), at(moscow, 2026, 11, 24, 9));
    QCOMPARE(Shifts::businessMsBetween(roster.hours, at(moscow, 2026, 11, 20, 18), at(moscow, 2026, 11, 24, 10)),
             2LL * 3600 * 1000);
}

void TestShiftMath::R02_lunchOverlapsAreFound()
{
    Roster roster = playbookRoster(moscow, QDate(2026, 11, 16));
    const QDate friday(2026, 11, 20);
    QVERIFY(Shifts::lunchOverlaps(roster, friday).isEmpty()); // 12:00 and 13:00 touch, not overlap
    for (RosterEntry &entry : roster.entries) {
        if (entry.agent == boris && entry.day == friday)
            entry.lunchStartMinute = 12 * 60 + 30;
    }
    QCOMPARE(Shifts::lunchOverlaps(roster, friday), (QList<Shifts::LunchOverlap>{{friday, anna, boris}}));
}

void TestShiftMath::R03_dutyRotatesInTurn()
{
    const Roster roster = playbookRoster(moscow, QDate(2026, 11, 16), 1); // Vera had 14 and 21 November
    const QList<RosterEntry> turns = Shifts::rotateDuty(roster, {anna, boris, vera}, QDate(2026, 11, 28), 4, duty);
    QCOMPARE(turns.size(), 4);
    QCOMPARE(turns.at(0).agent, anna); // after Vera comes the first again
    QCOMPARE(turns.at(1).agent, boris);
    QCOMPARE(turns.at(2).agent, vera);
    QCOMPARE(turns.at(3).agent, anna);
    QCOMPARE(turns.at(3).day, QDate(2026, 12, 19));
    QCOMPARE(turns.at(0).shift, duty);
}

void TestShiftMath::nextShiftStartAcrossTheYear()
{
    const Roster roster = playbookRoster(moscow, QDate(2026, 12, 28));
    // Thursday 31 December after the shift: Friday 1 January 2027 is on the roster here.
    QCOMPARE(Shifts::nextShiftStart(roster, boris, at(moscow, 2026, 12, 31, 20)), at(moscow, 2027, 1, 1, 10));
    QCOMPARE(Shifts::dutyOn(roster, QDate(2027, 1, 2)), QList<AgentId>{vera});
}

void TestShiftMath::R07_shiftsKeepTheirWallClockAcrossDst()
{
    // Berlin: Sunday 29 March 2026 springs forward, Sunday 25 October falls back.
    for (const QDate monday : {QDate(2026, 3, 23), QDate(2026, 10, 19)}) {
        const Roster roster = playbookRoster(berlin, monday);
        const QDate after = monday.addDays(7);
        const auto shift = Shifts::shiftOn(roster, anna, after);
        QVERIFY(shift);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(shift->start, berlin).time(), QTime(9, 0));
        QCOMPARE(shift->end - shift->start, 9LL * 3600 * 1000);
        QCOMPARE(Shifts::nextShiftStart(roster, anna, at(berlin, after.year(), after.month(), after.day() - 3, 19)),
                 at(berlin, after.year(), after.month(), after.day(), 9));
    }
}

void TestShiftMath::iCalendarHolidays()
{
    const QByteArray ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270103\r\n"
        "SUMMARY:New Year\\, holidays\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270223\r\nSUMMARY:Defender of the\r\n  Fatherland Day\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20270310T090000Z\r\nSUMMARY:A meeting\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    const QList<CalendarDay> days = holidaysFromICalendar(ics);
    QCOMPARE(days,
             (QList<CalendarDay>{{QDate(2027, 1, 1), u"New Year, holidays"_s},
                                 {QDate(2027, 1, 2), u"New Year, holidays"_s},
                                 {QDate(2027, 2, 23), u"Defender of the Fatherland Day"_s}}));
}

QTEST_GUILESS_MAIN(TestShiftMath)
#include "tst_shiftmath.moc"
