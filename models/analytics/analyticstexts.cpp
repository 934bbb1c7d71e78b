// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticstexts.h"

#include "models/common/dates.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook::AnalyticsTexts {

QString dayLabel(QDate day)
{
    return Dates::day(day);
}

QString stepLabel(const AnalyticsPeriod::Bucket &step, bool weekly)
{
    if (step.first == step.last)
        return dayLabel(step.first);
    if (weekly)
        //: A week on a chart's axis: %1 its first day, %2 its last
        return QCoreApplication::translate("Casebook::AnalyticsTexts", "%1–%2")
            .arg(dayLabel(step.first), dayLabel(step.last));
    return QLocale().standaloneMonthName(step.first.month(), QLocale::ShortFormat) + u' '
        + QString::number(step.first.year());
}

QString periodTitle(const AnalyticsPeriod &period)
{
    const QLocale locale;
    switch (period.kind) {
    case AnalyticsPeriod::Kind::Month:
        return locale.standaloneMonthName(period.first.month()) + u' ' + QString::number(period.first.year());
    case AnalyticsPeriod::Kind::Quarter:
        //: A quarter of a year: %1 its number (1-4), %2 the year
        return QCoreApplication::translate("Casebook::AnalyticsTexts", "Q%1 %2")
            .arg((period.first.month() - 1) / 3 + 1)
            .arg(period.first.year());
    case AnalyticsPeriod::Kind::Week:
    case AnalyticsPeriod::Kind::Custom:
        break;
    }
    //: A span of days: %1 the first, %2 the last
    return QCoreApplication::translate("Casebook::AnalyticsTexts", "%1 – %2")
        .arg(Dates::day(period.first), Dates::day(period.last));
}

} // namespace Casebook::AnalyticsTexts
