// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket operations on the generated 1 M ticket database: what the inbox header (R14 tag
// coverage), the tag autocomplete, the agent load list (R19) and the long-held flag (R24) cost.
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int tickets = 1'000'000;
    int repeats = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--tickets")
            tickets = args.at(i + 1).toInt();
        else if (args.at(i) == u"--repeats")
            repeats = args.at(i + 1).toInt();
    }
    const QString path = Bench::generatedDatabase(QCoreApplication::applicationDirPath() + u"/data"_s, tickets);
    QElapsedTimer opening;
    opening.start();
    auto db = path.isEmpty() ? Result<std::unique_ptr<Database>>(Error{}) : Database::open(DatabaseUrl::sqlite(path));
    if (!db) {
        std::fprintf(stderr, "cannot open the benchmark database: %s\n", qPrintable(db.error().message));
        return 1;
    }
    // Includes migration 004 (index and use counts) the first time a database meets this build.
    Bench::print(u"ticketops.open"_s, double(opening.nsecsElapsed()) / 1e6, u"ms"_s);
    Database &database = *db.value();

    // "Now" is the newest ticket's time: the generated data ends there.
    QSqlQuery q(database.connection());
    if (!q.exec(u"SELECT max(created_at), count(*) FROM tickets"_s) || !q.next())
        return 1;
    const FakeClock clock(q.value(0).toLongLong());
    std::fprintf(stderr, "%lld tickets, now = %s\n", q.value(1).toLongLong(),
                 qPrintable(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::UTC).toString(Qt::ISODate)));
    q.finish();

    TicketTags tags(database, clock);
    Result<TagCoverage> coverage = tags.coverageThisMonth(QTimeZone::UTC);
    Bench::measure(u"ticketops.tag_coverage_month"_s, repeats, [&] { coverage = tags.coverageThisMonth(QTimeZone::UTC); });
    if (coverage)
        std::fprintf(stderr, "this month: %lld of %lld tagged (%.1f %%)\n", coverage->tagged, coverage->total,
                     coverage->percent());
    const qint64 day = 24LL * 3600 * 1000;
    Bench::measure(u"ticketops.tag_coverage_30_days"_s, repeats,
                   [&] { (void)tags.coverage(clock.nowMs() - 30 * day, clock.nowMs() + 1); });
    Bench::measure(u"ticketops.team_tags"_s, repeats, [&] { (void)tags.teamTags(); });

    const qint64 threshold = LongHeld::threshold(clock.nowMs(), BusinessHours{}, 3);
    Bench::measure(u"ticketops.agent_load"_s, repeats, [&] { (void)AgentLoadModel::loads(database, threshold); });
    QList<TicketId> page;
    for (qint64 id = 1; id <= 50; ++id)
        page.append(TicketId(id * 1000));
    Bench::measure(u"ticketops.long_held_page_of_50"_s, repeats, [&] { (void)LongHeld::flagged(database, page, threshold); });
    return 0;
}
