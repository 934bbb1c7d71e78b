// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on PostgreSQL: live-update latency between two desktops, the lost-update
// torture and the listener chaos, on a throwaway server this program starts itself.
//
//   tools/dev bench team [-- --changes 1000 --agents 8 --edits 10000 --hot 100 --kills 100]
#include "benchpostgres.h"
#include "benchsupport.h"
#include "tests/support/teamload.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &arguments);
    Q_UNUSED(sampling)
    const int changes = option(arguments, u"--changes"_s, 1000);
    const int agents = option(arguments, u"--agents"_s, 8);
    const int edits = option(arguments, u"--edits"_s, 10'000);
    const int hot = option(arguments, u"--hot"_s, 100);
    const int kills = option(arguments, u"--kills"_s, 100);
    QTextStream err(stderr);

    // Its own server, as the test harness starts one: the figures never share it.
    const Bench::OwnPostgres server;
    if (!server.isRunning()) {
        err << "no PostgreSQL server: " << server.reason() << Qt::endl;
        return 2;
    }
    Bench::printLoad(u"start"_s);

    {
        Test::TestDatabase db(DatabaseUrl::Engine::PostgreSQL);
        QString error;
        const auto tickets = Test::TeamLoad::seed(db.url(), agents + 1, hot, &error);
        if (tickets.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        const auto latency = Test::TeamLoad::liveLatency(db.url(), tickets, changes, agents);
        Bench::summarise(u"team.live.commit_to_row"_s, latency.ms);
        Bench::print(u"team.live.samples"_s, double(latency.ms.size()), u"count"_s);
        Bench::print(u"team.live.timeouts"_s, latency.timeouts, u"count"_s);
    }
    {
        Test::TestDatabase db(DatabaseUrl::Engine::PostgreSQL);
        QString error;
        const auto tickets = Test::TeamLoad::seed(db.url(), agents, hot, &error);
        const auto torture = Test::TeamLoad::torture(db.url(), tickets, agents, edits, 2026);
        Bench::print(u"team.torture.edits"_s, torture.edits, u"count"_s);
        Bench::print(u"team.torture.committed"_s, torture.committed, u"count"_s);
        Bench::print(u"team.torture.conflicts"_s, torture.conflicts, u"count"_s);
        Bench::print(u"team.torture.other_errors"_s, torture.otherErrors, u"count"_s);
        Bench::print(u"team.torture.lost_updates"_s, torture.lostUpdates, u"count"_s);
        Bench::print(u"team.torture.seconds"_s, torture.seconds, u"s"_s);
        for (const QString &problem : torture.problems)
            err << "torture: " << problem << Qt::endl;
    }
    {
        Test::TestDatabase db(DatabaseUrl::Engine::PostgreSQL);
        QString error;
        const auto tickets = Test::TeamLoad::seed(db.url(), agents, hot, &error);
        const auto chaos = Test::TeamLoad::chaos(db.url(), tickets, agents, kills, 50);
        Bench::print(u"team.chaos.kills"_s, chaos.kills, u"count"_s);
        Bench::print(u"team.chaos.reconnects"_s, chaos.reconnects, u"count"_s);
        Bench::print(u"team.chaos.changes_written"_s, chaos.written, u"count"_s);
        Bench::print(u"team.chaos.missed"_s, chaos.missed, u"count"_s);
        Bench::print(u"team.chaos.duplicated"_s, chaos.duplicated, u"count"_s);
        Bench::summarise(u"team.chaos.reconnect"_s, chaos.reconnectMs);
        Bench::print(u"team.chaos.converged_after_storm"_s, chaos.convergeMs, u"ms"_s);
    }
    Bench::printLoad(u"end"_s);
    return 0;
}
