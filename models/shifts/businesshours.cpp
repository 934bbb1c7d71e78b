// SPDX-License-Identifier: GPL-3.0-or-later
#include "businesshours.h"

#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// The working window of one local date, as UTC instants; empty on days off.
std::pair<qint64, qint64> window(const BusinessHours &hours, QDate date)
{
    if (!hours.isWorkingDay(date))
        return {0, 0};
    const QDateTime midnight = date.startOfDay(hours.zone);
    // Through local wall-clock times, so a DST change day keeps its 09:00 and 19:00.
    const qint64 start = QDateTime(date, QTime(0, 0).addSecs(hours.startMinute * 60), hours.zone).toMSecsSinceEpoch();
    const qint64 end = hours.endMinute >= 24 * 60
        ? midnight.addDays(1).toMSecsSinceEpoch()
        : QDateTime(date, QTime(0, 0).addSecs(hours.endMinute * 60), hours.zone).toMSecsSinceEpoch();
    return {start, std::max(start, end)};
}

QDate localDate(const BusinessHours &hours, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, hours.zone).date();
}

} // namespace

bool BusinessHours::isWorkingDay(QDate date) const
{
    return (weekdays & (1 << (date.dayOfWeek() - 1))) != 0 && !holidays.contains(date);
}

qint64 BusinessHours::workingMsBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    const QDate last = localDate(*this, toMs);
    for (QDate day = localDate(*this, fromMs); day <= last; day = day.addDays(1)) {
        const auto [start, end] = window(*this, day);
        const qint64 from = std::max(start, fromMs);
        const qint64 to = std::min(end, toMs);
        if (to > from)
            total += to - from;
    }
    return total;
}

qint64 BusinessHours::addWorkingMs(qint64 fromMs, qint64 workingMs) const
{
    qint64 left = std::max<qint64>(0, workingMs);
    QDate day = localDate(*this, fromMs);
    // A year without a single working day means a misconfigured calendar: stop there.
    for (int guard = 0; guard < 366 * 3; ++guard, day = day.addDays(1)) {
        const auto [start, end] = window(*this, day);
        const qint64 from = std::max(start, fromMs);
        if (end <= from)
            continue;
        if (end - from >= left)
            return from + left;
        left -= end - from;
    }
    return fromMs + workingMs;
}

Result<BusinessHours> teamBusinessHours(Database &database)
{
    const auto team = TeamSettingsStore(database).read();
    if (!team)
        return team.error();
    return withTeamHolidays(database, team->hours);
}

Result<BusinessHours> withTeamHolidays(Database &database, BusinessHours hours)
{
    QSqlQuery holidays(database.connection());
    if (!holidays.exec(u"SELECT day FROM team_calendar WHERE kind = 'holiday'"_s))
        return database.errorFrom(holidays.lastError());
    while (holidays.next())
        hours.holidays.insert(QDate::fromString(holidays.value(0).toString(), Qt::ISODate));
    return hours;
}

} // namespace Casebook
