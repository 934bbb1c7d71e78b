// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/changefeed.h"
#include "tests/support/enginetest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
} // namespace

class TestRosterStore final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(monday); }
    void cleanup() { closeDatabase(); }

    void R01_R03_playbookTemplatesShip();
    void R02_assignLunchAndClear();
    void R05_holidaysByHandAndFromICalendar();
    void aTemplateEditIsVersioned();
};

void TestRosterStore::R01_R03_playbookTemplatesShip()
{
    const auto shifts = RosterStore(*m_db).templates();
    QVERIFY(shifts);
    QCOMPARE(shifts->size(), 3);
    QCOMPARE(shifts->at(0).name, u"First"_s);
    QCOMPARE(shifts->at(0).startMinute, 9 * 60);
    QCOMPARE(shifts->at(0).endMinute, 18 * 60);
    QCOMPARE(shifts->at(1).name, u"Second"_s);
    QCOMPARE(shifts->at(1).startMinute, 10 * 60);
    QCOMPARE(shifts->at(1).endMinute, 19 * 60);
    QVERIFY(shifts->at(2).isDuty);
    QCOMPARE(shifts->at(2).weekdays, 1 << 5); // Saturday
}

void TestRosterStore::R02_assignLunchAndClear()
{
    RosterStore store(*m_db);
    const AgentId anna = addAgent(u"anna"_s, u"Anna"_s);
    const auto shifts = store.templates();
    QVERIFY(shifts);
    const QDate day(2026, 11, 23);
    QSignalSpy changes(m_db->changeFeed(), &ChangeFeed::changed);
    QVERIFY(store.assign(RosterEntry{anna, day, shifts->at(0).id, 12 * 60, 0}));
    QCOMPARE(changes.size(), 1);
    QVERIFY(store.assign(RosterEntry{anna, day, shifts->at(1).id, 13 * 60, 0})); // replaces the day's shift
    auto roster = store.roster(day, day);
    QVERIFY(roster);
    QCOMPARE(roster->entries.size(), 1);
    QCOMPARE(roster->entries.at(0).shift, shifts->at(1).id);
    QCOMPARE(roster->entries.at(0).lunchStartMinute, 13 * 60);
    QVERIFY(Shifts::isOnShift(*roster, anna, Shifts::instantOf(roster->hours.zone, day, 10 * 60 + 1)));
    QVERIFY(store.clear(anna, day));
    roster = store.roster(day, day);
    QVERIFY(roster->entries.isEmpty());
}

void TestRosterStore::R05_holidaysByHandAndFromICalendar()
{
    RosterStore store(*m_db);
    QVERIFY(store.setHoliday({QDate(2026, 12, 31), u"New Year's Eve"_s}));
    const auto added = store.importHolidays("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261231\n"
                                            "SUMMARY:Imported\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\n"
                                            "SUMMARY:New Year\nEND:VEVENT\nEND:VCALENDAR\n");
    QVERIFY(added);
    QCOMPARE(*added, 1); // the 31st the team had already marked keeps its note
    const auto days = store.holidays();
    QVERIFY(days);
    QCOMPARE(*days,
             (QList<CalendarDay>{{QDate(2026, 12, 31), u"New Year's Eve"_s}, {QDate(2027, 1, 1), u"New Year"_s}}));
    const auto roster = store.roster(QDate(2026, 12, 28), QDate(2027, 1, 3));
    QVERIFY(roster->hours.holidays.contains(QDate(2027, 1, 1)));
    QVERIFY(store.removeHoliday(QDate(2027, 1, 1)));
    QCOMPARE(store.holidays()->size(), 1);
}

void TestRosterStore::aTemplateEditIsVersioned()
{
    RosterStore store(*m_db);
    ShiftTemplate shift = store.templates()->at(0);
    shift.endMinute = 17 * 60 + 30;
    QVERIFY(store.updateTemplate(shift));
    const auto stale = store.updateTemplate(shift);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QCOMPARE(store.templates()->at(0).endMinute, 17 * 60 + 30);
    shift.startMinute = shift.endMinute;
    QCOMPARE(store.updateTemplate(shift).error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestRosterStore)
#include "tst_rosterstore.moc"
