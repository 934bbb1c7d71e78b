// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsperiod.h"
#include "figure.h"
#include "models/storage/result.h"

#include <utility>

namespace Casebook {

class Database;

namespace SlaFigures {

/**
 * The Response view's two breach figures, Analytics::firstResponses() (R15, R34) and
 * Analytics::breachesBySeverity() (R12, R28), from one read of the counters of migration
 * 037 and of the unanswered tickets: the view shows both, so it pays for that read once.
 */
Result<std::pair<Figure, Figure>> count(const Database &database, const AnalyticsPeriod &period, qint64 nowMs);

} // namespace SlaFigures

} // namespace Casebook
