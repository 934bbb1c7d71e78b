// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that run without a window: --check-template, --render-template, --migrate and
// --report (--import has its own file, importcommand).
#include "application.h"

#include "commandline.h"
#include "models/analytics/monthlyreport.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/templatestore.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "views/analytics/reportwriter.h"
#include "views/bugreports/templaterender.h"

#include <QApplication>
#include <QDateTime>
#include <QScopeGuard>

namespace Casebook {

int Application::checkTemplates(const QStringList &files)
{
    if (files.isEmpty()) {
        CommandLine::printLine(stderr, tr("--check-template needs at least one file."));
        return 2;
    }
    bool valid = true;
    for (const QString &file : files) {
        // A missing or unreadable file is one problem at 1:1 that says so.
        for (const FormProblem &problem : checkTemplateFile(file)) {
            valid = valid && problem.severity != FormProblem::Severity::Error;
            CommandLine::printLine(stderr, problem.toString());
        }
    }
    return valid ? 0 : 1;
}

int Application::renderTemplateToPng(const QString &file, const QString &folder)
{
    // A broken form is reported exactly as --check-template reports it.
    if (const int checked = checkTemplates({file}); checked != 0)
        return checked;
    const TemplateRender rendered = renderTemplate(file, folder);
    // The template's own warnings were printed by the check above; only a failed write is new.
    if (rendered.exitCode != 0) {
        for (const QString &line : rendered.errors)
            CommandLine::printLine(stderr, line);
    }
    for (const QString &line : rendered.output)
        CommandLine::printLine(stdout, line);
    return rendered.exitCode;
}

int Application::migrate(const CommandLine::Options &options) const
{
    const Result<DatabaseUrl> url = chosenDatabase(options);
    if (!url) {
        CommandLine::printLine(stderr, url.error().message);
        return 2;
    }
    Database::Options open;
    open.migrate = true;
    const Result<std::unique_ptr<Database>> database = Database::open(url.value(), open);
    if (!database) {
        CommandLine::printLine(
            stderr, tr("Casebook could not upgrade %1.\n%2").arg(url.value().displayName(), database.error().message));
        if (!database.error().detail.isEmpty())
            CommandLine::printLine(stderr, database.error().detail);
        return 1;
    }
    //: %1 is the database, %2 the schema number
    CommandLine::printLine(stdout,
                           tr("%1 has schema %2, the newest this Casebook knows.")
                               .arg(url.value().displayName())
                               .arg(database.value()->schemaVersion()));
    return 0;
}

int Application::writeReport(const CommandLine::Options &options) const
{
    const Result<DatabaseUrl> url = chosenDatabase(options);
    if (!url) {
        CommandLine::printLine(stderr, url.error().message);
        return 2;
    }
    Database::Options open;
    open.migrate = true;
    const Result<std::unique_ptr<Database>> database = Database::open(url.value(), open);
    if (!database) {
        CommandLine::printLine(stderr, database.error().message);
        return 1;
    }
    const qint64 now = options.nowMs.value_or(QDateTime::currentMSecsSinceEpoch());
    // The report's days name their year by the same now as its figures (--now).
    const FakeClock reportClock(now);
    Dates::useClock(&reportClock);
    const auto restore = qScopeGuard([] { Dates::useClock(nullptr); });
    const QString month =
        options.reportMonth.isEmpty() ? MonthlyReport::lastMonth(*database.value(), now) : options.reportMonth;
    const auto report = MonthlyReport::build(*database.value(), month, now);
    if (!report) {
        CommandLine::printLine(stderr, report.error().message);
        return 1;
    }
    const auto written = ReportWriter::write(*report, options.outDir, QApplication::palette());
    if (!written) {
        CommandLine::printLine(stderr, written.error().message);
        return 1;
    }
    for (const QString &path : *written)
        CommandLine::printLine(stdout, path);
    return 0;
}

} // namespace Casebook
