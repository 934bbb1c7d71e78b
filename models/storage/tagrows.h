// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Casebook {

class WriteTransaction;

/**
 * The team's one tag list, shared by tickets and customers (R14): the id of the tag `name`
 * (already normalised by the caller), created inside `tx` and announced when it is new.
 */
Result<qint64> findOrCreateTag(WriteTransaction &tx, const QString &name, qint64 now);

/**
 * Tags one row: `linkTable` (ticket_tags, customer_tags: the caller's constant, never user
 * text) links `owner` in `ownerColumn` to the tag `name`, created when new. False when the
 * row had the tag already: nothing changed, nothing to record.
 */
Result<bool> linkTag(WriteTransaction &tx, const QString &linkTable, const QString &ownerColumn, qint64 owner,
                     const QString &name, qint64 now);

} // namespace Casebook
