// SPDX-License-Identifier: GPL-3.0-or-later
// Kill torture: a writer process runs the app's real write paths on an SQLite file in WAL mode
// (new ticket, reply, note, tag, triage, draft, vault entry) and reports each write on stdout
// the moment its store returned it as committed. It is killed with SIGKILL at a random moment;
// then the file must pass integrity_check and foreign_key_check, hold every reported write, and
// give back the newest draft reported saved (or a newer one). Then the next writer starts on the
// same file, and so on.
//
// As a test, 50 kills. Built as `bench_torture` (CASEBOOK_TORTURE_BENCH), `tools/dev bench
// torture [--kills 1000]` prints torture.kills, torture.integrity_failures,
// torture.committed_lost and torture.drafts_lost.
#include "models/agents/agentstore.h"
#include "models/customers/customerstore.h"
#include "models/drafts/draftstore.h"
#include "models/drafts/localdrafts.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"
#include "models/tickets/triage/tickettriage.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultstore.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const char *const writerFlag = "--torture-writer";
const QString passphrase = u"torture passphrase, long enough"_s;

int reported = 0; ///< writes the child reported: a round without one waits a moment

void report(const QByteArray &line)
{
    ++reported;
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent must see it before a kill can land
}

/// The child: writes until it is killed. Arguments: URL, agent, customer, first sequence number.
int runWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 6)
        return 2;
    const auto parsed = DatabaseUrl::parse(QString::fromLocal8Bit(argv[2]));
    if (!parsed)
        return 2;
    DatabaseUrl url = *parsed;
    url.takePasswordFromEnvironment(); // a server's password never travels on a command line
    auto opened = Database::open(url);
    if (!opened)
        return 3;
    Database &db = **opened;
    const AgentId agent(QByteArray(argv[3]).toLongLong());
    const CustomerId customer(QByteArray(argv[4]).toLongLong());
    qint64 seq = QByteArray(argv[5]).toLongLong();
    const Clock &clock = Clock::system();
    TicketStore tickets(db, clock);
    TicketTags tags(db, clock);
    TicketTriage triage(db, clock);
    DraftStore drafts(db, clock);
    MemoryKeyStore keys;
    VaultStore vault(db, keys, clock, KdfParams::minimum());
    if (!vault.unlock(passphrase))
        return 4;
    const auto first = tickets.create({u"torture %1"_s.arg(seq), customer, Channel::Email, u"first"_s});
    if (!first)
        return 5;
    report("ticket " + QByteArray::number(seq));
    TicketId ticket = *first;
    Draft draft{agent, DraftStore::replyScope(ticket), ticket, {}, {}, 0, 0};
    if (auto stored = drafts.draft(agent, draft.scope); stored && stored->has_value())
        draft.version = (*stored)->version;
    QRandomGenerator random{quint32(seq)};
    report("ready");
    for (;;) {
        // While the server is away every write fails at once: pace the retries as a desktop
        // would, instead of flooding the log.
        if (reported == 0)
            QThread::msleep(20);
        reported = 0;
        ++seq;
        const QByteArray n = QByteArray::number(seq);
        switch (random.bounded(7)) {
        case 0:
            if (auto created = tickets.create({u"torture %1"_s.arg(seq), customer, Channel::Phone, u"body"_s})) {
                ticket = *created;
                report("ticket " + n);
                draft = Draft{agent, DraftStore::replyScope(ticket), ticket, {}, {}, 0, 0};
            }
            break;
        case 1:
            if (tickets.addMessage(ticket, MessageKind::Agent, agent, u"reply %1"_s.arg(seq)))
                report("reply " + n);
            break;
        case 2:
            if (tickets.addMessage(ticket, MessageKind::Note, agent, u"note %1"_s.arg(seq)))
                report("note " + n);
            break;
        case 3:
            if (tags.add(ticket, u"t%1"_s.arg(seq), agent))
                report("tag " + n);
            break;
        case 4:
            if (const auto current = tickets.ticket(ticket)) {
                if (triage.setSeverity(ticket, Severity(seq % 4), current->version, agent))
                    report("triage " + n);
            }
            break;
        case 5:
            draft.body = u"draft %1"_s.arg(seq);
            if (auto saved = drafts.save(draft)) {
                draft.version = *saved;
                report("draft " + QByteArray::number(ticket.value()) + ' ' + n);
            } else if (const auto kept = LocalDrafts(db.url()).find(agent, draft.scope);
                       kept && kept->body == draft.body) {
                // The server is away: the text is kept on this computer, to be offered again.
                report("draft " + QByteArray::number(ticket.value()) + ' ' + n);
            }
            break;
        default: {
            VaultEntry entry;
            entry.customer = customer;
            entry.kind = VaultEntryKind::Server;
            entry.label = u"v%1"_s.arg(seq);
            entry.url = u"ssh://host%1.example.com"_s.arg(seq);
            entry.userName = u"root"_s;
            if (vault.add(entry, Secret::fromText(u"secret"_s)))
                report("vault " + n);
            break;
        }
        }
    }
}

