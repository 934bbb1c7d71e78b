// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace Casebook::Test {

/**
 * The environment of a casebook process with a home of its own under `home`, so that no
 * person's settings or data are read or written; offscreen unless the caller chose a
 * platform (a benchmark under xvfb-run). `loggingRules` go to QT_LOGGING_RULES.
 */
inline QProcessEnvironment privateHome(const QString &home, const QString &loggingRules)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), loggingRules);
    return env;
}

/**
 * Reads `process`'s standard error into `seen` until StartupProbe's line says the inbox was
 * painted (logged with casebook.startup.info=true), the process ends, or `timeoutMs` have
 * passed on `since`. True when the line came; it is read within a few milliseconds.
 */
inline bool readUntilPainted(QProcess &process, const QElapsedTimer &since, int timeoutMs, QByteArray &seen)
{
    while (since.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(5);
        seen += process.readAllStandardError();
        if (seen.contains("inbox painted with"))
            return true;
    }
    return false;
}

} // namespace Casebook::Test
