// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Casebook::CrashReport {

/**
 * Installs a handler for the fatal signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT): it
 * writes `crash-report.txt` into `folder` (the version, the signal, a backtrace of function
 * names and the last log lines) and lets the process die as it would have. Call once, early.
 *
 * The report is meant to be attached to a public bug report, so it holds no customer text
 * and no secret: only function names and, for each recent log line, its time, severity,
 * category, place in the source and length. Log messages themselves can quote what people
 * typed, so their text never enters the report.
 *
 * On systems without POSIX signals this does nothing yet.
 */
void install(const QString &folder, QByteArrayView version);

/// The report a previous run left in `folder`, or empty when there is none.
[[nodiscard]] QString pendingReport(const QString &folder);

/// Keeps the report but stops offering it: it is renamed with the time it was written.
/// Returns its new path.
QString markSeen(const QString &reportPath);

/// The file name a report is written to.
[[nodiscard]] QString reportFileName();

} // namespace Casebook::CrashReport
