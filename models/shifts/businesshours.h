// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QDate>
#include <QSet>
#include <QTimeZone>

namespace Casebook {

/**
 * The team's working hours in the team's time zone (R07): which weekdays, from when to
 * when, and which dates are holidays. The defaults are the playbook's: weekdays
 * 09:00-19:00 (the union of the two default shifts, R01); a team's own week is one of
 * its TeamSettings.
 */
struct BusinessHours
{
    QTimeZone zone = QTimeZone::UTC;
    int startMinute = 9 * 60;
    int endMinute = 19 * 60;
    /// Bit 0 = Monday ... bit 6 = Sunday.
    int weekdays = 0b0011111;
    QSet<QDate> holidays;

    bool operator==(const BusinessHours &) const = default;

    [[nodiscard]] bool isWorkingDay(QDate date) const;

    /// Working milliseconds between two instants (0 when `to` is not after `from`).
    [[nodiscard]] qint64 workingMsBetween(qint64 fromMs, qint64 toMs) const;

    /// The instant `workingMs` of working time after `fromMs`.
    [[nodiscard]] qint64 addWorkingMs(qint64 fromMs, qint64 workingMs) const;
};

class Database;

/// The team's hours: zone, days and times from TeamSettingsStore, holidays from the team calendar.
Result<BusinessHours> teamBusinessHours(Database &database);
/// `hours` (the team's settings, already read) with the holidays from the team calendar.
Result<BusinessHours> withTeamHolidays(Database &database, BusinessHours hours);

} // namespace Casebook
