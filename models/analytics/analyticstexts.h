// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsperiod.h"

#include <QString>

namespace Casebook {

/// How periods and their steps read on an axis and in a report, in the app's language.
namespace AnalyticsTexts {

/// "Nov 2" for a day, "Nov 2–8" for a week, "November 2026" for a month.
[[nodiscard]] QString stepLabel(const AnalyticsPeriod::Bucket &step, bool weekly);
[[nodiscard]] QString dayLabel(QDate day);
/// The period as a title: "November 2026", "Nov 2 – Nov 8, 2026", "Q4 2026".
[[nodiscard]] QString periodTitle(const AnalyticsPeriod &period);

} // namespace AnalyticsTexts

} // namespace Casebook
