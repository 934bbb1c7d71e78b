// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpostgres.h"

#include "benchsupport.h"

#include "models/demo/vocabulary.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Casebook::Bench {

namespace {

// Bumped whenever loadInboxPostgres() makes different data, so that a kept database of the
// old load is not measured as if it were the new one.
constexpr int loadVersion = 1;
// The kept database's name on its server, and the name of each run's copy.
const QString keptName = u"inbox"_s;
const QString copyName = u"inbox_run"_s;

// Every word takes this many bytes of one bytea, so the server finds a word by its rank in
// constant time: a text[] walks its elements up to the one asked for, and the median of
// a hundred million draws would then read thousands of words each.
constexpr int wordWidth = 16;

// The English words of the generator's vocabulary, most frequent first, that fit the width.
QStringList englishWords()
{
    static const QRegularExpression plain(u"^[a-z]{2,16}$"_s);
    QStringList words;
    for (const QString &word : DemoText::vocabulary(DemoText::Language::English).words()) {
        if (plain.match(word).hasMatch())
            words.append(word);
    }
    return words;
}

// A word drawn by rank from the `n` words of pg_temp.bench_words(): exp(random() * ln(n + 1))
// is spread evenly over the logarithm, so rank r comes up in proportion to about 1 / (r + 1.5),
// Zipf's law with a small offset, as the generator draws. The words are a constant of the
// statement (an immutable function is folded when planned): read from a table, the whole
// vocabulary would be fetched again for every row.
QString drawnWord(qsizetype n)
{
    return u"rtrim(convert_from(substring(pg_temp.bench_words() FROM (floor(exp(random() * ln(%1 + 1)))::integer - 1) "
           "* %2 + 1 FOR %2), 'UTF8'))"_s.arg(n)
               .arg(wordWidth);
}

// `count` drawn words joined by spaces, in order. `count` must name a column of the outer row,
// so that the server draws again for every row instead of once for the statement; the
// ORDER BY makes the aggregate the subquery's own, not the outer statement's.
QString drawnWords(qsizetype n, const QString &count)
{
    return u"(SELECT string_agg("_s + drawnWord(n) + u", ' ' ORDER BY s.i) FROM generate_series(1, "_s + count
        + u") AS s(i))"_s;
}

struct Step
{
    const std::function<QString(const QString &)> &metric;
    QElapsedTimer timer;

