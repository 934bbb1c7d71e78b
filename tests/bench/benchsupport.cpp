// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "models/demo/demogenerator.h"
#include "models/storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Casebook::Bench {

namespace {

// Nearest rank: the smallest sample with at least q of all samples at or below it.
double percentile(const QList<double> &sorted, double q)
{
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

// About two tags a ticket. A few thousand tickets a statement: each tag's use count is one
// row that every use updates, and PostgreSQL walks all of a row's versions of the running
// statement at each update, so a hundred thousand at once would take quadratic time.
bool fillTags(Database &db, int from, int to)
{
    constexpr int batch = 5'000;
    for (int first = from; first <= to; first += batch) {
        const int last = std::min(to, first + batch - 1);
        if (!Bench::exec(db,
                         u"INSERT INTO ticket_tags (ticket_id, tag_id) SELECT id, 1 + id % 31 FROM tickets "
                         "WHERE id BETWEEN ? AND ? AND id % 10 <> 7 UNION ALL SELECT id, 1 + (id * 13 + 5) % 31 "
                         "FROM tickets WHERE id BETWEEN ? AND ? AND id % 3 = 0 AND (id * 13 + 5) % 31 <> id % 31"_s,
                         {first, last, first, last}))
            return false;
    }
    return true;
}

// What the Load and Bug reports views count: each assigned ticket's assignment event, a
// hand-off for one in ten of them, and a bug report for one ticket in fifty (a third each
// submitted, accepted and declined).
bool fillTeamWork(Database &db, int from, int to)
{
    return Bench::exec(db,
                       u"INSERT INTO ticket_events (ticket_id, agent_id, kind, new_value, created_at) "
                       "SELECT id, assignee_id, 'assignment', CAST(assignee_id AS TEXT), assigned_at FROM tickets "
                       "WHERE id BETWEEN ? AND ? AND assignee_id IS NOT NULL "
                       "UNION ALL SELECT id, assignee_id, 'handoff', NULL, assigned_at + 3600000 FROM tickets "
                       "WHERE id BETWEEN ? AND ? AND assignee_id IS NOT NULL AND id % 10 = 3"_s,
                       {from, to, from, to})
        && Bench::exec(db,
                       u"INSERT INTO bug_reports (ticket_id, title, severity, status, verdict_reason, created_by, "
                       "created_at, updated_at) SELECT id, 'Report ' || id, "
                       "(ARRAY['low', 'medium', 'high', 'critical'])[id % 4 + 1], "
                       "(ARRAY['submitted', 'accepted', 'declined'])[id % 3 + 1], "
                       "CASE WHEN id % 3 = 2 THEN 'Works as designed' END, assignee_id, created_at, created_at "
                       "FROM tickets WHERE id BETWEEN ? AND ? AND id % 50 = 0"_s,
                       {from, to});
}

// The counters' upgrade parts of the migrations, word for word where they count from
// nothing (an upgrade starts with empty counters too), after emptying what the triggers
// would have kept: a load may have kept some with the triggers on before setting them aside.
const QStringList &recountStatements()
{
    static const QStringList statements{
        // 004: tags most used first, and each ticket's number of tags.
        u"UPDATE tags g SET use_count = x.n FROM (SELECT t.id, count(tt.tag_id) AS n FROM tags t "
        "LEFT JOIN ticket_tags tt ON tt.tag_id = t.id GROUP BY t.id) x WHERE g.id = x.id AND g.use_count <> x.n"_s,
        u"UPDATE tickets t SET tag_count = x.n FROM (SELECT ticket_id, count(*) AS n FROM ticket_tags "
        "GROUP BY ticket_id) x WHERE t.id = x.ticket_id AND t.tag_count <> x.n"_s,
        u"UPDATE tickets t SET tag_count = 0 WHERE t.tag_count <> 0 "
        "AND NOT EXISTS (SELECT 1 FROM ticket_tags tt WHERE tt.ticket_id = t.id)"_s,
        // 032: the analytics counters.
        u"DELETE FROM ticket_counts"_s,
        u"DELETE FROM ticket_finish_counts"_s,
        u"DELETE FROM channel_counts"_s,
        u"DELETE FROM untagged_counts"_s,
        u"DELETE FROM tag_counts"_s,
        u"INSERT INTO ticket_counts (hour, status, tagged, n) "
        "SELECT created_at / 3600000, status, CASE WHEN tag_count > 0 THEN 1 ELSE 0 END, count(*) "
        "FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3"_s,
        u"INSERT INTO ticket_finish_counts (hour, dated, n) SELECT coalesce(solved_at, closed_at, created_at) / "
        u"3600000, "
        "CASE WHEN coalesce(solved_at, closed_at) IS NULL THEN 0 ELSE 1 END, count(*) FROM tickets "
        "WHERE status IN ('solved', 'closed') AND merged_into_id IS NULL GROUP BY 1, 2"_s,
        u"INSERT INTO channel_counts (day, channel, complexity, n) "
        "SELECT created_at / 86400000, channel, coalesce(complexity, ''), count(*) "
        "FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3"_s,
        u"INSERT INTO untagged_counts (day, assignee_id, n) SELECT created_at / 86400000, coalesce(assignee_id, 0), "
        "count(*) FROM tickets WHERE merged_into_id IS NULL AND tag_count = 0 GROUP BY 1, 2"_s,
        u"INSERT INTO tag_counts (day, tag_id, n) SELECT t.created_at / 86400000, tt.tag_id, count(*) "
        "FROM ticket_tags tt JOIN tickets t ON t.id = tt.ticket_id WHERE t.merged_into_id IS NULL GROUP BY 1, 2"_s,
        // 034: the status lists' counts (private tickets are counted through the row rule).
        u"UPDATE ticket_status_counts c SET n = x.n FROM (SELECT s.status, count(t.id) AS n "
        "FROM ticket_status_counts s LEFT JOIN tickets t ON t.status = s.status AND NOT t.is_private "
        "GROUP BY s.status) x WHERE c.status = x.status"_s,
        // 036: held tickets, agent events, bug reports.
        u"DELETE FROM held_counts"_s,
        u"DELETE FROM agent_event_counts"_s,
        u"DELETE FROM bug_report_counts"_s,
        u"INSERT INTO held_counts (agent_id, day, n) SELECT assignee_id, coalesce(assigned_at / 86400000, -1), "
        u"count(*) "
        "FROM tickets WHERE assignee_id IS NOT NULL AND status IN ('new', 'open', 'pending', 'on_hold') GROUP BY 1, 2"_s,
        u"INSERT INTO agent_event_counts (day, agent_id, taken, handed) SELECT created_at / 86400000, agent_id, "
        "count(*) FILTER (WHERE kind IN ('assignment', 'takeover') AND new_value = CAST(agent_id AS TEXT)), "
        "count(*) FILTER (WHERE kind IN ('handoff', 'escalation')) FROM ticket_events WHERE agent_id IS NOT NULL "
        "AND kind IN ('assignment', 'takeover', 'handoff', 'escalation') GROUP BY 1, 2"_s,
        u"INSERT INTO bug_report_counts (day, status, reason, area_id, severity, n) SELECT created_at / 86400000, "
        "status, CASE WHEN status = 'declined' THEN split_part(coalesce(verdict_reason, ''), E'\\n', 1) ELSE '' END, "
        "coalesce(product_area_id, 0), coalesce(severity, ''), count(*) FROM bug_reports WHERE status <> 'draft' "
        "GROUP BY 1, 2, 3, 4, 5"_s,
        // 037: the SLA counters per day, policy and severity (merged tickets counted out).
        u"DELETE FROM sla_counts"_s,
        u"INSERT INTO sla_counts (day, policy_id, severity, n, answered, first_late, reaction_late) "
        "SELECT created_at / 86400000, coalesce(sla_policy_id, 0), coalesce(severity, ''), count(*), "
        "count(*) FILTER (WHERE first_responded_at IS NOT NULL), "
        "count(*) FILTER (WHERE first_responded_at > first_response_due_at), "
        "count(*) FILTER (WHERE first_responded_at > reaction_due_at) "
        "FROM tickets WHERE merged_into_id IS NULL GROUP BY 1, 2, 3"_s,
        // 033: no team hours named, so the first read lays the days out and works every wait
        // out again (ResponseWaits::ensure), as after the SQLite bulk load.
        u"UPDATE response_state SET hours_key = ''"_s,
    };
    return statements;
}

// One statement as it is, unprepared (SET takes no parameters).
bool runPlain(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(100)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

bool setTriggersAside(Database &db)
{
    return runPlain(db, u"SET session_replication_role = replica"_s);
}

bool triggersAside(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT current_setting('session_replication_role') = 'replica'"_s) && q.next()
        && q.value(0).toBool();
}

bool recountPostgres(Database &db)
{
    QSqlDatabase connection = db.connection();
    if (!connection.transaction())
        return false;
    // Still aside while counting: each UPDATE of tickets here would otherwise run the
    // triggers it replaces, row by row. A plain SET inside the transaction outlives its commit.
    bool done = runPlain(db, u"SET session_replication_role = replica"_s);
    for (const QString &sql : recountStatements()) {
        if (!done)
            break;
        done = runPlain(db, sql);
    }
    done = done && runPlain(db, u"SET session_replication_role = origin"_s);
    if (!done) {
        connection.rollback();
        return false;
    }
    return connection.commit();
}

void print(const QString &name, double value, const QString &unit)
{
    std::printf("%s %.2f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

void printLoad(const QString &when)
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    print(u"bench.loadavg."_s + when, file.readAll().split(' ').value(0).toDouble(), u"load"_s);
}

void summarise(const QString &name, QList<double> times)
{
    if (times.isEmpty())
        return;
    std::sort(times.begin(), times.end());
    if (times.size() < minSamplesForP95) {
        std::fprintf(stderr, "%s: %lld samples, too few for a p95; p50 and max only\n", qPrintable(name),
                     qint64(times.size()));
        print(name + u".p50"_s, percentile(times, 0.5), u"ms"_s);
        print(name + u".max"_s, times.constLast(), u"ms"_s);
        return;
    }
    print(name + u".min"_s, times.constFirst(), u"ms"_s);
    print(name + u".p50"_s, percentile(times, 0.5), u"ms"_s);
    print(name + u".p95"_s, percentile(times, 0.95), u"ms"_s);
    print(name + u".max"_s, times.constLast(), u"ms"_s);
}

void measure(const QString &name, const Sampling &sampling, const std::function<void()> &work,
             const std::function<void()> &prepare)
{
    QList<double> times;
    times.reserve(sampling.samples);
    QElapsedTimer timer;
    double spentMs = 0;
    for (int i = 0; i < sampling.warmup + sampling.samples; ++i) {
        if (prepare)
            prepare();
        timer.start();
        work();
        if (i < sampling.warmup)
            continue;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        spentMs += times.constLast();
        if (spentMs > sampling.budgetSeconds * 1000 && times.size() >= 5 && times.size() < sampling.samples) {
            std::fprintf(stderr, "%s: stopped after %lld runs, which took %.0f s (the budget is %.0f s)\n",
                         qPrintable(name), qint64(times.size()), spentMs / 1000, sampling.budgetSeconds);
            break;
        }
    }
    summarise(name, times);
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString generatedDatabase(const QString &folder, int tickets)
{
    QDir().mkpath(folder);
    QString path = folder + u"/inbox-"_s + QString::number(tickets) + u"-v"_s
        + QString::number(DemoGenerator::bulkDataVersion) + u".casebook"_s;
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "generating %d tickets into %s (once; kept for later runs)...\n", tickets, qPrintable(path));
    // Into a temporary name first: an interrupted run must not leave a half file to be measured.
    const QString partial = path + u".partial"_s;
    const int status = QProcess::execute(
        QString::fromUtf8(CASEBOOK_GENERATE),
        {u"--tickets"_s, QString::number(tickets), u"--messages-per-ticket"_s, u"5"_s, u"--force"_s, partial});
    if (status != 0 || !QFile::rename(partial, path))
        return {};
    return path;
}

Sampling parseSampling(const QStringList &arguments, QStringList *rest)
{
    Sampling sampling;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--samples" && hasValue)
            sampling.samples = std::max(1, arguments.at(++i).toInt());
        else if (argument == u"--warmup" && hasValue)
            sampling.warmup = std::max(0, arguments.at(++i).toInt());
        else if (argument == u"--budget" && hasValue)
            sampling.budgetSeconds = std::max(1.0, arguments.at(++i).toDouble());
        else if (argument != u"--" && rest)
            rest->append(argument);
    }
    return sampling;
}

void useOffscreenPlatformByDefault()
{
    // Benchmarks paint into pixmaps; a window on someone's screen would only add noise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void quietOffscreenWarnings()
{
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.contains(u"propagateSizeHints"_s))
            return;
        previous(type, context, message);
    });
}

Untouched::Untouched(QString path)
    : m_path(std::move(path))
    , m_file(stateOf(m_path))
{
}

Untouched::FileState Untouched::stateOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists() ? info.size() : -1, info.lastModified(QTimeZone::UTC)};
}

