// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "models/tickets/ticketlink.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

#include <cstring>

namespace Casebook {

bool CommandLine::needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        for (const char *headless :
             {"--screenshot", "--check-template", "--render-template", "--migrate", "--import", "--report"}) {
            const std::size_t length = std::strlen(headless);
            if (std::strncmp(arg, headless, length) == 0 && (arg[length] == '\0' || arg[length] == '='))
                return true;
        }
        for (const char *textOnly : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(arg, textOnly) == 0)
                return true;
        }
    }
    return false;
}

CommandLine::Options CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Casebook, a desktop helpdesk for customer-support teams."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("Open the database at URL: a file path, sqlite:///path or postgresql://user@host:port/name. "
           "The PostgreSQL password comes from CASEBOOK_PGPASSWORD, never from the command line."),
        tr("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Open the demo database, creating it with sample data on first use. --database wins over it."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Render every section and the Settings dialog to PNG files in DIR without a display, then quit."),
        tr("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Use the language LANG (en or ru) instead of the saved setting."), tr("LANG"));
    const QCommandLineOption checkTemplate(
        QStringLiteral("check-template"),
        tr("Check the GitHub issue forms (and config.yml) FILE and any files after it, print one "
           "FILE:LINE:COLUMN: message line per problem and quit: exit status 0 when all are valid, 1 otherwise. "
           "Opens no database and no window."),
        tr("FILE"));
    const QCommandLineOption renderTemplate(
        QStringLiteral("render-template"),
        tr("Render the empty form of the issue form FILE to a PNG file in the --screenshot folder, then quit."),
        tr("FILE"));
    const QCommandLineOption migrate(
        QStringLiteral("migrate"),
        tr("Install or upgrade the schema of the --database, print the schema it has now and quit. On a team "
           "server only a Casebook admin may do this; the server refuses everyone else."));
    const QCommandLineOption now(
        QStringLiteral("now"),
        tr("Start the clock at TIME instead of the system time, for a demonstration or a scripted run: an ISO "
           "date and time with its offset, such as 2026-11-20T18:25:00+03:00. The clock runs on from there."),
        tr("TIME"));
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        tr("Use light or dark colours (light, dark or system) instead of the saved setting, for this run only."),
        tr("SCHEME"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        tr("Import the history at PATH (the argument after KIND) into the --database: KIND is zendesk (a JSON "
           "export file or folder), csv (a ticket CSV file), mbox or eml. Prints what was imported and skipped "
           "and quits; the exit status is 1 only when nothing could be read. Importing again adds nothing twice."),
        tr("KIND"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("With --import csv: the saved column mapping FILE (JSON) instead of a guess "
                                        "from the header."),
                                     tr("FILE"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write the monthly review of the --database (Markdown tables and PNG charts) into the --out folder "
           "and quit. KIND is month."),
        tr("KIND"));
    const QCommandLineOption month(
        QStringLiteral("month"),
        tr("The month of --report, such as 2026-11; the month before this one when not given."), tr("MONTH"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The folder --report writes into."), tr("DIR"));
    parser.addOptions({database, demo, screenshot, language, checkTemplate, renderTemplate, migrate, now, import,
                       mapping, report, month, out});
    parser.addOption(colorScheme);
    parser.addPositionalArgument(QStringLiteral("link"),
                                 tr("A ticket link to open, in the running Casebook when there is one."),
                                 QStringLiteral("[casebook://ticket/N]"));

    Options options;
    if (!parser.parse(arguments)) {
        options.action = Action::Fail;
        options.message = parser.errorText();
        return options;
    }
    // Before help: the help text speaks the language asked for.
    options.language = parser.value(language);
    options.colorScheme = parser.value(colorScheme);
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.message = QStringLiteral("casebook " CASEBOOK_VERSION);
        return options;
    }
    if (parser.isSet(checkTemplate)) {
        // `--check-template a.yml b.yml`: the files after the first arrive as positional arguments.
        options.action = Action::CheckTemplates;
        options.templates = parser.values(checkTemplate) + parser.positionalArguments();
        return options;
    }
    if (parser.isSet(import)) {
        // `--import csv PATH`: the path arrives as the positional argument.
        options.action = Action::Import;
        options.database = parser.value(database);
        options.importKind = parser.value(import);
        options.importPath = parser.positionalArguments().value(0);
        options.mappingFile = parser.value(mapping);
        if (options.database.isEmpty() || options.importPath.isEmpty() || parser.positionalArguments().size() > 1) {
            options.action = Action::Fail;
            options.message = tr("--import needs --database URL, a kind and one file or folder: "
                                 "casebook --database DB --import zendesk|csv|mbox|eml PATH [--mapping FILE]");
        }
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !TicketLink::parse(positional.constFirst()))) {
        options.action = Action::Fail;
        options.message = tr("Unexpected argument: %1").arg(positional.constLast());
        return options;
    }
    options.ticketLink = positional.value(0);
    options.database = parser.value(database);
    // `tools/dev run` always passes --demo; a database named as well is what the person meant.
    options.demo = parser.isSet(demo) && !parser.isSet(database);
    options.screenshotDir = parser.value(screenshot);
    if (parser.isSet(screenshot) && options.screenshotDir.isEmpty()) {
        options.action = Action::Fail;
        options.message = tr("--screenshot needs a folder.");
    }
    if (parser.isSet(now)) {
        const QDateTime at = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (at.isValid()) {
            options.nowMs = at.toMSecsSinceEpoch();
        } else {
            options.action = Action::Fail;
            options.message = tr("--now needs a date and time such as 2026-11-20T18:25:00+03:00.");
        }
    }
    if (parser.isSet(migrate) && options.action == Action::Run) {
        options.action = Action::Migrate;
        if (options.database.isEmpty()) {
            options.action = Action::Fail;
            options.message = tr("--migrate needs --database URL to know which database to upgrade.");
        }
    }
    if (parser.isSet(report) && options.action == Action::Run) {
        options.action = Action::Report;
        options.reportMonth = parser.value(month);
        options.outDir = parser.value(out);
        static const QRegularExpression monthPattern(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (parser.value(report) != u"month") {
            options.action = Action::Fail;
            options.message = tr("--report knows one kind of report: month.");
        } else if (options.outDir.isEmpty()) {
            options.action = Action::Fail;
            options.message = tr("--report needs --out DIR to know where the files go.");
        } else if (options.database.isEmpty() && !options.demo) {
            options.action = Action::Fail;
            options.message = tr("--report needs --database URL to know which database to read.");
        } else if (!options.reportMonth.isEmpty() && !monthPattern.match(options.reportMonth).hasMatch()) {
            options.action = Action::Fail;
            options.message = tr("--month needs a month such as 2026-11.");
        }
    }
    if (parser.isSet(renderTemplate) && options.action == Action::Run) {
        options.renderTemplate = parser.value(renderTemplate);
        options.action = Action::RenderTemplate;
        if (options.screenshotDir.isEmpty()) {
            options.action = Action::Fail;
            options.message = tr("--render-template needs --screenshot DIR to know where the PNG goes.");
        }
    }
    return options;
}

void CommandLine::printLine(std::FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace Casebook
