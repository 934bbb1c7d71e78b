// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingtimeline.h"

#include "models/shifts/shiftmath.h"

#include <algorithm>

namespace Casebook {

WorkingTimeline::WorkingTimeline(const BusinessHours &hours, qint64 fromMs, qint64 toMs)
{
    const QDate last = Shifts::teamDate(hours, std::max(fromMs, toMs));
    qint64 before = 0;
    for (QDate day = Shifts::teamDate(hours, fromMs); day <= last; day = day.addDays(1)) {
        Day entry;
        entry.midnight = Shifts::instantOf(hours.zone, day, 0);
        entry.before = before;
        if (hours.isWorkingDay(day)) {
            // The same wall-clock window BusinessHours walks: 09:00 stays 09:00 on a DST day.
            entry.start = Shifts::instantOf(hours.zone, day, hours.startMinute);
            entry.end = std::max(entry.start, Shifts::instantOf(hours.zone, day, std::min(hours.endMinute, 24 * 60)));
        }
        before += entry.end - entry.start;
        m_days.append(entry);
    }
}

qint64 WorkingTimeline::workedBy(qint64 ms) const
{
    if (m_days.isEmpty() || ms <= m_days.first().midnight)
        return 0;
    // The last day that starts at or before `ms`.
    const auto after = std::upper_bound(m_days.cbegin(), m_days.cend(), ms,
                                        [](qint64 at, const Day &day) { return at < day.midnight; });
    const Day &day = *(after - 1);
    return day.before + std::clamp(ms - day.start, qint64(0), day.end - day.start);
}

qint64 WorkingTimeline::msBetween(qint64 fromMs, qint64 toMs) const
{
    return toMs > fromMs ? workedBy(toMs) - workedBy(fromMs) : 0;
}

} // namespace Casebook
