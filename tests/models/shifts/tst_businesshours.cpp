// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/shifts/businesshours.h"

#include <QDateTime>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
// Moscow keeps one offset all year; Berlin moves its clocks on the last Sunday of March
// (02:00 becomes 03:00: a 23-hour day) and of October (03:00 becomes 02:00: 25 hours).
const QTimeZone moscow("Europe/Moscow");
const QTimeZone berlin("Europe/Berlin");
constexpr qint64 hour = 3600LL * 1000;

// A wall-clock time in the team's zone, as the epoch milliseconds storage uses.
qint64 at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
}
qint64 at(const QTimeZone &zone, int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}
} // namespace

class TestBusinessHours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingBetween_data();
    void workingBetween();
    void addWorking_data();
    void addWorking();
    void holidaysAreDaysOff();
    void daylightSavingChanges_data();
    void daylightSavingChanges();
    void workingDaysAcrossTheChange_data();
    void workingDaysAcrossTheChange();
};

// 2026-11-20 is a Friday; 11-21/22 the weekend; 11-23 a Monday.
void TestBusinessHours::workingBetween_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("R01 within one working day") << moscow << at(2026, 11, 20, 10) << at(2026, 11, 20, 12) << 2 * hour;
    QTest::newRow("R07 evening counts nothing") << moscow << at(2026, 11, 19, 19) << at(2026, 11, 19, 23) << qint64(0);
    QTest::newRow("R01 a whole weekday is 10 hours")
        << moscow << at(2026, 11, 19, 0) << at(2026, 11, 20, 0) << 10 * hour;
    QTest::newRow("R05 the weekend is off") << moscow << at(2026, 11, 20, 18) << at(2026, 11, 23, 10) << 2 * hour;
    QTest::newRow("backwards is zero") << moscow << at(2026, 11, 20, 12) << at(2026, 11, 20, 10) << qint64(0);
    // 2026: Berlin springs forward on Sunday 29 March, falls back on Sunday 25 October.
    // Working hours are the team's wall clock, whatever the offset that day.
    for (const auto &[name, zone] : {std::pair{"Moscow", moscow}, std::pair{"Berlin", berlin}}) {
        // A copy, not the binding: clang's analyzer misreads a captured binding.
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::addRow("R07 %s %s", name, what);
        };
        row("spring: the weekend of the change is off")
            << zone << at(zone, 2026, 3, 27, 18) << at(zone, 2026, 3, 30, 10) << 2 * hour;
        row("spring: a week across the change is 50 hours")
            << zone << at(zone, 2026, 3, 23, 9) << at(zone, 2026, 3, 30, 9) << 50 * hour;
        row("spring: the Monday after keeps 09:00-19:00")
            << zone << at(zone, 2026, 3, 30, 0) << at(zone, 2026, 3, 31, 0) << 10 * hour;
        row("autumn: the weekend of the change is off")
            << zone << at(zone, 2026, 10, 23, 18) << at(zone, 2026, 10, 26, 10) << 2 * hour;
        row("autumn: a week across the change is 50 hours")
            << zone << at(zone, 2026, 10, 19, 9) << at(zone, 2026, 10, 26, 9) << 50 * hour;
        row("autumn: the Monday after keeps 09:00-19:00")
            << zone << at(zone, 2026, 10, 26, 0) << at(zone, 2026, 10, 27, 0) << 10 * hour;
    }
}

void TestBusinessHours::workingBetween()
{
    QFETCH(QTimeZone, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = zone;
    QCOMPARE(hours.workingMsBetween(from, to), expected);
}

void TestBusinessHours::addWorking_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("add");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("same day") << moscow << at(2026, 11, 20, 10) << 3 * hour << at(2026, 11, 20, 13);
    QTest::newRow("R16 Friday evening rolls to Monday")
        << moscow << at(2026, 11, 20, 17) << 4 * hour << at(2026, 11, 23, 11);
    QTest::newRow("from the night starts at 09:00") << moscow << at(2026, 11, 19, 3) << hour << at(2026, 11, 19, 10);
    QTest::newRow("zero from Saturday is Monday 09:00")
        << moscow << at(2026, 11, 21, 12) << qint64(0) << at(2026, 11, 23, 9);
    QTest::newRow("48 business hours from Monday 09:00")
        << moscow << at(2026, 11, 23, 9) << 48 * hour << at(2026, 11, 27, 17);
    for (const auto &[name, zone] : {std::pair{"Moscow", moscow}, std::pair{"Berlin", berlin}}) {
        // A copy, not the binding: clang's analyzer misreads a captured binding.
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::addRow("R16 %s %s", name, what);
        };
        row("spring: Friday 17:00 plus 4 hours is Monday 11:00")
            << zone << at(zone, 2026, 3, 27, 17) << 4 * hour << at(zone, 2026, 3, 30, 11);
        row("spring: zero from the Sunday of the change is Monday 09:00")
            << zone << at(zone, 2026, 3, 29, 12) << qint64(0) << at(zone, 2026, 3, 30, 9);
        row("spring: 48 business hours from Thursday 09:00")
            << zone << at(zone, 2026, 3, 26, 9) << 48 * hour << at(zone, 2026, 4, 1, 17);
        row("autumn: Friday 17:00 plus 4 hours is Monday 11:00")
            << zone << at(zone, 2026, 10, 23, 17) << 4 * hour << at(zone, 2026, 10, 26, 11);
        row("autumn: zero from the Sunday of the change is Monday 09:00")
            << zone << at(zone, 2026, 10, 25, 2, 30) << qint64(0) << at(zone, 2026, 10, 26, 9);
        row("autumn: 48 business hours from Thursday 09:00")
            << zone << at(zone, 2026, 10, 22, 9) << 48 * hour << at(zone, 2026, 10, 28, 17);
    }
}