struct Figures
{
    int kills = 0;
    int integrityFailures = 0;
    int committedLost = 0;
    int draftsLost = 0;
    int writes = 0;
    QStringList problems; ///< the first few, for the test's message
};

qint64 count(const QSqlDatabase &c, const QString &sql, const QVariant &bind)
{
    QSqlQuery q(c);
    q.prepare(sql);
    q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

class Torture
{
public:
    /// `serverDir`: a PostgreSQL server of pgserver.sh to stop immediately and restart while
    /// the writer writes, instead of killing only the writer.
    explicit Torture(const Test::TestDatabase &testDb, const QString &serverDir = {})
        : m_testDb(testDb)
        , m_serverDir(serverDir)
    {
    }

    bool setUp(QString *error)
    {
        auto db = m_testDb.open();
        if (!db) {
            *error = u"cannot open the database"_s;
            return false;
        }
        Agent anna;
        anna.login = u"anna"_s;
        anna.displayName = u"Anna Berg"_s;
        Customer olga;
        olga.displayName = u"Olga Petrova"_s;
        olga.primaryEmail = u"olga@example.com"_s;
        const auto agent = AgentStore(*db, Clock::system()).create(anna);
        const auto customer = CustomerStore(*db, Clock::system()).create(olga);
        MemoryKeyStore keys;
        VaultStore vault(*db, keys, Clock::system(), KdfParams::minimum());
        if (!agent || !customer || !vault.setUp(passphrase)) {
            *error = u"cannot set up the fixture"_s;
            return false;
        }
        m_agent = *agent;
        m_customer = *customer;
        return true;
    }

    /// One writer started, killed after `afterMs` of writing, and the file checked.
    void killOnce(int afterMs, Figures &figures)
    {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGPASSWORD"_s, m_testDb.url().password);
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(),
                     {QString::fromLatin1(writerFlag), m_testDb.url().toString(), QString::number(m_agent.value()),
                      QString::number(m_customer.value()), QString::number(m_nextSeq)});
        if (!writer.waitForStarted()) {
            problem(figures, u"the writer did not start"_s);
            return;
        }
        QList<QByteArray> lines;
        bool ready = false;
        QElapsedTimer clock;
        QElapsedTimer deadline;
        deadline.start();
        const auto readLines = [&] {
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                if (line == "ready") {
                    ready = true;
                    clock.start();
                }
                lines.append(line);
            }
        };
        while (!ready && deadline.elapsed() < 30'000 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(20);
            readLines();
        }
        while (ready && clock.elapsed() < afterMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5);
            readLines();
        }
        if (writer.state() != QProcess::Running) {
            problem(figures, u"the writer stopped by itself (exit %1)"_s.arg(writer.exitCode()));
            return;
        }
        if (!m_serverDir.isEmpty()) {
            // The server dies under the writer; it writes on (and fails, or keeps drafts here)
            // while it is down and after it is back.
            if (!server(u"crash"_s))
                problem(figures, u"the server did not stop"_s);
            spin(writer, readLines, 150);
            if (!server(u"restart"_s))
                problem(figures, u"the server did not start again"_s);
            spin(writer, readLines, 150);
        }
        writer.kill();
        writer.waitForFinished(10'000);
        readLines(); // what it wrote to the pipe before dying was committed before it was written
        ++figures.kills;
        check(lines, figures);
        // Writes committed but not yet reported keep their numbers: the next writer starts
        // well past them, so every marker names one write.
        m_nextSeq += 100'000;
    }

