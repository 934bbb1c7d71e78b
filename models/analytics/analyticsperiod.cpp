// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsperiod.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

qint64 midnight(QDate day, const QTimeZone &zone)
{
    // startOfDay() knows zones whose midnight does not exist on a change day.
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

AnalyticsPeriod::Bucket bucket(QDate first, QDate last, const QTimeZone &zone)
{
    return {first, last, midnight(first, zone), midnight(last.addDays(1), zone)};
}

// Written with the zone's offset, so that the inbox reads the same midnights.
QString instantText(qint64 ms, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

AnalyticsPeriod AnalyticsPeriod::containing(Kind kind, QDate day, const QTimeZone &zone)
{
    AnalyticsPeriod period;
    period.kind = kind;
    period.zone = zone;
    switch (kind) {
    case Kind::Week:
        period.first = day.addDays(1 - day.dayOfWeek());
        period.last = period.first.addDays(6);
        break;
    case Kind::Month:
    case Kind::Custom:
        period.first = QDate(day.year(), day.month(), 1);
        period.last = period.first.addMonths(1).addDays(-1);
        break;
    case Kind::Quarter:
        period.first = QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        period.last = period.first.addMonths(3).addDays(-1);
        break;
    }
    return period;
}

AnalyticsPeriod AnalyticsPeriod::custom(QDate first, QDate last, const QTimeZone &zone)
{
    AnalyticsPeriod period;
    period.kind = Kind::Custom;
    period.first = std::min(first, last);
    period.last = std::max(first, last);
    period.zone = zone;
    return period;
}

AnalyticsPeriod AnalyticsPeriod::month(const QString &yearMonth, const QTimeZone &zone)
{
    const QDate day = QDate::fromString(yearMonth + u"-01"_s, Qt::ISODate);
    if (!day.isValid() || yearMonth.size() != 7)
        return {};
    return containing(Kind::Month, day, zone);
}

qint64 AnalyticsPeriod::fromMs() const
{
    return midnight(first, zone);
}

qint64 AnalyticsPeriod::toMs() const
{
    return midnight(last.addDays(1), zone);
}

AnalyticsPeriod AnalyticsPeriod::previous() const
{
    if (kind == Kind::Custom)
        return custom(first.addDays(-dayCount()), first.addDays(-1), zone);
    return containing(kind, first.addDays(-1), zone);
}

AnalyticsPeriod AnalyticsPeriod::next() const
{
    if (kind == Kind::Custom)
        return custom(last.addDays(1), last.addDays(dayCount()), zone);
    return containing(kind, last.addDays(1), zone);
}

QList<AnalyticsPeriod::Bucket> AnalyticsPeriod::days() const
{
    QList<Bucket> result;
    if (!isValid())
        return result;
    result.reserve(dayCount());
    for (QDate day = first; day <= last; day = day.addDays(1))
        result.append(bucket(day, day, zone));
    return result;
}

QList<AnalyticsPeriod::Bucket> AnalyticsPeriod::steps() const
{
    QList<Bucket> result;
    if (!isValid())
        return result;
    const bool weekly = dayCount() <= 62;
    QDate start = first;
    while (start <= last) {
        const QDate end = weekly ? start.addDays(7 - start.dayOfWeek())
                                 : QDate(start.year(), start.month(), 1).addMonths(1).addDays(-1);
        result.append(bucket(start, std::min(end, last), zone));
        start = end.addDays(1);
    }
    return result;
}

QString AnalyticsPeriod::createdQuery(qint64 fromMs, qint64 toMs, const QTimeZone &zone)
{
    return u"-is:merged after:"_s + instantText(fromMs, zone) + u" before:"_s + instantText(toMs, zone);
}

QString AnalyticsPeriod::createdBeforeQuery(qint64 toMs, const QTimeZone &zone)
{
    return u"-is:merged before:"_s + instantText(toMs, zone);
}

} // namespace Casebook
