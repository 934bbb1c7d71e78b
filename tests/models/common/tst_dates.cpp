// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/dates.h"
#include "models/storage/clock.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));

qint64 utcMs(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace

/// Issue 18: one date and time format, the UI language's, with "today" from the clock.
class TestDates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void dayAndTime_data();
    void dayAndTime();
    void moment_data();
    void moment();
    void momentOfMillisecondsIsLocal_data();
    void momentOfMillisecondsIsLocal();
    void fullAlwaysHasTheYear();
    void languageSwitchChangesTheText();

private:
    // Saturday 28 November 2026, 13:00 UTC (14:00 in Berlin).
    FakeClock m_clock{utcMs(2026, 11, 28, 13, 0)};
};

void TestDates::initTestCase()
{
    // A zone with daylight saving, whatever the machine's: the day a moment falls on and
    // "today" must be read in the same zone.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    Dates::useClock(&m_clock);
}

void TestDates::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_clock.setNowMs(utcMs(2026, 11, 28, 13, 0));
}

void TestDates::cleanupTestCase()
{
    Dates::useClock(nullptr);
}

void TestDates::dayAndTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QVariant>("value"); // a QDate for day(), a QTime for time()
    QTest::addColumn<QString>("expected");

    QTest::newRow("en this year") << u"en"_s << QVariant(QDate(2026, 11, 28)) << u"28 Nov"_s;
    QTest::newRow("en another year") << u"en"_s << QVariant(QDate(2025, 11, 28)) << u"28 Nov 2025"_s;
    QTest::newRow("en next year") << u"en"_s << QVariant(QDate(2027, 1, 3)) << u"3 Jan 2027"_s;
    QTest::newRow("ru this year") << u"ru"_s << QVariant(QDate(2026, 11, 28)) << u"28 нояб."_s;
    QTest::newRow("ru another year") << u"ru"_s << QVariant(QDate(2025, 11, 28)) << u"28 нояб. 2025"_s;
    // The month as a date says it ("28 мая"), not as a calendar's heading says it ("май").
    QTest::newRow("ru May is genitive") << u"ru"_s << QVariant(QDate(2026, 5, 28)) << u"28 мая"_s;
    QTest::newRow("no day") << u"en"_s << QVariant(QDate()) << QString();

    QTest::newRow("en afternoon") << u"en"_s << QVariant(QTime(14, 5, 37)) << u"2:05\u202fPM"_s;
    QTest::newRow("en morning") << u"en"_s << QVariant(QTime(9, 30)) << u"9:30\u202fAM"_s;
    QTest::newRow("en-GB") << u"en_GB"_s << QVariant(QTime(14, 5, 37)) << u"14:05"_s;
    QTest::newRow("ru") << u"ru"_s << QVariant(QTime(14, 5, 37)) << u"14:05"_s;
    QTest::newRow("ru morning") << u"ru"_s << QVariant(QTime(9, 30)) << u"09:30"_s;
    // C's short format carries seconds; a person reads minutes.
    QTest::newRow("C has no seconds") << u"C"_s << QVariant(QTime(14, 5, 37)) << u"14:05"_s;
}

void TestDates::dayAndTime()
{
    QFETCH(QString, language);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(language));
    const QString text = value.typeId() == QMetaType::QDate ? Dates::day(value.toDate()) : Dates::time(value.toTime());
    QCOMPARE(text, expected);
}

