// SPDX-License-Identifier: GPL-3.0-or-later
// R15, R34: response due times in the team's zone when its clocks change. Moscow keeps one
// offset all year; Berlin springs forward on the last Sunday of March and falls back on the
// last Sunday of October. A due time counted in business hours lands on the team's wall
// clock (Monday 12:00 stays 12:00 whichever offset Monday has); a round-the-clock policy
// counts real minutes.
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60'000;

qint64 wallClock(const QByteArray &zone, QDate day, int hour, int minutes = 0)
{
    return QDateTime(day, QTime(hour, minutes), QTimeZone(zone)).toMSecsSinceEpoch();
}

// For a failure message: the instant on the team's wall clock.
QString shown(const QByteArray &zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone)).toString(Qt::ISODate);
}

bool setTeamZone(Database &db, const QByteArray &zone)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE team_settings SET value = ? WHERE key = ?"_s);
    q.addBindValue(QString::fromUtf8(zone));
    q.addBindValue(u"team.time_zone"_s);
    return q.exec() && q.numRowsAffected() == 1;
}

bool setRoundTheClock(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE sla_policies SET business_hours = ?"_s);
    q.addBindValue(false);
    return q.exec();
}

struct Row
{
    const char *name;
    QByteArray zone;
    QDate day;
    int hour;
    int minutes;
    QDate dueDay;
    int dueHour;
    int dueMinutes;
};

} // namespace

class TestTicketSla final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstResponseAcrossTheChange_data();
    void firstResponseAcrossTheChange();
    void nextResponseAcrossTheChange_data();
    void nextResponseAcrossTheChange();
    void roundTheClockCountsRealMinutes_data();
    void roundTheClockCountsRealMinutes();
};

namespace {

// Each row for both engines.
void addRows(std::initializer_list<Row> rows)
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("due");
    for (const auto &[engine, engineName] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, std::pair{DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        for (const Row &row : rows) {
            QTest::addRow("%s %s", row.name, engineName)
                << engine << row.zone << wallClock(row.zone, row.day, row.hour, row.minutes)
                << wallClock(row.zone, row.dueDay, row.dueHour, row.dueMinutes);
        }
    }
}

// 2026: the changes are on Sunday 29 March and Sunday 25 October.
const QDate springFriday(2026, 3, 27);
const QDate springMonday(2026, 3, 30);
const QDate autumnFriday(2026, 10, 23);
const QDate autumnMonday(2026, 10, 26);

} // namespace

// The shipped Standard policy: the first answer within 240 business minutes.
void TestTicketSla::firstResponseAcrossTheChange_data()
{
    addRows({
        {"R15 Moscow Friday 18:00 before the spring change", "Europe/Moscow", springFriday, 18, 0, springMonday, 12, 0},
        {"R15 Berlin Friday 18:00 before the spring change", "Europe/Berlin", springFriday, 18, 0, springMonday, 12, 0},
        {"R15 Moscow Friday 18:00 before the autumn change", "Europe/Moscow", autumnFriday, 18, 0, autumnMonday, 12, 0},
        {"R15 Berlin Friday 18:00 before the autumn change", "Europe/Berlin", autumnFriday, 18, 0, autumnMonday, 12, 0},
        {"R15 Berlin Sunday of the spring change", "Europe/Berlin", QDate(2026, 3, 29), 2, 30, springMonday, 13, 0},
        {"R15 Berlin Sunday of the autumn change, in the repeated hour", "Europe/Berlin", QDate(2026, 10, 25), 2, 30,
         autumnMonday, 13, 0},
        {"R15 Berlin Thursday 16:00 before the spring change", "Europe/Berlin", QDate(2026, 3, 26), 16, 0, springFriday,
         10, 0},
    });
}

void TestTicketSla::firstResponseAcrossTheChange()
{
    CASEBOOK_TEST_DATABASE(testDb);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, due);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(setTeamZone(*db, zone));
    FakeClock clock(from);
    TicketStore store(*db, clock);
    const auto id = store.create({u"Before the weekend"_s, {}, Channel::Email, u"Help"_s});
    QVERIFY(id.ok());
    const qint64 firstDue = store.ticket(*id)->firstResponseDueAt.value_or(0);
    QVERIFY2(firstDue == due, qPrintable(shown(zone, firstDue) + u" instead of "_s + shown(zone, due)));
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), due);
}

