// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "searchquery.h"

#include <QVariantList>

namespace Casebook {

class Dialect;

/// One search filter as an SQL condition over `t` (tickets); values are appended to `binds`.
QString ticketFilterSql(const SearchQuery::Filter &filter, AgentId me, qint64 now, const Dialect &dialect,
                        QVariantList &binds);

/// All of a query's filters joined with AND ("1 = 1" when there are none); words are ignored.
QString ticketConditionsSql(const SearchQuery &query, AgentId me, qint64 now, const Dialect &dialect,
                            QVariantList &binds);

/**
 * A statement counting the tickets that a query's filters keep (words are ignored). Where
 * the schema keeps status counts (PostgreSQL, migration 034) and every filter is on the
 * status, as in the Open, Pending and Closed views, it adds those counters up and counts
 * only the private tickets themselves (the row rule decides which of them this agent sees):
 * no read of a big status's index.
 */
QString ticketCountSql(const SearchQuery &query, AgentId me, qint64 now, const Dialect &dialect, QVariantList &binds);

} // namespace Casebook
