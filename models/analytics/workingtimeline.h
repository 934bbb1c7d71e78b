// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"

#include <QList>

namespace Casebook {

/**
 * The team's working windows (BusinessHours) over a span of days, laid out once so that
 * the working time between two instants is two binary searches. It answers what
 * Shifts::businessMsBetween() answers; a year of replies would otherwise convert
 * instants through the team's zone several times each, which costs more than the query.
 */
class WorkingTimeline final
{
public:
    /// The local days from the one holding `fromMs` to the one holding `toMs`; outside
    /// them the answer is clamped to the span (callers give the span of their instants).
    WorkingTimeline(const BusinessHours &hours, qint64 fromMs, qint64 toMs);

    /// Working milliseconds between two instants (0 when `toMs` is not after `fromMs`).
    [[nodiscard]] qint64 msBetween(qint64 fromMs, qint64 toMs) const;

    struct Day
    {
        qint64 midnight = 0; ///< the local day's first instant
        qint64 start = 0; ///< its working window; start == end on a day off
        qint64 end = 0;
        qint64 before = 0; ///< working ms of the span's days before this one
    };
    /// The days in order: what migration 033's working_days holds, for its triggers' lookups.
    [[nodiscard]] const QList<Day> &days() const { return m_days; }

private:
    /// Working milliseconds from the span's start to `ms`.
    [[nodiscard]] qint64 workedBy(qint64 ms) const;

    QList<Day> m_days;
};

} // namespace Casebook
