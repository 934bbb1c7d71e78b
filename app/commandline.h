// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

#include <cstdio>

namespace Casebook {

/// What the command line asks for. Passwords are never accepted here.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, CheckTemplates, RenderTemplate, Migrate, Import, Report, Fail };

    struct Options
    {
        Action action = Action::Run;
        QString database; ///< --database URL|PATH; empty: settings or the default file
        bool demo = false;
        QString screenshotDir; ///< --screenshot DIR; empty: a normal window
        QString language; ///< --lang; empty: the setting or the system
        QString colorScheme; ///< --color-scheme: "light", "dark", "system"; empty: the setting
        QStringList templates; ///< --check-template FILE...: every file to check
        QString renderTemplate; ///< --render-template FILE (with --screenshot DIR)
        QString ticketLink; ///< R44: casebook://ticket/N to open, in the running instance if there is one
        std::optional<qint64> nowMs; ///< --now ISO: the clock starts there (UTC epoch ms) and runs on
        QString importKind; ///< --import KIND: zendesk, csv, mbox or eml
        QString importPath; ///< the file or folder after --import KIND
        QString mappingFile; ///< --mapping FILE: a saved CSV column mapping
        QString reportMonth; ///< --report month [--month YYYY-MM]: empty for the month before this one
        QString outDir; ///< --out DIR: where --report writes
        QString message; ///< help or version text, or what is wrong
    };

    /// Looks at the raw arguments before QApplication exists, because the platform
    /// plugin is chosen when it is constructed: screenshots, help and version text
    /// must work without a display.
    static bool needsNoDisplay(int argc, char **argv);

    static Options parse(const QStringList &arguments);

    /// Writes one line of output at once (stdout for results, stderr for problems).
    static void printLine(std::FILE *stream, const QString &text);
};

} // namespace Casebook