private:
    bool server(const QString &action) const
    {
#ifdef CASEBOOK_PGSERVER_SCRIPT
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral(CASEBOOK_PGSERVER_SCRIPT), {action, m_serverDir});
        return script.waitForFinished(60'000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
#else
        Q_UNUSED(action)
        return false;
#endif
    }

    template<typename Read>
    static void spin(QProcess &writer, const Read &readLines, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(5);
            readLines();
        }
    }

    static void problem(Figures &figures, const QString &text)
    {
        if (figures.problems.size() < 5)
            figures.problems.append(text);
    }

    /// SQLite's own checks of the file; a server recovers its files itself.
    static void checkFile(QSqlQuery &q, Figures &figures)
    {
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok") {
            ++figures.integrityFailures;
            problem(figures, u"integrity_check after kill %1: %2"_s.arg(figures.kills).arg(q.value(0).toString()));
        }
        if (!q.exec(u"PRAGMA foreign_key_check"_s) || q.next()) {
            ++figures.integrityFailures;
            problem(figures,
                    u"foreign_key_check after kill %1 names %2"_s.arg(figures.kills).arg(q.value(0).toString()));
        }
    }

    void check(const QList<QByteArray> &lines, Figures &figures)
    {
        // As the next start opens it (and not through the test harness, so a bench run can
        // count a failure instead of stopping at it).
        const auto opened = Database::open(m_testDb.url());
        if (!opened) {
            ++figures.integrityFailures;
            problem(figures,
                    u"the file does not open after kill %1: %2"_s.arg(figures.kills).arg(opened.error().message));
            return;
        }
        Database *db = opened.value().get();
        const QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        if (m_serverDir.isEmpty())
            checkFile(q, figures);
        qint64 lastDraftTicket = 0;
        qint64 lastDraft = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2)
                continue;
            const qint64 seq = parts.constLast().toLongLong();
            m_nextSeq = qMax(m_nextSeq, seq + 1);
            const QByteArray &kind = parts.constFirst();
            qint64 found = 1;
            if (kind == "ticket")
                found = count(c, u"SELECT count(*) FROM tickets WHERE subject = ?"_s, u"torture %1"_s.arg(seq));
            else if (kind == "reply" || kind == "note")
                found = count(c, u"SELECT count(*) FROM messages WHERE body = ?"_s, QString::fromLatin1(line));
            else if (kind == "tag")
                found =
                    count(c, u"SELECT count(*) FROM ticket_tags tt JOIN tags t ON t.id = tt.tag_id WHERE t.name = ?"_s,
                          u"t%1"_s.arg(seq));
            else if (kind == "vault")
                found = count(c, u"SELECT count(*) FROM vault_entries WHERE label = ?"_s, u"v%1"_s.arg(seq));
            else if (kind == "draft") {
                lastDraftTicket = parts.at(1).toLongLong();
                lastDraft = seq;
            }
            if (kind != "ready")
                ++figures.writes;
            if (found < 1) {
                ++figures.committedLost;
                problem(figures, u"kill %1 lost the committed %2"_s.arg(figures.kills).arg(QString::fromLatin1(line)));
            }
        }
        if (lastDraft > 0) {
            const auto draft = DraftStore(*db).draft(m_agent, DraftStore::replyScope(TicketId(lastDraftTicket)));
            const qint64 kept = draft && draft->has_value() ? (*draft)->body.mid(6).toLongLong() : 0;
            if (kept < lastDraft) {
                ++figures.draftsLost;
                problem(figures, u"kill %1: draft %2 saved, %3 found"_s.arg(figures.kills).arg(lastDraft).arg(kept));
            }
        }
    }

    const Test::TestDatabase &m_testDb;
    QString m_serverDir;
    AgentId m_agent;
    CustomerId m_customer;
    qint64 m_nextSeq = 1;
};

/// Kills land anywhere from the first write to well into a burst.
int randomDelayMs(QRandomGenerator &random)
{
    return 5 + int(random.bounded(250));
}

} // namespace

#ifndef CASEBOOK_TORTURE_BENCH

class TestKillTorture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fiftyKillsLoseNothingCommitted();
    void aServerStoppedImmediatelyLosesNothingCommitted();
};

