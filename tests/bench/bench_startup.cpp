// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up as a person sees it: from starting the casebook process to the inbox painted with
// its first page of rows (the "casebook.startup" line StartupProbe logs), on the demo
// database and on a large generated one.
//   tools/dev bench startup [-- --samples N] [--tickets N | --database FILE]
// Each run is a fresh process with a private home; the machine's file cache stays warm
// between runs (dropping it needs root), so the first, untimed run is the only cold-ish one
// and is printed on its own. The first run also pays the quick check of a file no Casebook
// closed clean before (the generated one); each run quits through SIGTERM, as at a logout.
#include "benchsupport.h"
#include "tests/support/startedcasebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

/// Milliseconds from start to the probe's line; negative when the process never got there.
double startOnce(const QString &casebook, const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(Test::privateHome(home, u"casebook.startup.info=true"_s));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(casebook, arguments);
    QByteArray seen;
    const double elapsed =
        Test::readUntilPainted(process, timer, 60000, seen) ? double(timer.nsecsElapsed()) / 1e6 : -1;
    // Quit as a logout does: a killed process leaves its database unclean, and every next
    // start would time SQLite's quick check of the whole file instead of the start.
    process.terminate();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(10000);
    }
    if (elapsed < 0)
        std::fprintf(stderr, "casebook never painted its inbox:\n%s\n", seen.constData());
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList rest;
    Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    sampling.warmup = qMax(1, sampling.warmup);
    const QString casebook = QStringLiteral(CASEBOOK_EXECUTABLE);

    QTemporaryDir home;
    QStringList arguments;
    QString name = u"startup.demo"_s;
    const qsizetype database = rest.indexOf(u"--database"_s);
    const qsizetype tickets = rest.indexOf(u"--tickets"_s);
    if (database >= 0 && database + 1 < rest.size()) {
        arguments = {u"--database"_s, rest.at(database + 1)};
        name = u"startup.database"_s;
    } else if (tickets >= 0 && tickets + 1 < rest.size()) {
        const int count = rest.at(tickets + 1).toInt();
        const QString path = Bench::generatedDatabase(QCoreApplication::applicationDirPath() + u"/data"_s, count);
        arguments = {u"--database"_s, path};
        name = u"startup.tickets%1"_s.arg(count);
    } else {
        // The demo database in the private home, made by the first (untimed) run.
        arguments = {u"--demo"_s};
    }

    Bench::printLoad(u"before"_s);
    // The first start reads the database from disk (and makes the demo): not mixed with the rest.
    const double first = startOnce(casebook, arguments, home.path());
    if (first < 0)
        return 1;
    Bench::print(name + u".first"_s, first, u"ms"_s);
    QList<double> times;
    for (int i = 1; i < sampling.warmup; ++i)
        startOnce(casebook, arguments, home.path());
    QElapsedTimer budget;
    budget.start();
    for (int i = 0; i < sampling.samples; ++i) {
        const double ms = startOnce(casebook, arguments, home.path());
        if (ms < 0)
            return 1;
        times.append(ms);
        if (budget.elapsed() > sampling.budgetSeconds * 1000 && times.size() >= 5)
            break;
    }
    Bench::summarise(name, times);
    Bench::printLoad(u"after"_s);
    return 0;
}
