// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QSqlQuery>
#include <QString>

#include <functional>

namespace Casebook {

class Database;

/**
 * The responses of whole UTC days by facet and wait minute, as the Response view adds them
 * up (migration 038): each day and facet one row of response_histograms, its minutes as
 * "minute:count,..." text, rewritten from response_counts once the counters changed (the
 * counters name the day in response_stale_days; until it is rewritten, a stale day is read
 * from the counters themselves, so every read is exact).
 */
namespace ResponseHistograms {

/// A facet the view splits responses by: first (0) or next (1) response, the customer's
/// tier, the ticket's severity ('' not rated) and its SLA policy (0 none).
struct Facet
{
    int kind = 0;
    bool premium = false;
    QString severity;
    qint64 policy = 0;
};

using Add = std::function<void(const Facet &facet, qint64 minute, qint64 count)>;

/**
 * Rewrites the rows of the stale days in [fromDay, toDay) from the counters, in one write
 * transaction (so after it no change of theirs waits; a team server's writers queue behind
 * it for as long as it takes). Nothing to do reads one index range and writes nothing.
 */
Status refresh(Database &database, qint64 fromDay, qint64 toDay);

/// Hands `add` every count of the UTC days [fromDay, toDay), fresh days from their rows and
/// stale ones from the counters.
Status read(const Database &database, qint64 fromDay, qint64 toDay, const Add &add);

/// The facet in a row's first four columns: kind, premium, severity, policy_id.
Facet facetAt(const QSqlQuery &row);

/// "minute:count,..." read into `add` with `facet`; false for text that is not so.
bool parse(QStringView minutes, const Facet &facet, const Add &add);

} // namespace ResponseHistograms

} // namespace Casebook
