// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Casebook {

/// A holiday as an iCalendar file names it: one date and its summary.
struct CalendarDay
{
    QDate day;
    QString note;
    bool operator==(const CalendarDay &) const = default;
};

/**
 * The all-day events of an iCalendar (RFC 5545) file, one CalendarDay per date they cover
 * (DTEND is exclusive; a missing DTEND is one day). Timed events and recurrence rules are
 * left out: public-holiday calendars list each date as its own all-day VEVENT, and the team
 * calendar holds dates, not times. Folded lines and escaped text are unfolded and unescaped.
 */
[[nodiscard]] QList<CalendarDay> holidaysFromICalendar(const QByteArray &data);

} // namespace Casebook