    explicit Step(const std::function<QString(const QString &)> &name)
        : metric(name)
    {
        timer.start();
    }
    void done(const QString &name) { print(metric(u"load."_s + name), double(timer.restart()), u"ms"_s); }
};

// Statements the server prepares nothing for (VACUUM, CHECKPOINT, index definitions).
bool run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(120)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// The secondary indexes of the big tables as their CREATE statements (those that back a
// constraint stay: the keys check the load).
QStringList secondaryIndexes(Database &db)
{
    QSqlQuery q(db.connection());
    QStringList definitions;
    if (!q.exec(u"SELECT indexdef FROM pg_indexes i WHERE schemaname = current_schema() "
                "AND tablename IN ('tickets', 'messages') "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY indexname"_s))
        return definitions;
    while (q.next())
        definitions.append(q.value(0).toString());
    return definitions;
}

QString indexName(const QString &definition)
{
    static const QRegularExpression name(u"^CREATE (?:UNIQUE )?INDEX (\\S+) ON"_s);
    return name.match(definition).captured(1);
}

bool loadPeople(Database &db, int customers, qsizetype n)
{
    return exec(
               db,
               u"INSERT INTO agents (login, display_name, email, created_at, updated_at) "
               "SELECT 'agent' || g, 'Agent ' || g, 'agent' || g || '@example.com', 0, 0 FROM generate_series(1, 40) g"_s)
        && exec(db,
                u"INSERT INTO customers (display_name, company, primary_email, created_at, updated_at) "
                "SELECT initcap(w1) || ' ' || initcap(w2), CASE WHEN g % 3 = 0 THEN initcap(w2) || ' Ltd' END, "
                "w1 || '.' || g || '@example.com', 0, 0 FROM (SELECT g, "_s
                    + drawnWord(n) + u" AS w1, "_s + drawnWord(n)
                    + u" AS w2 FROM generate_series(1, CAST(? AS INTEGER)) g) AS n"_s,
                {customers})
        && exec(db, u"INSERT INTO customer_emails (email, customer_id) SELECT primary_email, id FROM customers"_s);
}

// Subjects, customers and assignees of fillPostgres's tickets, twenty thousand at a time, so
// that one statement's dead row versions stay small (the counters the assignee feeds are
// counted afterwards: the triggers are aside).
bool loadTicketDetails(Database &db, int tickets, int messagesPerTicket, qsizetype n)
{
    constexpr int batch = 20'000;
    for (int from = 1; from <= tickets; from += batch) {
        if (!exec(db,
                  u"UPDATE tickets t SET subject = "_s + drawnWords(n, u"3 + t.id % 6"_s)
                      + u", customer_id = (SELECT min(id) FROM customers) + (t.id * 7919) % "
                        "(SELECT count(*) FROM customers), "
                        "assignee_id = CASE WHEN t.id % 6 = 0 THEN NULL ELSE (SELECT min(id) FROM agents) + t.id % 40 "
                        "END, "
                        "updated_at = t.created_at + ? WHERE t.id BETWEEN ? AND ?"_s,
                  {qint64(messagesPerTicket - 1) * 600'000, from, std::min(tickets, from + batch - 1)}))
            return false;
    }
    return true;
}

// The messages in the order of their time, so that their ids grow with it: ten stretches of
// the half year, each sorted.
bool loadMessages(Database &db, int messagesPerTicket, qsizetype n)
{
    QSqlQuery range(db.connection());
    if (!range.exec(u"SELECT min(created_at), max(created_at) + 1 FROM tickets"_s) || !range.next())
        return false;
    const qint64 first = range.value(0).toLongLong();
    const qint64 end = range.value(1).toLongLong();
    constexpr int stretches = 10;
    for (int i = 0; i < stretches; ++i) {
        const qint64 from = first + (end - first) * i / stretches;
        const qint64 to = first + (end - first) * (i + 1) / stretches;
        if (!exec(db,
                  u"INSERT INTO messages (ticket_id, kind, author_agent_id, author_customer_id, body, created_at) "
                  "SELECT t.id, (ARRAY['customer', 'agent', 'customer', 'agent', 'note'])[1 + (k - 1) % 5], "
                  "CASE WHEN k % 2 = 0 OR k % 5 = 0 THEN t.assignee_id END, "
                  "CASE WHEN k % 2 = 1 AND k % 5 <> 0 THEN t.customer_id END, "_s
                      + drawnWords(n, u"6 + (t.id * 7 + k * 13) % 17"_s)
                      + u", t.created_at + (k - 1) * 600000 FROM (SELECT id, customer_id, assignee_id, created_at "
                        "FROM tickets WHERE created_at >= ? AND created_at < ?) AS t "
                        "CROSS JOIN generate_series(1, CAST(? AS INTEGER)) AS k "
                        "ORDER BY t.created_at, t.id, k"_s,
                  {from, to, messagesPerTicket}))
            return false;
        std::fprintf(stderr, "messages: %d of %d stretches\n", i + 1, stretches);
    }
    return true;
}

} // namespace

bool loadInboxPostgres(Database &db, int tickets, int messagesPerTicket, qint64 now,
                       const std::function<QString(const QString &)> &metric)
{
    Step step(metric);
    QElapsedTimer total;
    total.start();
    // Index builds and the sorts of the load get memory enough to stay off the disk.
    if (!run(db, u"SET maintenance_work_mem = '1GB'"_s) || !run(db, u"SET work_mem = '256MB'"_s)
        || !run(db, u"SELECT setseed(0.2026)"_s))
        return false;
    // The counters are counted once at the end (recountPostgres) instead of by the triggers
    // row by row: with them, a million tickets took about half an hour, most of it the tags.
    if (!setTriggersAside(db))
        return false;
    const QStringList indexes = secondaryIndexes(db);
    for (const QString &definition : indexes) {
        if (!run(db, u"DROP INDEX "_s + indexName(definition)))
            return false;
    }

    QByteArray words;
    const QStringList vocabulary = englishWords();
    for (const QString &word : vocabulary)
        words += word.toUtf8().leftJustified(wordWidth, ' ');
    // Letters and spaces only, as hexadecimal digits: nothing in it can end the literal.
    const qsizetype n = vocabulary.size();
    if (!run(db,
             u"CREATE FUNCTION pg_temp.bench_words() RETURNS BYTEA LANGUAGE sql IMMUTABLE AS "
             "$$ SELECT CAST('\\x"_s
                 + QString::fromLatin1(words.toHex()) + u"' AS BYTEA) $$"_s)
        || !loadPeople(db, std::max(100, tickets / 20), n))
        return false;
    step.done(u"people"_s);
    if (!fillPostgres(db, tickets, now, false, PostgresCounting::Recount))
        return false;
    step.done(u"tickets"_s);
    if (!loadTicketDetails(db, tickets, messagesPerTicket, n))
        return false;
    step.done(u"ticket_details"_s);
    if (!loadMessages(db, messagesPerTicket, n))
        return false;
    step.done(u"messages"_s);
    if (!recountPostgres(db))
        return false;
    step.done(u"recount"_s);
    // fillPostgres numbered the tickets itself; the app's next ticket takes the next number.
    if (!run(db, u"SELECT setval(pg_get_serial_sequence('tickets', 'id'), (SELECT max(id) FROM tickets))"_s))
        return false;
    for (const QString &definition : indexes) {
        QElapsedTimer building;
        building.start();
        if (!run(db, definition))
            return false;
        std::fprintf(stderr, "index %s: %.1f s\n", qPrintable(indexName(definition)),
                     double(building.elapsed()) / 1000.0);
    }
    step.done(u"indexes"_s);
    // The visibility map lets counts read the indexes alone, and autovacuum, which would
    // otherwise do this during the measurements, finds nothing left to do.
    if (!run(db, u"VACUUM (ANALYZE)"_s) || !run(db, u"CHECKPOINT"_s))
        return false;
    step.done(u"vacuum_analyze"_s);
    print(metric(u"load.total"_s), double(total.elapsed()) / 1000.0, u"s"_s);
    QSqlQuery sizes(db.connection());
    if (sizes.exec(u"SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM messages), "
                   "pg_database_size(current_database()) / 1048576"_s)
        && sizes.next()) {
        print(metric(u"tickets"_s), sizes.value(0).toDouble(), u"count"_s);
        print(metric(u"messages"_s), sizes.value(1).toDouble(), u"count"_s);
        print(metric(u"database_size"_s), sizes.value(2).toDouble(), u"MiB"_s);
    }
    return true;
}

SearchWords postgresWords(Database &db)
{
    SearchWords words;
    const QStringList vocabulary = englishWords();
    const QString joined = vocabulary.join(u' ');
    // The stem in the share of messages closest to the 17 % of the outside
    // measurement, from ANALYZE's most common elements; mapped back to the first vocabulary
    // word of that stem (a stem searched as a word may stem again into another).
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT e.word, e.freq FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], "
               "s.most_common_elem_freqs) AS e(word, freq) WHERE s.schemaname = current_schema() "
               "AND s.tablename = 'messages' AND s.attname = 'search' AND e.word ~ '^[a-z]{3,}$' "
               "ORDER BY abs(e.freq - 0.17) LIMIT 1"_s)
        && q.next()) {
        const QString stem = q.value(0).toString();
        std::fprintf(stderr, "common stem \"%s\" in %.1f %% of the messages\n", qPrintable(stem),
                     q.value(1).toDouble() * 100);
        QSqlQuery back(db.connection());
        back.prepare(u"SELECT w FROM regexp_split_to_table(?, ' ') WITH ORDINALITY AS x(w, r) "
                     "WHERE tsvector_to_array(to_tsvector('casebook_stem', w)) = ARRAY[CAST(? AS TEXT)] "
                     "ORDER BY r LIMIT 1"_s);
        back.addBindValue(joined);
        back.addBindValue(stem);
        words.common = back.exec() && back.next() ? back.value(0).toString() : stem;
    }
    // From the tail: the first word that some messages, but few, hold.
    QSqlQuery count(db.connection());
    count.prepare(u"SELECT count(*) FROM messages m WHERE m.search @@ plainto_tsquery('casebook_stem', ?)"_s);
    for (qsizetype i = vocabulary.size() - 1, tried = 0; i >= 0 && tried < 40 && words.rare.isEmpty(); --i) {
        if (vocabulary.at(i).size() <= 4)
            continue;
        ++tried;
        count.addBindValue(vocabulary.at(i));
        if (count.exec() && count.next() && count.value(0).toInt() > 0 && count.value(0).toInt() <= 500) {
            words.rare = vocabulary.at(i);
            std::fprintf(stderr, "rare word \"%s\" in %d messages\n", qPrintable(words.rare), count.value(0).toInt());
        }
    }
    if (words.rare.isEmpty())
        words.rare = u"invoice"_s;
    if (words.common.isEmpty())
        words.common = u"invoice"_s;
    return words;
}

namespace {

// One statement on the server's maintenance database (CREATE and DROP DATABASE cannot run in
// the database they name); the error's text, empty when it ran.
QString onServer(const QString &sql)
{
    const auto &server = Test::PostgresServer::instance();
    const QString name = u"bench-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(u"postgres"_s);
        QSqlQuery q(db);
        if (!db.open())
            error = db.lastError().text();
        else if (!q.exec(sql))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A server folder's files with another port: the kept server's old one may be taken now.
bool movePort(const QString &dir, int port)
{
    static const QRegularExpression option(u"-p \\d+"_s);
    static const QRegularExpression line(u"(?m)^port=\\d+$"_s);
    for (const auto &[name, pattern, replacement] :
         {std::tuple{u"server.options"_s, &option, u"-p "_s}, std::tuple{u"server.env"_s, &line, u"port="_s}}) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        QString text = QString::fromUtf8(file.readAll());
        text.replace(*pattern, replacement + QString::number(port));
        file.resize(0);
        file.write(text.toUtf8());
    }
    return true;
}

// The kept server's buffers as a team server's would be: a quarter of the memory, as
// PostgreSQL's documentation advises, and at most 2 GiB (the machine is shared, and the
// searches' pages fit in far less). The harness's 128 MB default suits
// the tests' small databases; against 3.5 GB it sends a search's few thousand heap pages to
// the kernel's cache on every run (a prefix matching 10,000 messages read 5,900 of its 9,800
// pages so, 330 ms of its 332 in EXPLAIN ANALYZE).
bool sizeBuffers(const QString &dir)
{
    QFile meminfo(u"/proc/meminfo"_s);
    qint64 totalKiB = 0;
    if (meminfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : meminfo.readAll().split('\n')) {
            if (line.startsWith("MemTotal:"))
                totalKiB = line.mid(9).trimmed().split(' ').value(0).toLongLong();
        }
    }
    const qint64 mib = std::clamp<qint64>(totalKiB / 1024 / 4, 128, 2048);
    QFile file(dir + u"/server.options"_s);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    static const QRegularExpression previous(u" -c shared_buffers=\\S+"_s);
    QString options = QString::fromUtf8(file.readAll()).trimmed().remove(previous);
    options += u" -c shared_buffers=%1MB\n"_s.arg(mib);
    file.resize(0);
    file.write(options.toUtf8());
    std::fprintf(stderr, "the kept server's shared_buffers: %lld MiB\n", mib);
    return true;
}

} // namespace

LoadedInboxServer::LoadedInboxServer(const QString &folder, int tickets)
    : m_dir(folder + u"/postgres-inbox-%1-s%2-v%3"_s.arg(tickets).arg(Database::latestSchemaVersion()).arg(loadVersion))
    , m_tickets(tickets)
{
}

LoadedInboxServer::~LoadedInboxServer()
{
    if (!m_running)
        return;
    m_copy.reset();
    if (const QString error = onServer(u"DROP DATABASE IF EXISTS "_s + copyName + u" WITH (FORCE)"_s); !error.isEmpty())
        std::fprintf(stderr, "the run's copy stays: %s\n", qPrintable(error));
    stopKeepingData();
}

bool LoadedInboxServer::script(const QString &action) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(CASEBOOK_PGSERVER_SCRIPT), {action, m_dir});
    return process.waitForFinished(120'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The script's stop removes the data; this keeps it.
void LoadedInboxServer::stopKeepingData() const
{
    QFile env(m_dir + u"/server.env"_s);
    QString bin;
    if (env.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : env.readAll().split('\n')) {
            if (line.startsWith("bin="))
                bin = QString::fromUtf8(line.mid(4));
        }
    }
    (void)QProcess::execute(bin + u"/pg_ctl"_s, {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
}

// The kept server started again, on its old port or, when that is taken, another one.
bool LoadedInboxServer::startKept()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (attempt > 0 && !movePort(m_dir, 20'000 + int(QRandomGenerator::global()->bounded(40'000))))
            return false;
        if (script(u"restart"_s))
            return true;
    }
    return false;
}