void TestBusinessHours::addWorking()
{
    QFETCH(QTimeZone, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, add);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = zone;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(from, add), zone),
             QDateTime::fromMSecsSinceEpoch(expected, zone));
    QCOMPARE(hours.workingMsBetween(from, hours.addWorkingMs(from, add)), add);
}

void TestBusinessHours::holidaysAreDaysOff()
{
    BusinessHours hours;
    hours.zone = moscow;
    hours.holidays.insert(QDate(2026, 11, 23));
    QVERIFY(!hours.isWorkingDay(QDate(2026, 11, 23)));
    QCOMPARE(hours.addWorkingMs(at(2026, 11, 20, 18), 2 * hour), at(2026, 11, 24, 10));
}

// A team whose hours include the Sunday of a change (a round-the-clock or night team):
// that day is as long as the clock says, 23 hours in spring and 25 in autumn in Berlin.
void TestBusinessHours::daylightSavingChanges_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<int>("startMinute");
    QTest::addColumn<int>("endMinute");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("expected");
    const QDate spring(2026, 3, 29);
    const QDate autumn(2026, 10, 25);
    QTest::newRow("R07 Moscow round the clock, last Sunday of March") << moscow << 0 << 24 * 60 << spring << 24 * hour;
    QTest::newRow("R07 Moscow round the clock, last Sunday of October")
        << moscow << 0 << 24 * 60 << autumn << 24 * hour;
    QTest::newRow("R07 Berlin round the clock, spring: 23 hours") << berlin << 0 << 24 * 60 << spring << 23 * hour;
    QTest::newRow("R07 Berlin round the clock, autumn: 25 hours") << berlin << 0 << 24 * 60 << autumn << 25 * hour;
    QTest::newRow("R07 Berlin 01:00-04:00, spring: the lost hour is not worked")
        << berlin << 60 << 4 * 60 << spring << 2 * hour;
    QTest::newRow("R07 Berlin 01:00-04:00, autumn: the repeated hour is worked twice")
        << berlin << 60 << 4 * 60 << autumn << 4 * hour;
    QTest::newRow("R07 Berlin 09:00-19:00 on the spring Sunday") << berlin << 9 * 60 << 19 * 60 << spring << 10 * hour;
    QTest::newRow("R07 Berlin 09:00-19:00 on the autumn Sunday") << berlin << 9 * 60 << 19 * 60 << autumn << 10 * hour;
}

void TestBusinessHours::daylightSavingChanges()
{
    QFETCH(QTimeZone, zone);
    QFETCH(int, startMinute);
    QFETCH(int, endMinute);
    QFETCH(QDate, day);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = zone;
    hours.startMinute = startMinute;
    hours.endMinute = endMinute;
    hours.weekdays = 0b1111111;
    const qint64 start = day.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 end = day.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    QCOMPARE(hours.workingMsBetween(start, end), expected);
    // Adding the day's working time from its midnight ends at its last working minute.
    const qint64 lastMinute =
        endMinute >= 24 * 60 ? end : QDateTime(day, QTime(0, 0).addSecs(endMinute * 60), zone).toMSecsSinceEpoch();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(start, expected), zone),
             QDateTime::fromMSecsSinceEpoch(lastMinute, zone));
    // And the next minute of work is the next day's first.
    const qint64 nextStart = QDateTime(day.addDays(1), QTime(0, 0).addSecs(startMinute * 60), zone).toMSecsSinceEpoch();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(start, expected + 60'000), zone),
             QDateTime::fromMSecsSinceEpoch(nextStart + 60'000, zone));
}

// Every working day across a change, day by day: 09:00 and 19:00 stay on the wall clock, so
// in UTC they move by the hour the clocks moved.
void TestBusinessHours::workingDaysAcrossTheChange_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("first");
    QTest::newRow("R07 Moscow around the last Sunday of March") << moscow << QDate(2026, 3, 23);
    QTest::newRow("R07 Berlin around the last Sunday of March") << berlin << QDate(2026, 3, 23);
    QTest::newRow("R07 Moscow around the last Sunday of October") << moscow << QDate(2026, 10, 19);
    QTest::newRow("R07 Berlin around the last Sunday of October") << berlin << QDate(2026, 10, 19);
}

void TestBusinessHours::workingDaysAcrossTheChange()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, first);
    BusinessHours hours;
    hours.zone = zone;
    qint64 from = at(zone, first.year(), first.month(), first.day(), 9);
    for (QDate day = first; day < first.addDays(14); day = day.addDays(1)) {
        if (!hours.isWorkingDay(day))
            continue;
        const qint64 opens = at(zone, day.year(), day.month(), day.day(), 9);
        const qint64 closes = at(zone, day.year(), day.month(), day.day(), 19);
        QCOMPARE(hours.workingMsBetween(opens, closes), 10 * hour);
        // The first working minute of the day is reached from the last one of the day before.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(from, 0), zone),
                 QDateTime::fromMSecsSinceEpoch(opens, zone));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(opens, 10 * hour), zone),
                 QDateTime::fromMSecsSinceEpoch(closes, zone));
        from = closes;
    }
}

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