QString Untouched::contentState(Database &database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Every write goes through a WriteTransaction, which logs it: a new sequence number is
    // the surest sign. The newest rows catch writes that bypass the log (seeding, SQL).
    if (!q.exec(u"SELECT (SELECT COALESCE(MAX(seq), 0) FROM change_log), (SELECT MAX(version) FROM schema_version), "
                "(SELECT COALESCE(MAX(id), 0) FROM tickets), (SELECT COALESCE(MAX(updated_at), 0) FROM tickets), "
                "(SELECT COALESCE(MAX(id), 0) FROM messages), (SELECT COUNT(*) FROM canned_replies), "
                "(SELECT COUNT(*) FROM team_settings)"_s)
        || !q.next())
        return u"unreadable"_s;
    QStringList values;
    for (int i = 0; i < 7; ++i)
        values.append(q.value(i).toString());
    return u"change_log seq %1, schema %2, tickets max id %3 updated %4, messages max id %5, canned replies %6, "
           "team settings %7"_s.arg(values.at(0), values.at(1), values.at(2), values.at(3), values.at(4), values.at(5),
                                    values.at(6));
}

std::unique_ptr<Database> Untouched::open()
{
    Database::Options readOnly;
    readOnly.migrate = false;
    // The generator's file, which only benchmarks read: a quick check would add a full read of
    // gigabytes to every run and to its figures.
    readOnly.integrity = IntegrityReport{m_path, {}, 0};
    auto opened = Database::open(DatabaseUrl::sqlite(m_path), readOnly);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(m_path), qPrintable(opened.error().message));
        return nullptr;
    }
    recordOpen(*opened.value());
    return std::move(opened.value());
}

