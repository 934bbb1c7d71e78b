// SPDX-License-Identifier: GPL-3.0-or-later
// The reminder scheduler's planning on a large team database: after each change the app reads
// the snapshot (roster, rules, the tickets whose clocks can deliver since the last run), plans
// what is due, and plans the next due moment from the earliest ticket clocks only. It must stay
// well under a frame (16 ms) to run on every change.
//
// The run changes its database (the migration to this schema, a roster for 40 agents this
// week, due times on 5,000 open tickets), so it works on its own copy,
// data/scheduler-<tickets>.casebook, made from the generated database when missing.
#include "benchsupport.h"

#include "models/reminders/reminderplanner.h"
#include "models/reminders/reminderstore.h"
#include "models/reminders/ticketclocks.h"
#include "models/shifts/rosterstore.h"
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

bool exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorFrom(q.lastError()).detail));
        return false;
    }
    return true;
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
        if (!exec(db, u"INSERT INTO agents (login, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
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
                entries.append({AgentId(agents.value(0).toLongLong()), day, shifts->at(a % 2).id, 11 * 60 + (a % 6) * 60, 0});
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
        && !exec(db, u"UPDATE tickets SET reaction_due_at = NULL, next_response_due_at = NULL, "
                     "first_responded_at = coalesce(first_responded_at, created_at) "
                     "WHERE status NOT IN ('solved', 'closed') AND (reaction_due_at IS NOT NULL "
                     "OR next_response_due_at IS NOT NULL OR first_responded_at IS NULL)"_s))
        return false;
    return exec(db, u"UPDATE tickets SET next_response_due_at = ? + (id % 2880) * 60000 WHERE id IN "
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
    const int tickets = 1'000'000;
    const QString folder = QCoreApplication::applicationDirPath() + u"/data"_s;
    const QString path = folder + u"/scheduler-%1%2.casebook"_s.arg(tickets).arg(keepGeneratedClocks ? u"-all"_s : QString());
    if (!QFile::exists(path)) {
        const QString generated = Bench::generatedDatabase(folder, tickets);
        if (generated.isEmpty() || !QFile::copy(generated, path)) {
            std::fprintf(stderr, "cannot make the benchmark database %s\n", qPrintable(path));
            return 1;
        }
    }
    Bench::printLoad(u"start"_s);
    auto db = Database::open(DatabaseUrl::sqlite(path));
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
        return 1;
    }
    const qint64 now = Clock::system().nowMs();
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
    auto clocks = TicketClocks(**db, earliest).due(ReminderPlanner::dueLookback(earliest, now, now + horizon), now + horizon, now, 32);
    if (!clocks) {
        std::fprintf(stderr, "clocks failed: %s\n", qPrintable(clocks.error().detail));
        return 1;
    }
    earliest.tickets = clocks->tickets;
    Bench::print(u"scheduler.clocks"_s, double(probe->tickets.size()), u"tickets"_s);
    Bench::print(u"scheduler.earliestClocks"_s, double(earliest.tickets.size()), u"tickets"_s);
    // What the scheduler does after every change (ReminderScheduler::runDue() without its
    // writes): read the snapshot since the last run, plan what is due, plan the next moment.
    qint64 step = 0;
    Bench::measure(u"scheduler.planAfterChange"_s, sampling, [&] {
        const qint64 at = now + (step++ % 600) * 60'000;
        auto snapshot = store.snapshot(at - 60'000, at);
        if (!snapshot)
            return;
        Q_UNUSED(ReminderPlanner::between(*snapshot, at - 60'000, at))
        Q_UNUSED(store.nextDue(std::move(snapshot).value(), at))
    });
    // The pure planner alone, over the snapshot and the earliest clocks read above.
    Bench::measure(u"scheduler.planOnly"_s, sampling, [&] {
        const qint64 at = now + (step++ % 60) * 1'000;
        Q_UNUSED(ReminderPlanner::between(*probe, at - 60'000, at))
        Q_UNUSED(ReminderPlanner::nextDue(earliest, at))
    });
    Bench::printLoad(u"end"_s);
    return 0;
}
