// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates.h"

#include "models/storage/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Casebook::Dates {

namespace {

// Atomic: analytics and reminders build their texts on worker threads too.
std::atomic<const Clock *> g_clock = nullptr;

/// Today in `zone`, so a moment and "today" are compared on the same calendar.
QDate todayIn(const QTimeZone &zone)
{
    return clock().now().toTimeZone(zone).date();
}

QString dayAgainst(const QDate &date, const QDate &today)
{
    // "d MMM" rather than a short format: ShortFormat gives "11/28/26" in English, which
    // reads as a code, not a day. Qt takes the month's name from CLDR in the form a date
    // uses, so Russian gets "28 нояб." and "28 мая", not the nominative "май".
    const QLocale locale;
    if (date.year() == today.year())
        return locale.toString(date, u"d MMM"_s);
    return locale.toString(date, dayEditFormat());
}

QString withTime(const QString &day, const QTime &at)
{
    //: A day and a time, e.g. "28 Nov, 14:05"; %1 the day, %2 the time
    return QCoreApplication::translate("Casebook::Dates", "%1, %2").arg(day, time(at));
}

} // namespace

void useClock(const Clock *source)
{
    g_clock = source;
}

const Clock &clock()
{
    const Clock *set = g_clock.load();
    return set ? *set : Clock::system();
}

QString day(const QDate &date)
{
    if (!date.isValid())
        return {};
    return dayAgainst(date, todayIn(QTimeZone::LocalTime));
}

QString day(qint64 ms)
{
    return day(QDateTime::fromMSecsSinceEpoch(ms).date());
}

QString weekday(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: A day with its weekday, e.g. "Sat 28 Nov"; %1 the short weekday, %2 the day
    return QCoreApplication::translate("Casebook::Dates", "%1 %2")
        .arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat), day(date));
}

QString time(const QTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time, timeEditFormat());
}

QString dayEditFormat()
{
    return u"d MMM yyyy"_s;
}

QString timeEditFormat()
{
    // Some locales' short format (C among them) carries seconds; a person reads minutes.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return format;
}

QString moment(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDate today = todayIn(at.timeZone());
    if (at.date() == today)
        return time(at.time());
    return withTime(dayAgainst(at.date(), today), at.time());
}

QString moment(qint64 ms)
{
    return moment(QDateTime::fromMSecsSinceEpoch(ms));
}

QString full(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return withTime(QLocale().toString(at.date(), dayEditFormat()), at.time());
}

QString full(qint64 ms)
{
    return full(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace Casebook::Dates