Database *LoadedInboxServer::open(qint64 now, const std::function<QString(const QString &)> &metric)
{
    const QString marker = m_dir + u"/loaded"_s;
    const bool kept = QFile::exists(marker);
    if (kept) {
        std::fprintf(stderr, "starting the kept server of %d tickets in %s\n", m_tickets, qPrintable(m_dir));
    } else {
        std::fprintf(stderr, "loading %d tickets into a server kept in %s (once; later runs start it again)\n",
                     m_tickets, qPrintable(m_dir));
        QDir().mkpath(QFileInfo(m_dir).path());
        m_running = script(u"start"_s);
        // Started as the tests' server; started again below as the kept one, with its buffers.
        if (m_running)
            stopKeepingData();
    }
    m_running = m_running || kept;
    m_running = m_running && sizeBuffers(m_dir) && startKept();
    // Read once per process: only one server per run, so it reads this one.
    qputenv("CASEBOOK_TEST_PG_INFO", (m_dir + u"/server.env"_s).toUtf8());
    if (!m_running || !Test::PostgresServer::instance().available) {
        std::fprintf(stderr, "the PostgreSQL server did not start\n");
        return nullptr;
    }
    const auto &server = Test::PostgresServer::instance();
    if (!kept) {
        bool loaded = onServer(u"CREATE DATABASE "_s + keptName).isEmpty();
        if (loaded) {
            auto db = Database::open(server.url(keptName));
            loaded = db && loadInboxPostgres(*db.value(), m_tickets, 5, now, metric);
        }
        if (!loaded) {
            stopKeepingData();
            m_running = false;
            QDir(m_dir).removeRecursively();
            return nullptr;
        }
        QFile file(marker);
        (void)file.open(QIODevice::WriteOnly);
    }
    // A file copy: the default strategy would write the gigabytes through the WAL again.
    QElapsedTimer copying;
    copying.start();
    (void)onServer(u"DROP DATABASE IF EXISTS "_s + copyName + u" WITH (FORCE)"_s);
    if (const QString error =
            onServer(u"CREATE DATABASE "_s + copyName + u" TEMPLATE "_s + keptName + u" STRATEGY FILE_COPY"_s);
        !error.isEmpty()) {
        std::fprintf(stderr, "cannot copy the kept database: %s\n", qPrintable(error));
        return nullptr;
    }
    print(metric(u"load.copy"_s), double(copying.elapsed()), u"ms"_s);
    auto copy = Database::open(server.url(copyName));
    if (!copy) {
        std::fprintf(stderr, "cannot open the copy: %s\n", qPrintable(copy.error().message));
        return nullptr;
    }
    m_copy = std::move(copy.value());
    return m_copy.get();
}

} // namespace Casebook::Bench
