// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytics section's views on a big database: each view's figures for a month and
// for a year, as the section's worker counts them (`analytics.<view>.<period>`), and as the
// user waits for them (`analytics.screen.<view>.<period>`: from the period asked of the
// section to its charts painted, the figures counted on the model's worker thread).
//
// usage: bench_analytics [--engine sqlite|postgresql] [--database FILE] [--tickets N] [--zone Europe/Moscow]
//                        [--messages] [--only TEXT] [--skip TEXT] [--no-screen] [--samples 100] [--warmup 3]
//   --database: an SQLite file (default: the generated data/inbox-<tickets>-v<N>.casebook
//   beside the program, made when missing); its upgrade is timed as `analytics.upgrade`.
//   --engine postgresql: a server of the run's own, its tickets made by the server with the
//   shape of the generated file (--tickets, default 1,000,000, over half a year; --messages
//   adds the messages the Response view reads).
//   --only: measure only the names that contain TEXT (`next-actor`); --skip: not those.
//   tools/dev bench analytics -- --only year
#include "benchpostgres.h"
#include "benchsupport.h"
#include "models/analytics/analytics.h"
#include "models/analytics/analyticsmodel.h"
#include "models/analytics/responsewaits.h"
#include "models/shifts/businesshours.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/migrator.h"
#include "views/analytics/analyticssection.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Casebook;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) // NOLINT(bugprone-exception-escape): a benchmark that throws should stop there
{
    Bench::useOffscreenPlatformByDefault();
    QApplication app(argc, argv);
    Bench::quietOffscreenWarnings();
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    QString path;
    QString engine = u"sqlite"_s;
    int tickets = 1'000'000;
    QByteArray zoneName = "Europe/Moscow";
    QString only;
    QString skip = u"\n"_s; // no name holds a line break
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == u"--database")
            path = rest.at(i + 1);
        else if (rest.at(i) == u"--engine")
            engine = rest.at(i + 1);
        else if (rest.at(i) == u"--tickets")
            tickets = rest.at(i + 1).toInt();
        else if (rest.at(i) == u"--zone")
            zoneName = rest.at(i + 1).toUtf8();
        else if (rest.at(i) == u"--only")
            only = rest.at(i + 1);
        else if (rest.at(i) == u"--skip")
            skip = rest.at(i + 1);
    }
    auto wanted = [&only, &skip](const QString &name) { return name.contains(only) && !name.contains(skip); };
    const bool screen = !rest.contains(u"--no-screen"_s);
    const bool postgres = engine == u"postgresql"_s || engine == u"postgres"_s;
    if ((!postgres && engine != u"sqlite"_s) || tickets <= 0) {
        std::fprintf(stderr,
                     "usage: bench_analytics [--engine sqlite|postgresql] [--database FILE] [--tickets N] "
                     "[--zone ZONE] [--only TEXT] [--no-screen] [--samples N]\n");
        return 2;
    }

    std::unique_ptr<Bench::OwnPostgres> server;
    Result<std::unique_ptr<Database>> opened = Error{Error::Kind::Invalid, u"no database"_s, {}};
    if (postgres) {
        server = std::make_unique<Bench::OwnPostgres>();
        opened = server->freshDatabase();
        if (!opened) {
            std::fprintf(stderr, "no PostgreSQL database: %s\n", qPrintable(opened.error().message));
            return 2;
        }
        QElapsedTimer filling;
        filling.start();
        if (!opened
            || !Bench::fillPostgres(**opened, tickets, Clock::system().nowMs(), rest.contains(u"--messages"_s))) {
            std::fprintf(stderr, "cannot make the PostgreSQL database\n");
            return 1;
        }
        // The counters are kept by triggers as the rows go in: this is their write cost too.
        Bench::print(u"analytics.postgresql.fill"_s, double(filling.elapsed()), u"ms"_s);
    } else {
        if (path.isEmpty()) {
            path = Bench::generatedDatabase(QCoreApplication::applicationDirPath() + u"/data"_s, tickets);
            if (path.isEmpty()) {
                std::fprintf(stderr, "cannot make the benchmark database\n");
                return 1;
            }
        }
        // Migration 032 fills the counters from the tickets: the upgrade a team's file takes.
        const auto behind = Migrator::isSqliteFileBehind(path);
        QElapsedTimer upgrading;
        upgrading.start();
        opened = Database::open(DatabaseUrl::sqlite(path));
        if (opened && behind && *behind)
            Bench::print(u"analytics.upgrade"_s, double(upgrading.elapsed()), u"ms"_s);
    }
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message + u' ' + opened.error().detail));
        return 1;
    }
    Database &database = *opened.value();
    Bench::print(u"analytics.engine.postgresql"_s, postgres ? 1 : 0, u"bool"_s);
    Bench::printLoad(u"start"_s);

    // The periods end with the newest ticket, as a lead looks at the last month and year.
    QSqlQuery q(database.connection());
    qint64 newest = QDateTime::currentMSecsSinceEpoch();
    if (q.exec(u"SELECT max(created_at), count(*) FROM tickets"_s) && q.next()) {
        newest = q.value(0).toLongLong();
        Bench::print(u"analytics.tickets"_s, q.value(1).toDouble(), u"count"_s);
    }
    q.finish();
    // The team's hours, as the section's worker reads them: the stored waits follow one set
    // of hours, and a reader with others would lay them out anew.
    BusinessHours hours;
    if (auto team = teamBusinessHours(database); team)
        hours = *team;
    hours.zone = QTimeZone(zoneName);
    auto periods = [newest](const QTimeZone &zone) {
        const QDate last = QDateTime::fromMSecsSinceEpoch(newest, zone).date();
        return std::array{
            std::pair{u"month"_s, AnalyticsPeriod::containing(AnalyticsPeriod::Kind::Month, last, zone).previous()},
            std::pair{u"year"_s, AnalyticsPeriod::custom(last.addYears(-1).addDays(1), last, zone)}};
    };
    const Analytics analytics(database, hours, newest);
    // Migration 033 leaves the stored waits to the first read with the team's hours: the
    // whole file's waits worked out once (and again whenever the team's hours change), a
    // slice of tickets a write transaction. Each step's time is how long it holds the write
    // lock: the longest is what another desktop's write may wait.
    if (wanted(u"analytics.response"_s)) {
        QElapsedTimer laying;
        laying.start();
        std::vector<double> steps;
        for (bool done = false; !done;) {
            QElapsedTimer one;
            one.start();
            const auto stepped = ResponseWaits::step(database, hours);
            if (!stepped) {
                std::fprintf(stderr, "response waits: %s\n", qPrintable(stepped.error().detail));
                return 1;
            }
            done = *stepped;
            if (!done)
                steps.push_back(double(one.nsecsElapsed()) / 1e6);
        }
        Bench::print(u"analytics.response.recompute"_s, double(laying.elapsed()), u"ms"_s);
        if (!steps.empty()) {
            Bench::print(u"analytics.response.recompute.steps"_s, double(steps.size()), u"count"_s);
            std::sort(steps.begin(), steps.end());
            Bench::print(u"analytics.response.recompute.step.p50"_s, steps.at(steps.size() / 2), u"ms"_s);
            Bench::print(u"analytics.response.recompute.step.p95"_s, steps.at(steps.size() * 95 / 100), u"ms"_s);
            Bench::print(u"analytics.response.recompute.step.max"_s, steps.back(), u"ms"_s);
        }
    }

    for (const auto &[label, period] : periods(hours.zone)) {
        for (const Analytics::View view : Analytics::Views) {
            const QString name = u"analytics."_s + Analytics::viewKey(view) + u'.' + label;
            if (!wanted(name))
                continue;
            qint64 rows = 0;
            bool failed = false;
            Bench::measure(name, sampling, [&] {
                const auto figures = analytics.figures(view, period);
                if (!figures) {
                    if (!failed)
                        std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(figures.error().detail));
                    failed = true;
                    return;
                }
                rows = 0;
                for (const Figure &figure : *figures)
                    rows += figure.rowCount();
            });
            Bench::print(name + u".rows"_s, double(rows), u"count"_s);
        }
        // The figures added to the Volume, Response and Bug reports views, on their own.
        if (const QString name = u"analytics.next-actor."_s + label; wanted(name))
            Bench::measure(name, sampling, [&] { (void)analytics.byNextActor(period); });
        if (const QString name = u"analytics.response-times."_s + label; wanted(name)) {
            qint64 rows = 0;
            Bench::measure(name, sampling, [&] {
                const auto figure = analytics.responseTimes(period);
                rows = figure ? figure->rowCount() : -1;
            });
            Bench::print(name + u".rows"_s, double(rows), u"count"_s);
        }
    }
    if (const QString name = u"analytics.proposal-tiers"_s; wanted(name))
        Bench::measure(name, sampling, [&] { (void)analytics.proposalRequestsPerTier(); });

    // As the user waits: the section asks its model, whose worker counts on its own
    // connection; the time ends when the charts of the new figures are painted. Each sample
    // first shows the other period (untimed), so every timed request counts anew.
    if (screen) {
        const FakeClock clock(newest);
        // The section owns its model, as in the main window.
        auto *model = new AnalyticsModel(database, clock);
        AnalyticsSection section(model, AgentId());
        section.resize(1280, 900);
        bool shown = false;
        QObject::connect(&section, &AnalyticsSection::figuresShown, &section, [&] { shown = true; });
        auto showAndPaint = [&](const AnalyticsPeriod &period) {
            shown = false;
            section.setPeriod(period);
            while (!shown)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            section.repaint();
        };
        const auto screenPeriods = periods(model->zone());
        section.show();
        for (const Analytics::View view : Analytics::Views) {
            for (qsizetype p = 0; p < qsizetype(screenPeriods.size()); ++p) {
                const QString name =
                    u"analytics.screen."_s + Analytics::viewKey(view) + u'.' + screenPeriods.at(std::size_t(p)).first;
                if (!wanted(name))
                    continue;
                section.showView(view);
                const AnalyticsPeriod &shownPeriod = screenPeriods.at(std::size_t(p)).second;
                const AnalyticsPeriod &other = screenPeriods.at(std::size_t(1 - p)).second;
                Bench::measure(name, sampling, [&] { showAndPaint(shownPeriod); }, [&] { showAndPaint(other); });
            }
        }
    }
    Bench::printLoad(u"end"_s);
    return 0;
}
