// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace Casebook {

class Dialect;

/**
 * Paging by key: the condition `(key, id) op (keyValue, idValue)`, with `op` "<" or ">",
 * written so that the engine seeks the index on (key, id) instead of walking it from the
 * start. Appends its values to `binds`. `placeholder` is how a key value is bound (for
 * example Dialect::caselessValue()); the key expression must match the index's exactly.
 *
 * PostgreSQL seeks on a row-value comparison. SQLite needs it spelled out, and even then
 * `k < ? OR (k = ? AND id < ?)` gives it no range to seek: the two placeholders are
 * different expressions to its planner, so every page read the index from the top and got
 * slower the deeper it was. The leading `k <= ?` is that range.
 */
QString keysetCondition(const QString &key, const QString &id, QStringView op, const Dialect &dialect,
                        const QVariant &keyValue, const QVariant &idValue, QVariantList &binds,
                        const QString &placeholder = QStringLiteral("?"));

} // namespace Casebook
