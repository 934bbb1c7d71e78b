// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder scheduler's planning on a large team database: after each change the app reads
// the snapshot (roster, rules, the tickets whose clocks can deliver since the last run), plans
// what is due, and plans the next due moment from the earliest ticket clocks only. It must stay
// well under a frame (16 ms) to run on every change. The roster, rules, settings and people
// are kept between runs (ReminderInputs) and read again only when changed: planAfterChange is
// a ticket's change, planAfterChange.readAll one that reads them all.
//
// The run changes its database (the migration to this schema, a roster for 40 agents this
// week, due times on 5,000 open tickets), so it works on its own copy,
// data/scheduler-<tickets>.casebook, made from the generated database when missing.
//
// A quiet day (Sunday: nobody on shift, R05) is planned too: the reminders due then wait for
// Monday's shift, so the plan looks further ahead.
//
// --engine postgresql: the same on a PostgreSQL server of the run's own, its tickets made
// by the server (generate_series; one customer message each, nine in ten solved or closed).
//
//   tools/dev bench scheduler [-- --engine sqlite|postgresql] [--tickets 1000000]
#include "benchpostgres.h"
#include "benchsupport.h"

#include "models/reminders/reminderinputs.h"
#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderstore.h"
#include "models/reminders/ticketclocks.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr int teamSize = 40;
constexpr int ticketsWithClocks = 5'000;

// PostgreSQL's tickets, as many as the SQLite run's and shaped alike where the planning looks:
// the open ones are a tenth, the rest solved or closed long ago.
bool fillPostgres(Database &db, int tickets, qint64 now)
{
    constexpr int batch = 100'000;
    for (int from = 1; from <= tickets; from += batch) {
        const int to = std::min(tickets, from + batch - 1);
        if (!Bench::exec(
                db,
                u"INSERT INTO tickets (subject, status, first_responded_at, created_at, updated_at) "
                "SELECT 'Ticket ' || g, CASE WHEN g % 10 = 0 THEN 'open' WHEN g % 10 < 5 THEN 'solved' "
                "ELSE 'closed' END, CAST(? AS BIGINT) - g * 1000, CAST(? AS BIGINT) - g * 1000, CAST(? AS BIGINT) - "
                "g * 1000 "
                "FROM generate_series(CAST(? AS INTEGER), CAST(? AS INTEGER)) g"_s,
                {now, now, now, from, to})
            || !Bench::exec(db,
                            u"INSERT INTO messages (ticket_id, kind, body, created_at) "
                            "SELECT id, 'customer', subject, created_at FROM tickets WHERE id BETWEEN ? AND ?"_s,
                            {from, to}))
            return false;
    }
    // Not prepared: the server prepares no ANALYZE.
    QSqlQuery analyze(db.connection());
    return analyze.exec(u"ANALYZE"_s);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// 40 active agents on the weekday shifts of this week and the next, with lunches.
bool prepareTeam(Database &db, qint64 now)
{
    for (int i = count(db, u"SELECT count(*) FROM agents WHERE active"_s); i < teamSize; ++i) {
        if (!Bench::exec(db, u"INSERT INTO agents (login, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
                         {u"bench%1"_s.arg(i), u"Bench Agent %1"_s.arg(i), now, now}))
            return false;
    }
    RosterStore roster(db);
    const auto shifts = roster.templates();
    if (!shifts)
        return false;
    QSqlQuery agents(db.connection());
    if (!agents.exec(u"SELECT id FROM agents WHERE active ORDER BY id LIMIT %1"_s.arg(teamSize)))
        return false;
    QList<RosterEntry> entries;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC).date();
    for (int a = 0; agents.next(); ++a) {
        for (QDate day = today.addDays(1 - today.dayOfWeek()); day < today.addDays(15); day = day.addDays(1)) {
            if (day.dayOfWeek() <= 5)
                entries.append(
                    {AgentId(agents.value(0).toLongLong()), day, shifts->at(a % 2).id, 11 * 60 + (a % 6) * 60, 0});
        }
    }
    return bool(roster.assign(entries));
}