void TestKillTorture::fiftyKillsLoseNothingCommitted()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    Torture torture(testDb);
    QString error;
    QVERIFY2(torture.setUp(&error), qPrintable(error));
    QRandomGenerator random(20261206);
    Figures figures;
    for (int i = 0; i < 50; ++i)
        torture.killOnce(randomDelayMs(random), figures);
    qInfo("%d kills, %d writes reported committed", figures.kills, figures.writes);
    QVERIFY2(figures.problems.isEmpty(), qPrintable(figures.problems.join(u"; "_s)));
    QCOMPARE(figures.kills, 50);
    QVERIFY2(figures.writes > 50, "the writers wrote too little to judge");
    QCOMPARE(figures.integrityFailures, 0);
    QCOMPARE(figures.committedLost, 0);
    QCOMPARE(figures.draftsLost, 0);
}

void TestKillTorture::aServerStoppedImmediatelyLosesNothingCommitted()
{
    // A server of its own, with commits durable as PostgreSQL's default keeps them (the
    // shared test server trades that for speed), stopped as if it died while a desktop writes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverDir = dir.filePath(u"server"_s);
    QProcess start;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CASEBOOK_PG_DURABLE"_s, u"1"_s);
    start.setProcessEnvironment(environment);
    start.setProcessChannelMode(QProcess::ForwardedChannels);
    start.start(QStringLiteral(CASEBOOK_PGSERVER_SCRIPT), {u"start"_s, serverDir});
    QVERIFY(start.waitForFinished(120'000));
    QFile info(serverDir + u"/server.env"_s);
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QByteArray env = info.readAll();
    if (env.startsWith("unavailable=")) {
        if (!qEnvironmentVariableIsEmpty("CI") || qEnvironmentVariable("CASEBOOK_REQUIRE_POSTGRES") == u"1")
            QFAIL(env.constData());
        QSKIP(env.constData());
    }
    const auto stopServer =
        qScopeGuard([&] { QProcess::execute(QStringLiteral(CASEBOOK_PGSERVER_SCRIPT), {u"stop"_s, serverDir}); });
    qputenv("CASEBOOK_TEST_PG_INFO", info.fileName().toLocal8Bit());
    {
        Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
        QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
        Torture torture(testDb, serverDir);
        QString error;
        QVERIFY2(torture.setUp(&error), qPrintable(error));
        QRandomGenerator random(20261207);
        Figures figures;
        for (int i = 0; i < 8; ++i)
            torture.killOnce(randomDelayMs(random), figures);
        qInfo("%d server crashes, %d writes reported committed or kept here", figures.kills, figures.writes);
        QVERIFY2(figures.problems.isEmpty(), qPrintable(figures.problems.join(u"; "_s)));
        QCOMPARE(figures.kills, 8);
        QVERIFY2(figures.writes > 8, "the writers wrote too little to judge");
        QCOMPARE(figures.committedLost, 0);
        QCOMPARE(figures.draftsLost, 0);
    }
}

int main(int argc, char **argv) // NOLINT(bugprone-exception-escape): a test that throws should stop there
{
    if (argc >= 2 && std::strcmp(argv[1], writerFlag) == 0)
        return runWriter(argc, argv);
    QCoreApplication app(argc, argv);
    TestKillTorture test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killtorture.moc"

#else

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], writerFlag) == 0)
        return runWriter(argc, argv);
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int kills = 1000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--kills"_s); at >= 0 && at + 1 < args.size())
        kills = qMax(1, args.at(at + 1).toInt());
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    Torture torture(testDb);
    QString error;
    if (!testDb.isValid() || !torture.setUp(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(testDb.isValid() ? error : testDb.error()));
        return 2;
    }
    QRandomGenerator random(QRandomGenerator::system()->generate());
    Figures figures;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < kills; ++i)
        torture.killOnce(randomDelayMs(random), figures);
    for (const QString &p : std::as_const(figures.problems))
        std::fprintf(stderr, "%s\n", qPrintable(p));
    std::printf("torture.kills %d kills\n", figures.kills);
    std::printf("torture.writes %d writes\n", figures.writes);
    std::printf("torture.integrity_failures %d files\n", figures.integrityFailures);
    std::printf("torture.committed_lost %d writes\n", figures.committedLost);
    std::printf("torture.drafts_lost %d drafts\n", figures.draftsLost);
    std::printf("torture.seconds %.1f s\n", double(elapsed.elapsed()) / 1000);
    return figures.kills == kills && figures.integrityFailures == 0 && figures.committedLost == 0
            && figures.draftsLost == 0
        ? 0
        : 1;
}

#endif
