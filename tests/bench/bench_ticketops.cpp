// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket operations on the generated 1 M ticket database: what the inbox header (R14 tag
// coverage), the tag autocomplete, the agent load list (R19) and the long-held flag (R24) cost.
// usage: bench_ticketops [--tickets 1000000] [--samples 100] [--warmup 3]
// The database is only read; the run checks that it left it as it was (exit code 3 when not).
#include "benchsupport.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/agentloadmodel.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/triage/tickettags.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

void benchmark(Database &database, const Bench::Sampling &sampling)
{
    // "Now" is the newest ticket's time: the generated data ends there.
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT max(created_at), count(*) FROM tickets"_s) || !q.next())
        return;
    const FakeClock clock(q.value(0).toLongLong());
    std::fprintf(stderr, "%lld tickets, now = %s\n", q.value(1).toLongLong(),
                 qPrintable(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::UTC).toString(Qt::ISODate)));
    q.finish();

    TicketTags tags(database, clock);
    Result<TagCoverage> coverage = tags.coverageThisMonth(QTimeZone::UTC);
    Bench::measure(u"ticketops.tag_coverage_month"_s, sampling,
                   [&] { coverage = tags.coverageThisMonth(QTimeZone::UTC); });
    if (coverage)
        std::fprintf(stderr, "this month: %lld of %lld tagged (%.1f %%)\n", coverage->tagged, coverage->total,
                     coverage->percent());
    const qint64 day = 24LL * 3600 * 1000;
    Bench::measure(u"ticketops.tag_coverage_30_days"_s, sampling,
                   [&] { (void)tags.coverage(clock.nowMs() - 30 * day, clock.nowMs() + 1); });
    Bench::measure(u"ticketops.team_tags"_s, sampling, [&] { (void)tags.teamTags(); });

    const qint64 threshold = LongHeld::threshold(clock.nowMs(), BusinessHours{}, 3);
    Bench::measure(u"ticketops.agent_load"_s, sampling, [&] { (void)AgentLoadModel::loads(database, threshold); });
    QList<TicketId> page;
    for (qint64 id = 1; id <= 50; ++id)
        page.append(TicketId(id * 1000));
    Bench::measure(u"ticketops.long_held_page_of_50"_s, sampling,
                   [&] { (void)LongHeld::flagged(database, page, threshold); });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    int tickets = 1'000'000;
    for (qsizetype i = 0; i + 1 < rest.size(); ++i) {
        if (rest.at(i) == u"--tickets")
            tickets = rest.at(i + 1).toInt();
    }
    const QString path = Bench::generatedDatabase(QCoreApplication::applicationDirPath() + u"/data"_s, tickets);
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot make the benchmark database\n");
        return 1;
    }
    Bench::printLoad(u"start"_s);
    Bench::Untouched untouched(path);
    {
        QElapsedTimer opening;
        opening.start();
        const auto db = untouched.open();
        if (!db)
            return 1;
        // Once per run: opening is what starting the app costs, not a repeatable step.
        Bench::print(u"ticketops.open"_s, double(opening.nsecsElapsed()) / 1e6, u"ms"_s);
        benchmark(*db, sampling);
        untouched.checkOpen(*db);
    }
    untouched.checkClosed();
    Bench::printLoad(u"end"_s);
    return 0;
}
