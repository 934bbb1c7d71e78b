// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

namespace Casebook {

/// What SQLite's quick check found in a database file.
struct IntegrityReport
{
    QString path;
    QStringList problems; ///< SQLite's own lines; empty when the file is sound
    qint64 elapsedMs = 0;

    [[nodiscard]] bool isSound() const { return problems.isEmpty(); }
};

/**
 * `PRAGMA quick_check` on a read-only connection of its own, so that it can run on any
 * thread before anything else opens the file. It never writes: not even the checkpoint a
 * read-write connection makes when it closes.
 */
namespace IntegrityCheck {

/// At most `maxProblems` lines are kept. A file that is no database at all is an Error
/// (Corrupt); a database with damaged pages is a report with problems.
Result<IntegrityReport> quickCheck(const QString &path, int maxProblems = 20);

} // namespace IntegrityCheck

} // namespace Casebook