// The team: of the million tickets, 5,000 open ones carry a clock (the next response
// due over the next two days); the generated database's other open tickets have been answered.
// Without this trim the copy holds every generated open ticket's clock (about 236,000), which no
// team's queue looks like; `--keep-generated-clocks` measures that case too.
bool prepareClocks(Database &db, qint64 now, bool keepGenerated)
{
    if (!keepGenerated
        && !Bench::exec(db,
                        u"UPDATE tickets SET reaction_due_at = NULL, next_response_due_at = NULL, "
                        "first_responded_at = coalesce(first_responded_at, created_at) "
                        "WHERE status NOT IN ('solved', 'closed') AND (reaction_due_at IS NOT NULL "
                        "OR next_response_due_at IS NOT NULL OR first_responded_at IS NULL)"_s))
        return false;
    return Bench::exec(db,
                       u"UPDATE tickets SET next_response_due_at = ? + (id % 2880) * 60000 WHERE id IN "
                       "(SELECT id FROM tickets WHERE status IN ('open', 'new') ORDER BY id LIMIT ?)"_s,
                       {now, ticketsWithClocks});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList rest;
    const Bench::Sampling sampling = Bench::parseSampling(app.arguments().mid(1), &rest);
    const bool keepGeneratedClocks = rest.contains(u"--keep-generated-clocks"_s);
    const qsizetype engineAt = rest.indexOf(u"--engine"_s);
    const QString engine = engineAt >= 0 && engineAt + 1 < rest.size() ? rest.at(engineAt + 1) : u"sqlite"_s;
    const qsizetype ticketsAt = rest.indexOf(u"--tickets"_s);
    const int tickets = ticketsAt >= 0 && ticketsAt + 1 < rest.size() ? rest.at(ticketsAt + 1).toInt() : 1'000'000;
    const bool postgres = engine == u"postgresql"_s || engine == u"postgres"_s;
    if (!postgres && engine != u"sqlite"_s) {
        std::fprintf(stderr, "--engine sqlite or postgresql\n");
        return 1;
    }
    const qint64 now = Clock::system().nowMs();
    std::unique_ptr<Bench::OwnPostgres> server;
    Result<std::unique_ptr<Database>> db = Error{Error::Kind::Invalid, u"no database"_s, {}};
    if (postgres) {
        server = std::make_unique<Bench::OwnPostgres>();
        db = server->freshDatabase();
        if (!db) {
            std::fprintf(stderr, "no PostgreSQL database: %s\n", qPrintable(db.error().message));
            return 2;
        }
        if (!db || !fillPostgres(**db, tickets, now)) {
            std::fprintf(stderr, "cannot make the PostgreSQL database\n");
            return 1;
        }
        Bench::printLoad(u"start"_s);
    } else {
        const QString folder = QCoreApplication::applicationDirPath() + u"/data"_s;
        const QString path =
            folder + u"/scheduler-%1%2.casebook"_s.arg(tickets).arg(keepGeneratedClocks ? u"-all"_s : QString());
        if (!QFile::exists(path)) {
            const QString generated = Bench::generatedDatabase(folder, tickets);
            if (generated.isEmpty() || !QFile::copy(generated, path)) {
                std::fprintf(stderr, "cannot make the benchmark database %s\n", qPrintable(path));
                return 1;
            }
        }
        Bench::printLoad(u"start"_s);
        db = Database::open(DatabaseUrl::sqlite(path));
        if (!db) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
            return 1;
        }
    }
    Bench::print(u"scheduler.engine.postgresql"_s, postgres ? 1 : 0, u"bool"_s);
    if (!prepareTeam(**db, now) || !prepareClocks(**db, now, keepGeneratedClocks)) {
        std::fprintf(stderr, "cannot prepare the team and its clocks\n");
        return 1;
    }
    Bench::print(u"scheduler.tickets"_s, count(**db, u"SELECT count(*) FROM tickets"_s), u"tickets"_s);
    Bench::print(u"scheduler.agents"_s, count(**db, u"SELECT count(*) FROM agents WHERE active"_s), u"agents"_s);
    ReminderStore store(**db);
    const auto probe = store.snapshot(now - 60'000, now);
    if (!probe) {
        std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(probe.error().detail));
        return 1;
    }
    // The clocks the next due moment is planned from (at the first limit).
    PlanSnapshot earliest = *probe;
    const qint64 horizon = 2LL * 24 * 3600 * 1000;
    auto clocks = TicketClocks(**db, earliest)
                      .due(ReminderPlanner::dueLookback(earliest, now, now + horizon), now + horizon, now, 32);
    if (!clocks) {
        std::fprintf(stderr, "clocks failed: %s\n", qPrintable(clocks.error().detail));
        return 1;
    }
    earliest.tickets = clocks->tickets;
    Bench::print(u"scheduler.clocks"_s, double(probe->tickets.size()), u"tickets"_s);
    Bench::print(u"scheduler.earliestClocks"_s, double(earliest.tickets.size()), u"tickets"_s);
    // What the scheduler does after every change (ReminderScheduler::runDue() without its
    // writes): read the snapshot since the last run, plan what is due, plan the next moment.
    // A ticket changed: the roster, rules, settings and people it keeps are not read again.
    qint64 step = 0;
    ReminderInputs inputs;
    const QList<Change> ticketChanged{{0, u"ticket"_s, 1, Change::Op::Update}};
    // One run after a change, a minute further each time over ten hours from `from`: each
    // figure walks the same minutes, so they compare.
    const auto planAfterChange = [&store, &inputs, &ticketChanged](qint64 from, bool readAll) {
        return [&store, &inputs, &ticketChanged, from, readAll, run = qint64(0)]() mutable {
            const qint64 at = from + (run++ % 600) * 60'000;
            if (readAll)
                inputs.invalidate();
            else
                inputs.changed(ticketChanged);
            auto snapshot = store.snapshot(at - 60'000, at, inputs);
            if (!snapshot)
                return;
            Q_UNUSED(ReminderPlanner::between(*snapshot, at - 60'000, at))
            Q_UNUSED(store.nextDue(std::move(snapshot).value(), at))
        };
    };
    // Every input read again, as after a roster or settings change (and as each run did before
    // the scheduler kept them).
    Bench::measure(u"scheduler.planAfterChange.readAll"_s, sampling, planAfterChange(now, true));
    Bench::measure(u"scheduler.planAfterChange"_s, sampling, planAfterChange(now, false));
    // A quiet day: the coming Sunday, nobody rostered (R05), the clocks due over its two
    // days; what comes due waits for Monday's shift, so the next moment is looked for further.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC).date();
    const qint64 sunday =
        QDateTime(today.addDays(7 - today.dayOfWeek() + (today.dayOfWeek() == 7 ? 7 : 0)), QTime(10, 0), QTimeZone::UTC)
            .toMSecsSinceEpoch();
    if (!Bench::exec(
            **db,
            u"UPDATE tickets SET next_response_due_at = ? + (id % 2880) * 60000 WHERE next_response_due_at IS NOT NULL"_s,
            {sunday})) {
        std::fprintf(stderr, "cannot move the clocks to Sunday\n");
        return 1;
    }
    if (const auto quiet = store.snapshot(sunday - 60'000, sunday))
        Bench::print(u"scheduler.quietDay.onShift"_s, double(Shifts::onShiftAt(quiet->roster, sunday).size()),
                     u"agents"_s);
    Bench::measure(u"scheduler.planAfterChange.quietDay"_s, sampling, planAfterChange(sunday, false));
    // The pure planner alone, over the snapshot and the earliest clocks read above.
    Bench::measure(u"scheduler.planOnly"_s, sampling, [&] {
        const qint64 at = now + (step++ % 60) * 1'000;
        Q_UNUSED(ReminderPlanner::between(*probe, at - 60'000, at))
        Q_UNUSED(ReminderPlanner::nextDue(earliest, at))
    });
    Bench::printLoad(u"end"_s);
    return 0;
}