// After the first answer a customer's message owes the next one within 480 business minutes.
void TestTicketSla::nextResponseAcrossTheChange_data()
{
    addRows({
        {"R34 Moscow Friday 17:00 before the spring change", "Europe/Moscow", springFriday, 17, 0, springMonday, 15, 0},
        {"R34 Berlin Friday 17:00 before the spring change", "Europe/Berlin", springFriday, 17, 0, springMonday, 15, 0},
        {"R34 Moscow Friday 17:00 before the autumn change", "Europe/Moscow", autumnFriday, 17, 0, autumnMonday, 15, 0},
        {"R34 Berlin Friday 17:00 before the autumn change", "Europe/Berlin", autumnFriday, 17, 0, autumnMonday, 15, 0},
    });
}

void TestTicketSla::nextResponseAcrossTheChange()
{
    CASEBOOK_TEST_DATABASE(testDb);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, due);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(setTeamZone(*db, zone));
    FakeClock clock(from - 60 * minute);
    TicketStore store(*db, clock);
    const auto id = store.create({u"Friday afternoon"_s, {}, Channel::Email, u"Help"_s});
    QVERIFY(id.ok());
    clock.advanceMs(30 * minute);
    QVERIFY(store.addMessage(*id, MessageKind::Agent, {}, u"Looking"_s).ok());
    clock.setNowMs(from);
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Still broken"_s).ok());
    const qint64 nextDue = store.ticket(*id)->nextResponseDueAt.value_or(0);
    QVERIFY2(nextDue == due, qPrintable(shown(zone, nextDue) + u" instead of "_s + shown(zone, due)));
    QCOMPARE(store.ticket(*id)->responseDueAt().value_or(0), due);
}

// A round-the-clock policy: 240 real minutes, however the wall clock jumps meanwhile; the
// due time is checked as real minutes and as what the team's clock shows then.
void TestTicketSla::roundTheClockCountsRealMinutes_data()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<QTime>("dueOnTheClock");
    QTest::addColumn<int>("offsetHours"); ///< the zone's offset from UTC at the due time
    const struct
    {
        const char *name;
        QByteArray zone;
        QDate day;
        QTime due;
        int offset;
    } rows[] = {
        {"R15 Moscow 23:00 on the eve of the spring change", "Europe/Moscow", QDate(2026, 3, 28), QTime(3, 0), 3},
        {"R15 Berlin 23:00 on the eve of the spring change", "Europe/Berlin", QDate(2026, 3, 28), QTime(4, 0), 2},
        {"R15 Moscow 23:00 on the eve of the autumn change", "Europe/Moscow", QDate(2026, 10, 24), QTime(3, 0), 3},
        // 23:00 summer time plus 4 hours is 02:00 winter time, the second 02:00 of the night.
        {"R15 Berlin 23:00 on the eve of the autumn change", "Europe/Berlin", QDate(2026, 10, 24), QTime(2, 0), 1},
    };
    for (const auto &[engine, engineName] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, std::pair{DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        for (const auto &row : rows) {
            QTest::addRow("%s %s", row.name, engineName)
                << engine << row.zone << wallClock(row.zone, row.day, 23) << row.due << row.offset;
        }
    }
}

void TestTicketSla::roundTheClockCountsRealMinutes()
{
    CASEBOOK_TEST_DATABASE(testDb);
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(QTime, dueOnTheClock);
    QFETCH(int, offsetHours);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(setTeamZone(*db, zone));
    QVERIFY(setRoundTheClock(*db));
    FakeClock clock(from);
    TicketStore store(*db, clock);
    const auto id = store.create({u"Saturday night"_s, {}, Channel::Email, u"Help"_s});
    QVERIFY(id.ok());
    const qint64 firstDue = store.ticket(*id)->firstResponseDueAt.value_or(0);
    QCOMPARE(firstDue - from, 240 * minute);
    const QDateTime onTheClock = QDateTime::fromMSecsSinceEpoch(firstDue, QTimeZone(zone));
    QCOMPARE(onTheClock.time(), dueOnTheClock);
    QCOMPARE(onTheClock.offsetFromUtc(), offsetHours * 3600);
}

QTEST_GUILESS_MAIN(TestTicketSla)
#include "tst_ticketsla.moc"
