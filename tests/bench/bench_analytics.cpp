// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytics section's views on a big database: each view's figures for a month and
// for a year, as the section's worker counts them.
//
// usage: bench_analytics --database FILE [--zone Europe/Moscow] [--only TEXT] [--samples 100] [--warmup 3]
//   --only: measure only the names that contain TEXT (`next-actor`), so that a p95 of one
//   figure does not wait for a hundred runs of every view.
//   tools/dev bench analytics -- --database "$CASEBOOK_BUILD/tests/bench/data/analytics-1000000.casebook"
#include "benchsupport.h"
#include "models/analytics/analytics.h"
#include "models/shifts/businesshours.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Casebook;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    QString path;
    QByteArray zoneName = "Europe/Moscow";
    QString only;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == u"--database")
            path = rest.at(i + 1);
        else if (rest.at(i) == u"--zone")
            zoneName = rest.at(i + 1).toUtf8();
        else if (rest.at(i) == u"--only")
            only = rest.at(i + 1);
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_analytics --database FILE [--zone ZONE] [--only TEXT] [--samples N]\n");
        return 2;
    }
    // Migration 023 adds the indexes the figures read: the copy is upgraded once, untimed.
    Database::Options options;
    options.migrate = true;
    auto opened = Database::open(DatabaseUrl::sqlite(path), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message + u' ' + opened.error().detail));
        return 1;
    }
    Database &database = *opened.value();
    Bench::printLoad(u"start"_s);

    // The periods end with the newest ticket, as a lead looks at the last month and year.
    QSqlQuery q(database.connection());
    qint64 newest = QDateTime::currentMSecsSinceEpoch();
    if (q.exec(u"SELECT max(created_at), count(*) FROM tickets"_s) && q.next()) {
        newest = q.value(0).toLongLong();
        Bench::print(u"analytics.tickets"_s, q.value(1).toDouble(), u"count"_s);
    }
    BusinessHours hours;
    hours.zone = QTimeZone(zoneName);
    const QDate last = QDateTime::fromMSecsSinceEpoch(newest, hours.zone).date();
    const AnalyticsPeriod month =
        AnalyticsPeriod::containing(AnalyticsPeriod::Kind::Month, last, hours.zone).previous();
    const AnalyticsPeriod year = AnalyticsPeriod::custom(last.addYears(-1).addDays(1), last, hours.zone);
    const Analytics analytics(database, hours, newest);

    for (const auto &[label, period] : {std::pair{u"month"_s, month}, std::pair{u"year"_s, year}}) {
        for (const Analytics::View view : Analytics::Views) {
            const QString name = u"analytics."_s + Analytics::viewKey(view) + u'.' + label;
            if (!name.contains(only))
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
        if (const QString name = u"analytics.next-actor."_s + label; name.contains(only))
            Bench::measure(name, sampling, [&] { (void)analytics.byNextActor(period); });
        if (const QString name = u"analytics.response-times."_s + label; name.contains(only)) {
            qint64 rows = 0;
            Bench::measure(name, sampling, [&] {
                const auto figure = analytics.responseTimes(period);
                rows = figure ? figure->rowCount() : -1;
            });
            Bench::print(name + u".rows"_s, double(rows), u"count"_s);
        }
    }
    if (const QString name = u"analytics.proposal-tiers"_s; name.contains(only))
        Bench::measure(name, sampling, [&] { (void)analytics.proposalRequestsPerTier(); });
    Bench::printLoad(u"end"_s);
    return 0;
}