void TestDates::moment_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");

    const qint64 now = utcMs(2026, 11, 28, 13, 0);
    QTest::newRow("en today") << u"en_GB"_s << now << QDateTime(QDate(2026, 11, 28), QTime(9, 15), berlin)
                              << u"09:15"_s;
    QTest::newRow("en yesterday") << u"en_GB"_s << now << QDateTime(QDate(2026, 11, 27), QTime(9, 15), berlin)
                                  << u"27 Nov, 09:15"_s;
    QTest::newRow("en another year") << u"en_GB"_s << now << QDateTime(QDate(2025, 11, 28), QTime(9, 15), berlin)
                                     << u"28 Nov 2025, 09:15"_s;
    QTest::newRow("en US today") << u"en"_s << now << QDateTime(QDate(2026, 11, 28), QTime(14, 5), berlin)
                                 << u"2:05\u202fPM"_s;
    QTest::newRow("ru today") << u"ru"_s << now << QDateTime(QDate(2026, 11, 28), QTime(9, 15), berlin) << u"09:15"_s;
    QTest::newRow("ru this year") << u"ru"_s << now << QDateTime(QDate(2026, 5, 3), QTime(9, 15), berlin)
                                  << u"3 мая, 09:15"_s;
    QTest::newRow("ru another year") << u"ru"_s << now << QDateTime(QDate(2025, 11, 28), QTime(9, 15), berlin)
                                     << u"28 нояб. 2025, 09:15"_s;

    // DST ends in Berlin at 01:00 UTC on 25 October 2026 (03:00 CEST -> 02:00 CET). The
    // moment is 23:30 UTC on the 24th, already the 25th in Berlin: today there at 20:00 CET.
    QTest::newRow("DST end day: today in the zone, yesterday in UTC")
        << u"en_GB"_s << utcMs(2026, 10, 25, 19, 0)
        << QDateTime::fromMSecsSinceEpoch(utcMs(2026, 10, 24, 23, 30), berlin) << u"01:30"_s;
    // DST starts at 01:00 UTC on 29 March 2026 (02:00 CET -> 03:00 CEST): 01:30 UTC is 03:30.
    QTest::newRow("DST start day: the hour after the gap")
        << u"en_GB"_s << utcMs(2026, 3, 29, 21, 0) << QDateTime::fromMSecsSinceEpoch(utcMs(2026, 3, 29, 1, 30), berlin)
        << u"03:30"_s;
    // 22:30 UTC on the DST start day is already the 30th in Berlin (CEST), so the 29th is
    // yesterday there though it is still today in UTC.
    QTest::newRow("DST start day seen from the next day")
        << u"en_GB"_s << utcMs(2026, 3, 29, 22, 30) << QDateTime::fromMSecsSinceEpoch(utcMs(2026, 3, 29, 21, 0), berlin)
        << u"29 Mar, 23:00"_s;
    // New Year's Eve in Berlin is the new year in UTC already; the year is Berlin's.
    QTest::newRow("year turns in the zone first")
        << u"en_GB"_s << utcMs(2026, 12, 31, 23, 30)
        << QDateTime::fromMSecsSinceEpoch(utcMs(2026, 12, 31, 12, 0), berlin) << u"31 Dec 2026, 13:00"_s;
    QTest::newRow("invalid") << u"en"_s << now << QDateTime() << QString();
}

void TestDates::moment()
{
    QFETCH(QString, language);
    QFETCH(qint64, nowMs);
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(language));
    m_clock.setNowMs(nowMs);
    QCOMPARE(Dates::moment(at), expected);
}

void TestDates::momentOfMillisecondsIsLocal_data()
{
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("today") << utcMs(2026, 11, 28, 13, 0) << utcMs(2026, 11, 28, 8, 0) << u"09:00"_s;
    // 23:30 UTC on the 28th is 00:30 on the 29th in Berlin (CET): a moment at 00:15 there
    // is today although its UTC date is the 28th, and one at 23:59 is yesterday.
    QTest::newRow("after midnight in Berlin")
        << utcMs(2026, 11, 28, 23, 30) << utcMs(2026, 11, 28, 23, 15) << u"00:15"_s;
    QTest::newRow("before midnight in Berlin")
        << utcMs(2026, 11, 28, 23, 30) << utcMs(2026, 11, 28, 22, 59) << u"28 Nov, 23:59"_s;
    QTest::newRow("summer time") << utcMs(2026, 11, 28, 13, 0) << utcMs(2026, 7, 1, 12, 0) << u"1 Jul, 14:00"_s;
}

void TestDates::momentOfMillisecondsIsLocal()
{
    QFETCH(qint64, nowMs);
    QFETCH(qint64, atMs);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(u"en_GB"_s));
    m_clock.setNowMs(nowMs);
    QCOMPARE(Dates::moment(atMs), expected);
}

void TestDates::fullAlwaysHasTheYear()
{
    QLocale::setDefault(QLocale(u"en_GB"_s));
    QCOMPARE(Dates::full(utcMs(2026, 11, 28, 8, 0)), u"28 Nov 2026, 09:00"_s);
    QLocale::setDefault(QLocale(u"ru"_s));
    QCOMPARE(Dates::full(utcMs(2026, 11, 28, 8, 0)), u"28 нояб. 2026, 09:00"_s);
    QCOMPARE(Dates::full(QDateTime()), QString());
}

void TestDates::languageSwitchChangesTheText()
{
    // Nothing is cached: the next call after QLocale::setDefault speaks the new language.
    const QDate date(2026, 2, 3);
    QLocale::setDefault(QLocale(u"en"_s));
    QCOMPARE(Dates::day(date), u"3 Feb"_s);
    QLocale::setDefault(QLocale(u"ru"_s));
    QCOMPARE(Dates::day(date), u"3 февр."_s);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