void Untouched::recordOpen(Database &database)
{
    m_content = contentState(database);
}

void Untouched::checkOpen(Database &database) const
{
    const QString now = contentState(database);
    if (now != m_content)
        fail(u"its content changed: before %1; after %2"_s.arg(m_content, now));
}

void Untouched::checkClosed() const
{
    const FileState now = stateOf(m_path);
    if (!(now == m_file)) {
        fail(u"the file changed: before %1 bytes, modified %2; after %3 bytes, modified %4"_s.arg(m_file.size)
                 .arg(m_file.modified.toString(Qt::ISODateWithMs))
                 .arg(now.size)
                 .arg(now.modified.toString(Qt::ISODateWithMs)));
    }
}

void Untouched::fail(const QString &what) const
{
    std::fprintf(stderr,
                 "\nBENCHMARK ERROR: the benchmark modified its database %s: %s\n"
                 "Its figures are not comparable with earlier runs; delete the file so it is generated again.\n",
                 qPrintable(m_path), qPrintable(what));
    std::fflush(stderr);
    std::exit(3);
}

bool exec(Database &db, const QString &sql, const QVariantList &values)
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

// The generated file's shape where the figures look: half a year of tickets, about two
// tags of 31 each, seven channels, nine in ten answered and most finished; with `messages`
// a customer message and an agent reply each, some with a next exchange (only the Response
// view reads them, and they take most of the fill). The batches below are for the triggers'
// sake (PostgresCounting::Triggers); with them aside they cost nothing.
bool fillPostgres(Database &db, int tickets, qint64 now, bool messages, PostgresCounting counting)
{
    constexpr qint64 span = 180LL * 86'400'000;
    // Set aside here, counted here; already aside, the caller counts after its own rows.
    const bool setAsideHere = counting == PostgresCounting::Recount && !triggersAside(db);
    if (setAsideHere && !setTriggersAside(db))
        return false;
    if (!Bench::exec(db, u"INSERT INTO tags (name, created_at) SELECT 'tag' || g, 0 FROM generate_series(1, 31) g"_s)
        || !Bench::exec(db,
                        u"INSERT INTO agents (login, display_name, created_at, updated_at) "
                        "SELECT 'agent' || g, 'Agent ' || g, 0, 0 FROM generate_series(1, 40) g"_s))
        return false;
    qint64 firstAgent = 0;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT min(id) FROM agents WHERE login LIKE 'agent%'"_s) || !q.next())
            return false;
        firstAgent = q.value(0).toLongLong(); // forty ids in a row: the table was empty
    }
    // The counters' triggers of migration 032 update a day's row for every ticket of it, so
    // a statement's cost grows with the square of its tickets per day: 200,000 tickets took
    // 106 s in one statement and 21 s in batches of 20,000.
    constexpr int batch = 20'000;
    for (int from = 1; from <= tickets; from += batch) {
        const int to = std::min(tickets, from + batch - 1);
        const QString at =
            u"(CAST(? AS BIGINT) - CAST(? AS BIGINT) + (CAST(g AS BIGINT) * 7919 % %1) * CAST(? AS BIGINT) / %1)"_s.arg(
                tickets);
        if (!Bench::exec(
                db,
                u"INSERT INTO tickets (id, subject, status, channel, complexity, severity, first_responded_at, "
                "solved_at, created_at, updated_at, assignee_id, assigned_at) "
                "SELECT g, 'Ticket ' || g, (ARRAY['new', 'open', 'pending', 'on_hold', 'solved', 'solved', "
                "'closed', 'closed', 'closed', 'closed'])[g % 10 + 1], "
                "(ARRAY['email', 'chat', 'slack', 'community', 'form', 'phone', 'other'])[g % 7 + 1], "
                "(ARRAY['simple', 'complex', 'critical', 'proposal', NULL])[g % 5 + 1], "
                "(ARRAY['low', 'medium', 'high', 'critical', NULL])[g % 5 + 1], "
                "CASE WHEN g % 10 = 0 THEN NULL ELSE "_s
                    + at + u" + 1800000 + g % 7200000 END, CASE WHEN g % 10 >= 4 THEN "_s + at + u" + 86400000 END, "_s
                    + at + u", "_s + at
                    + u", CASE WHEN g % 5 = 0 THEN NULL ELSE CAST(? AS BIGINT) + g % 40 END, "
                      "CASE WHEN g % 5 = 0 THEN NULL ELSE "_s
                    + at + u" + 600000 END FROM generate_series(CAST(? AS INTEGER), CAST(? AS INTEGER)) g"_s,
                {now, span, span, now, span, span, now, span, span, now, span, span, firstAgent, now, span, span, from,
                 to})
            || !fillTags(db, from, to) || !fillTeamWork(db, from, to)
            || (messages
                && !Bench::exec(db,
                                u"INSERT INTO messages (ticket_id, kind, body, created_at) "
                                "SELECT id, 'customer', 'Hello', created_at FROM tickets WHERE id BETWEEN ? AND ? "
                                "UNION ALL SELECT id, 'agent', 'Hi', first_responded_at FROM tickets "
                                "WHERE id BETWEEN ? AND ? AND first_responded_at IS NOT NULL "
                                "UNION ALL SELECT id, 'customer', 'More', first_responded_at + 600000 FROM tickets "
                                "WHERE id BETWEEN ? AND ? AND first_responded_at IS NOT NULL AND id % 2 = 0 "
                                "UNION ALL SELECT id, 'agent', 'Done', first_responded_at + 7200000 FROM tickets "
                                "WHERE id BETWEEN ? AND ? AND first_responded_at IS NOT NULL AND id % 2 = 0"_s,
                                {from, to, from, to, from, to, from, to})))
            return false;
    }
    if (setAsideHere && !recountPostgres(db))
        return false;
    // Not prepared: the server prepares no ANALYZE.
    QSqlQuery analyze(db.connection());
    return analyze.exec(u"ANALYZE"_s);
}

} // namespace Casebook::Bench
