// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QDate;
class QDateTime;
class QString;
class QTime;

namespace Casebook {

class Clock;

/**
 * The one way Casebook shows a date or a time (issue 18), so the thread, the lists and the
 * cards agree: "28 Nov" this year, "28 Nov 2025" another, "14:05" (or "2:05 PM") without
 * seconds. Everything follows QLocale(), the UI language (Application sets it as the default),
 * so a language switch changes every date. Data meant for machines (ISO dates in exports,
 * files, search operators) does not come here.
 */
namespace Dates {

/// Where "today" and "this year" come from: the application's clock (--now) or a test's
/// fake one. `nullptr` goes back to the system clock. The clock must outlive its use.
void useClock(const Clock *clock);
[[nodiscard]] const Clock &clock();

/// "28 Nov" this year, "28 Nov 2025" in another (Russian "28 нояб.", the month in the case
/// a date needs).
[[nodiscard]] QString day(const QDate &date);
/// Hours and minutes in the locale's style, never seconds.
[[nodiscard]] QString time(const QTime &time);
/// When something happened or is due, in `at`'s own time zone: today only the time, this
/// year "28 Nov, 14:05", another year "28 Nov 2025, 14:05".
[[nodiscard]] QString moment(const QDateTime &at);
/// moment() of UTC epoch milliseconds, in this computer's time zone.
[[nodiscard]] QString moment(qint64 ms);
/// The exact moment with its year, whatever today is: for a tooltip beside a relative
/// text ("3 days ago") or a moment that must not be misread.
[[nodiscard]] QString full(const QDateTime &at);
[[nodiscard]] QString full(qint64 ms);
/// A day with its short weekday, "Sat 28 Nov", for a calendar's columns and duty days.
[[nodiscard]] QString weekday(const QDate &date);
/// day() of UTC epoch milliseconds, in this computer's time zone.
[[nodiscard]] QString day(qint64 ms);

/// The patterns behind day() with its year and time(), for a QDateEdit or QTimeEdit, so
/// what a person types into reads as what every list shows.
[[nodiscard]] QString dayEditFormat();
[[nodiscard]] QString timeEditFormat();

} // namespace Dates

} // namespace Casebook
