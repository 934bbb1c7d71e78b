// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/shifts/businesshours.h"

#include <QDateTime>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");
constexpr qint64 hour = 3600 * 1000;

// A wall-clock time in the team's zone, as the epoch milliseconds storage uses.
qint64 at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), moscow).toMSecsSinceEpoch();
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
};

// 2026-11-20 is a Friday; 11-21/22 the weekend; 11-23 a Monday.
void TestBusinessHours::workingBetween_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("R01 within one working day") << at(2026, 11, 20, 10) << at(2026, 11, 20, 12) << 2 * hour;
    QTest::newRow("R07 evening counts nothing") << at(2026, 11, 19, 19) << at(2026, 11, 19, 23) << qint64(0);
    QTest::newRow("R01 a whole weekday is 10 hours") << at(2026, 11, 19, 0) << at(2026, 11, 20, 0) << 10 * hour;
    QTest::newRow("R05 the weekend is off") << at(2026, 11, 20, 18) << at(2026, 11, 23, 10) << 2 * hour;
    QTest::newRow("backwards is zero") << at(2026, 11, 20, 12) << at(2026, 11, 20, 10) << qint64(0);
}

void TestBusinessHours::workingBetween()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = moscow;
    QCOMPARE(hours.workingMsBetween(from, to), expected);
}

void TestBusinessHours::addWorking_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("add");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("same day") << at(2026, 11, 20, 10) << 3 * hour << at(2026, 11, 20, 13);
    QTest::newRow("R16 Friday evening rolls to Monday") << at(2026, 11, 20, 17) << 4 * hour << at(2026, 11, 23, 11);
    QTest::newRow("from the night starts at 09:00") << at(2026, 11, 19, 3) << hour << at(2026, 11, 19, 10);
    QTest::newRow("zero from Saturday is Monday 09:00") << at(2026, 11, 21, 12) << qint64(0) << at(2026, 11, 23, 9);
    QTest::newRow("48 business hours from Monday 09:00") << at(2026, 11, 23, 9) << 48 * hour << at(2026, 11, 27, 17);
}

void TestBusinessHours::addWorking()
{
    QFETCH(qint64, from);
    QFETCH(qint64, add);
    QFETCH(qint64, expected);
    BusinessHours hours;
    hours.zone = moscow;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(hours.addWorkingMs(from, add), moscow),
             QDateTime::fromMSecsSinceEpoch(expected, moscow));
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

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
