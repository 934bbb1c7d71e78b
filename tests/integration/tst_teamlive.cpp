// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on a real PostgreSQL server: several independent Casebook stacks (their own
// Database objects, connections and change feeds; for some tests their own processes)
// working on one database.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/drafts/draftstore.h"
#include "models/presence/presence.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/support/teamload.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString peerActionVariable = u"CASEBOOK_TEAMLIVE_PEER"_s;

/// One agent's desktop in this process: its own Database (connections, change feed),
/// session, inbox and open ticket.
struct Desk
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    std::unique_ptr<InboxModel> inbox;
    std::unique_ptr<OpenTicket> open;

    Desk(const DatabaseUrl &url, AgentId agent)
    {
        auto opened = Database::open(url);
        if (!opened)
            return;
        db = std::move(opened).value();
        db->changeFeed()->setHeartbeatInterval(100);
        session = std::make_unique<Session>(*db, Clock::system(), nullptr);
        session->setAgent(agent);
        inbox = std::make_unique<InboxModel>(*db, Clock::system());
        SearchQuery::ParseError error;
        (void)inbox->setQuery(SearchQuery::parse(QString(), QDate::currentDate(), &error), agent);
        open = std::make_unique<OpenTicket>(*session);
    }
    [[nodiscard]] bool isValid() const { return db != nullptr; }
};

/// A team of two on a fresh database: Anna and Ivan, and a ticket.
struct Team
{
    AgentId anna;
    AgentId ivan;
    TicketId ticket;

    explicit Team(const DatabaseUrl &url)
    {
        auto db = Database::open(url);
        if (!db)
            return;
        const auto add = [&db](const QString &login, const QString &name) {
            Agent agent;
            agent.login = login;
            agent.displayName = name;
            const auto id = AgentStore(**db).create(agent);
            return id ? *id : AgentId();
        };
        anna = add(u"anna"_s, u"Anna Berg"_s);
        ivan = add(u"ivan"_s, u"Ivan Petrov"_s);
        const auto created = TicketStore(**db).create({u"Export is empty"_s, {}, Channel::Email, u"No rows."_s});
        ticket = created ? *created : TicketId();
    }
};

qint64 versionOf(Database &db, TicketId ticket)
{
    const auto read = TicketStore(db).ticket(ticket);
    return read ? read->version : -1;
}

/// Another desktop in another process: this test program started again with a task.
std::unique_ptr<QProcess> startPeer(const DatabaseUrl &url, const QString &action)
{
    auto peer = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(peerActionVariable, action);
    env.insert(u"CASEBOOK_PEER_URL"_s, url.toString());
    env.insert(u"CASEBOOK_PGPASSWORD"_s, url.password);
    peer->setProcessEnvironment(env);
    peer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer->start(QCoreApplication::applicationFilePath(), {});
    return peer;
}

/// The peer's side: "assign <ticket> <agent>", "tag <ticket> <agent> <tag>",
/// "presence <ticket> <agent>" (typing until killed).
int runPeer(const QString &action)
{
    const auto parsed = DatabaseUrl::parse(qEnvironmentVariable("CASEBOOK_PEER_URL"));
    if (!parsed)
        return 2;
    DatabaseUrl url = *parsed;
    url.takePasswordFromEnvironment();
    auto db = Database::open(url);
    if (!db)
        return 3;
    const QStringList words = action.split(u' ');
    const TicketId ticket(words.value(1).toLongLong());
    const AgentId agent(words.value(2).toLongLong());
    if (words.first() == u"assign") {
        const auto read = TicketStore(**db).ticket(ticket);
        return read && TicketStore(**db).assign(ticket, agent, read->version, agent) ? 0 : 4;
    }
    if (words.first() == u"tag")
        return TicketTags(**db, Clock::system()).add(ticket, words.value(3), agent) ? 0 : 5;
    if (words.first() == u"presence") {
        Session session(**db, Clock::system(), nullptr);
        session.setAgent(agent);
        Presence presence(session);
        presence.setBeatInterval(200);
        presence.setTicket(ticket);
        QTimer typing; // a steady typist
        QObject::connect(&typing, &QTimer::timeout, &presence, &Presence::noteTyping);
        typing.start(100);
        return QCoreApplication::exec(); // until killed: it never says goodbye
    }
    return 1;
}

QString pgServerScript()
{
    return QStringLiteral(CASEBOOK_PGSERVER_SCRIPT);
}

} // namespace

class TestTeamLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void liveUpdateFromAnotherProcessKeepsSelectionAndDraft();
    void presenceShowsTypingAndExpiresWhenADesktopGoesAway();
    void staleWriteIsRefusedAndTheDraftKept();
    void tagEditsMerge();
    void droppedConnectionsReconnectAndCatchUp();
    void serverRestartWhileAReplyIsTyped();
    void lostUpdateTortureShort();
    void listenerChaosShort();
    void liveLatencyShort();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
};

void TestTeamLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<QList<Change>>();
}

void TestTeamLive::init()
{
    CASEBOOK_REQUIRE_POSTGRES();
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(m_testDb->isValid(), qPrintable(m_testDb->error()));
}

void TestTeamLive::cleanup()
{
    m_testDb.reset();
}

void TestTeamLive::liveUpdateFromAnotherProcessKeepsSelectionAndDraft()
{
    Team team(m_testDb->url());
    QVERIFY(team.ticket.isValid());
    Desk anna(m_testDb->url(), team.anna);
    QVERIFY(anna.isValid());
    QAbstractItemModelTester tester(anna.inbox.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(anna.inbox->isCountKnown());
    QItemSelectionModel selection(anna.inbox.get());
    selection.setCurrentIndex(anna.inbox->indexOf(team.ticket),
                              QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    QVERIFY(anna.open->open(team.ticket).ok());
    (void)anna.open->saveDraft(MessageKind::Agent, u"Dear customer, half a reply"_s);

    // Ivan, at his desk in another process, takes the ticket and tags it.
    for (const QString &action : {u"assign %1 %2"_s, u"tag %1 %2 export"_s}) {
        auto peer = startPeer(m_testDb->url(), action.arg(team.ticket.value()).arg(team.ivan.value()));
        QVERIFY(peer->waitForFinished(20'000));
        QCOMPARE(peer->exitCode(), 0);
    }

    const auto assigneeShown = [&] {
        return anna.inbox->index(anna.inbox->indexOf(team.ticket).row(), InboxModel::AssigneeColumn).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(assigneeShown(), u"Ivan Petrov"_s, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(anna.open->tags().contains(u"export"_s), 5000);
    QCOMPARE(anna.open->ticket().assignee, team.ivan);
    // The row was updated in place: still the current row, and Anna's text is untouched.
    QCOMPARE(anna.inbox->ticketAt(selection.currentIndex()), team.ticket);
    QCOMPARE(anna.open->draft(MessageKind::Agent).body, u"Dear customer, half a reply"_s);
}

void TestTeamLive::presenceShowsTypingAndExpiresWhenADesktopGoesAway()
{
    Team team(m_testDb->url());
    Desk anna(m_testDb->url(), team.anna);
    QVERIFY(anna.isValid());
    Presence presence(*anna.session);
    presence.setBeatInterval(200);
    presence.setTicket(team.ticket);

    auto ivan = startPeer(m_testDb->url(), u"presence %1 %2"_s.arg(team.ticket.value()).arg(team.ivan.value()));
    QVERIFY(ivan->waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(presence.typingOn(team.ticket), QStringList{u"Ivan Petrov"_s}, 10'000);
    QCOMPARE(presence.othersOn(team.ticket).size(), 1);

    // Ivan's desktop dies without a word: his row expires by itself.
    ivan->kill();
    QVERIFY(ivan->waitForFinished());
    QTRY_VERIFY_WITH_TIMEOUT(presence.othersOn(team.ticket).isEmpty(), 3000);
}

void TestTeamLive::staleWriteIsRefusedAndTheDraftKept()
{
    Team team(m_testDb->url());
    Desk anna(m_testDb->url(), team.anna);
    Desk ivan(m_testDb->url(), team.ivan);
    QVERIFY(anna.isValid() && ivan.isValid());
    QVERIFY(anna.open->open(team.ticket).ok());
    QVERIFY(anna.open->saveDraft(MessageKind::Agent, u"My own words"_s).ok());

    // Ivan takes it first; Anna's desktop has not heard of it yet when she takes it too.
    QVERIFY(TicketAssignment(*ivan.db, Clock::system())
                .take(team.ticket, versionOf(*ivan.db, team.ticket), team.ivan)
                .ok());
    const Status taken = anna.open->take();
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().kind, Error::Kind::Conflict);
    QVERIFY2(taken.error().message.contains(u"Ivan Petrov"_s), qPrintable(taken.error().message));
    // She sees who changed what, and keeps her text.
    QCOMPARE(anna.open->ticket().assignee, team.ivan);
    QCOMPARE(anna.open->draft(MessageKind::Agent).body, u"My own words"_s);
    const auto stored = DraftStore(*anna.db).draft(team.anna, DraftStore::replyScope(team.ticket));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->body, u"My own words"_s);
}

void TestTeamLive::tagEditsMerge()
{
    Team team(m_testDb->url());
    Desk anna(m_testDb->url(), team.anna);
    Desk ivan(m_testDb->url(), team.ivan);
    QVERIFY(anna.isValid() && ivan.isValid());
    QVERIFY(anna.open->open(team.ticket).ok());
    QVERIFY(ivan.open->open(team.ticket).ok());
    QVERIFY(anna.open->addTag(u"stale"_s).ok());
    QTRY_VERIFY(ivan.open->tags().contains(u"stale"_s));

    // Both edit the tags from the same view of the ticket, before either hears of the other.
    QVERIFY(anna.open->addTag(u"billing"_s).ok());
    QVERIFY(ivan.open->addTag(u"export"_s).ok());
    QVERIFY(ivan.open->removeTag(u"stale"_s).ok());
    const QStringList merged{u"billing"_s, u"export"_s};
    QTRY_COMPARE_WITH_TIMEOUT(anna.open->tags(), merged, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ivan.open->tags(), merged, 5000);
    const auto stored = TicketStore(*anna.db).tags(team.ticket);
    QVERIFY(stored.ok());
    QCOMPARE(*stored, merged);
}

void TestTeamLive::droppedConnectionsReconnectAndCatchUp()
{
    Team team(m_testDb->url());
    Desk anna(m_testDb->url(), team.anna);
    Desk ivan(m_testDb->url(), team.ivan);
    QVERIFY(anna.isValid() && ivan.isValid());
    QVERIFY(anna.open->open(team.ticket).ok());
    QSignalSpy reconnected(anna.db->changeFeed(), &ChangeFeed::reconnected);

    // Every other session on the database is cut off (Anna's all, Ivan's listener), as a
    // network loss would.
    const qint64 annaListener = anna.db->changeFeed()->listenerBackend();
    QVERIFY(annaListener > 0);
    QSqlQuery cut(ivan.db->connection());
    QVERIFY(cut.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                     "AND pid <> pg_backend_pid()"_s));
    // Meanwhile Ivan writes: the NOTIFYs are lost to Anna, the log is not.
    QVERIFY(TicketTags(*ivan.db, Clock::system()).add(team.ticket, u"while-away"_s, team.ivan).ok());
    QVERIFY(TicketStore(*ivan.db).addMessage(team.ticket, MessageKind::Note, team.ivan, u"Checked the logs"_s).ok());

    QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() >= 1, 5000);
    QCOMPARE(anna.db->state(), Database::State::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(anna.open->tags().contains(u"while-away"_s), 5000);
    QVERIFY(anna.db->changeFeed()->listenerBackend() != annaListener);
    // Anna's own writes work again on new sessions.
    QVERIFY(anna.open->addTag(u"after"_s).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ivan.open->open(team.ticket).ok() && ivan.open->tags().contains(u"after"_s), 5000);
}

void TestTeamLive::serverRestartWhileAReplyIsTyped()
{
    // A private server: stopping the shared one would pull it from under other tests.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess start;
    start.start(pgServerScript(), {u"start"_s, dir.path()});
    QVERIFY(start.waitForFinished(60'000));
    QCOMPARE(start.exitCode(), 0);
    QSettings env(dir.filePath(u"server.env"_s), QSettings::IniFormat);
    if (env.contains(u"unavailable"_s))
        QSKIP(qPrintable(env.value(u"unavailable"_s).toString()));
    const QString bin = env.value(u"bin"_s).toString();
    const QString port = env.value(u"port"_s).toString();
    const auto pgCtl = [&](const QStringList &arguments) {
        QProcess ctl;
        ctl.start(bin + u"/pg_ctl"_s, QStringList{u"-D"_s, dir.filePath(u"data"_s), u"-w"_s} + arguments);
        return ctl.waitForFinished(60'000) && ctl.exitCode() == 0;
    };
    const auto stopServer = qScopeGuard([&] { (void)pgCtl({u"stop"_s, u"-m"_s, u"immediate"_s}); });

    DatabaseUrl admin;
    admin.engine = DatabaseUrl::Engine::PostgreSQL;
    admin.host = env.value(u"host"_s).toString();
    admin.port = port.toInt();
    admin.user = env.value(u"user"_s).toString();
    admin.password = env.value(u"password"_s).toString();
    admin.databaseName = u"postgres"_s;
    {
        // An empty maintenance database has no schema: create the team's database by hand.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"restart-admin"_s);
        raw.setHostName(admin.host);
        raw.setPort(admin.port);
        raw.setUserName(admin.user);
        raw.setPassword(admin.password);
        raw.setDatabaseName(u"postgres"_s);
        QVERIFY(raw.open());
        QSqlQuery create(raw);
        QVERIFY(create.exec(u"CREATE DATABASE team"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"restart-admin"_s);
    DatabaseUrl url = admin;
    url.databaseName = u"team"_s;
    Team team(url);
    QVERIFY(team.ticket.isValid());
    Desk anna(url, team.anna);
    QVERIFY(anna.isValid());
    QVERIFY(anna.open->open(team.ticket).ok());
    QVERIFY(anna.open->saveDraft(MessageKind::Agent, u"Dear Olga,"_s).ok());

    QVERIFY(pgCtl({u"stop"_s, u"-m"_s, u"fast"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(anna.db->state(), Database::State::Disconnected, 5000);
    // Typed while the server is away: not in the database, kept here, and she is told.
    const auto whileDown = anna.open->saveDraft(MessageKind::Agent, u"Dear Olga, the export works again."_s);
    QVERIFY(!whileDown.ok());
    QVERIFY2(whileDown.error().message.contains(u"kept on this computer"_s), qPrintable(whileDown.error().message));
    QCOMPARE(anna.open->draft(MessageKind::Agent).body, u"Dear Olga, the export works again."_s);
    // The ticket stays readable from what is loaded.
    QCOMPARE(anna.open->ticket().subject, u"Export is empty"_s);

    QVERIFY(pgCtl({u"start"_s, u"-l"_s, dir.filePath(u"server.log"_s), u"-o"_s,
                   u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off"_s.arg(port, dir.path())}));
    QTRY_COMPARE_WITH_TIMEOUT(anna.db->state(), Database::State::Connected, 20'000);
    const auto rescued = DraftStore(*anna.db).saveLocalDrafts(team.anna);
    QVERIFY2(rescued.ok(), rescued.ok() ? "" : qPrintable(rescued.error().message));
    QCOMPARE(rescued.value(), 1);
    const auto stored = DraftStore(*anna.db).draft(team.anna, DraftStore::replyScope(team.ticket));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->body, u"Dear Olga, the export works again."_s);
    // And she can work on: a write after the restart goes through.
    QVERIFY(anna.open->addTag(u"after-restart"_s).ok());
}

void TestTeamLive::lostUpdateTortureShort()
{
    QString error;
    const auto tickets = Test::TeamLoad::seed(m_testDb->url(), 8, 10, &error);
    QVERIFY2(!tickets.isEmpty(), qPrintable(error));
    const auto result = Test::TeamLoad::torture(m_testDb->url(), tickets, 8, 400, 13);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"; ")));
    QCOMPARE(result.otherErrors, 0);
    QCOMPARE(result.lostUpdates, 0);
    QCOMPARE(result.edits, 400);
    QVERIFY(result.conflicts > 0); // the run did collide, and each collision was a conflict
    QCOMPARE(result.committed + result.conflicts, result.edits);
}

void TestTeamLive::listenerChaosShort()
{
    QString error;
    const auto tickets = Test::TeamLoad::seed(m_testDb->url(), 2, 10, &error);
    QVERIFY2(!tickets.isEmpty(), qPrintable(error));
    const auto result = Test::TeamLoad::chaos(m_testDb->url(), tickets, 2, 10, 30);
    QCOMPARE(result.kills, 10);
    QCOMPARE(result.reconnectMs.size(), 10);
    QVERIFY(result.written > 0);
    QCOMPARE(result.missed, 0);
    QCOMPARE(result.duplicated, 0);
    QVERIFY(result.convergeMs >= 0 && result.convergeMs <= 5000);
}

void TestTeamLive::liveLatencyShort()
{
    QString error;
    const auto tickets = Test::TeamLoad::seed(m_testDb->url(), 4, 20, &error);
    QVERIFY2(!tickets.isEmpty(), qPrintable(error));
    const auto result = Test::TeamLoad::liveLatency(m_testDb->url(), tickets, 30, 2);
    QCOMPARE(result.timeouts, 0);
    QVERIFY2(result.ms.size() >= 25, qPrintable(QString::number(result.ms.size())));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString action = qEnvironmentVariable("CASEBOOK_TEAMLIVE_PEER"); !action.isEmpty())
        return runPeer(action);
    TestTeamLive test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamlive.moc"
