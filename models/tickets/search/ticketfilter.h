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

} // namespace Casebook
