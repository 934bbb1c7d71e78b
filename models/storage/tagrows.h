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

} // namespace Casebook
