// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

namespace Casebook {

/// What a copy out of a damaged file kept and what it could not read.
struct ReadableCopyReport
{
    qint64 rowsCopied = 0;
    int tablesCopied = 0;
    QStringList losses; ///< one line per unreadable stretch, table or index, for people
    int foreignKeyProblems = 0; ///< rows that point at a row that was lost

    [[nodiscard]] bool lostNothing() const { return losses.isEmpty() && foreignKeyProblems == 0; }
};

/**
 * Copies what can still be read from a damaged SQLite file into a new one, as SQLite's
 * `.recover` does (Debian's libsqlite3 does not export sqlite3_recover_*): the schema, then
 * each table row by row, stepping over stretches that cannot be read and saying which; the
 * search indexes are rebuilt from the rows kept. The damaged file is only read. The new
 * file passes `PRAGMA integrity_check`, or the copy fails.
 */
namespace ReadableCopy {

/// `target` must not exist yet.
Result<ReadableCopyReport> copy(const QString &damaged, const QString &target);

} // namespace ReadableCopy

} // namespace Casebook
