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
    bool closedClean = false; ///< not read again: Casebook closed it sound, and it is as it was left

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

/**
 * A large file takes tens of seconds to check, so a file is not read again when Casebook
 * itself closed it, sound, and it has not changed since: closing leaves a note beside the
 * file ("<file>-clean", its size and modification time then), opening for writing removes
 * it. A crash, another program's write, or a write-ahead log left behind each mean a full
 * check at the next open. Damage that keeps the file's size and time (a failing disk) is
 * found by SQLite when the damaged page is read.
 */
void markClosedClean(const QString &path);
void forgetClosedClean(const QString &path);
[[nodiscard]] bool isClosedCleanAndUntouched(const QString &path);

} // namespace IntegrityCheck

} // namespace Casebook
