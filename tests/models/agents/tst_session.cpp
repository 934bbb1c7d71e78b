// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "tests/support/testdatabase.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheAgentAndRemembersTheChoice_data() { Test::addEngineColumn(); }
    void findsTheAgentAndRemembersTheChoice();
    void noAgentsGivesAnInvalidId_data() { Test::addEngineColumn(); }
    void noAgentsGivesAnInvalidId();
    void firstPersonBecomesAdmin_data() { Test::addEngineColumn(); }
    void firstPersonBecomesAdmin();
    void permissionsFollowTheRole_data();
    void permissionsFollowTheRole();
    void peopleAreEditedWithAVersionCheck_data() { Test::addEngineColumn(); }
    void peopleAreEditedWithAVersionCheck();
};

void TestSession::findsTheAgentAndRemembersTheChoice()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    AgentStore agents(*db, clock);
    const auto first = agents.create({{}, u"zoe.first"_s, u"Zoe First"_s, u"zoe@example.org"_s});
    const auto lead = agents.create({{}, u"adam.lead"_s, u"Adam Lead"_s, u"adam@example.org"_s, AgentRole::Lead});
    QVERIFY(first.ok() && lead.ok());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    {
        // Nothing remembered: the team's first member, not the first by name.
        Session session(*db, clock, &settings);
        QCOMPARE(session.agentId(), *first);
        QVERIFY(!session.isLead());
        QSignalSpy changed(&session, &Session::agentChanged);
        session.setAgent(*lead);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.agent().login, u"adam.lead"_s);
        QVERIFY(session.isLead());
    }
    // The choice is remembered for this database.
    Session again(*db, clock, &settings);
    QCOMPARE(again.agentId(), *lead);
}

void TestSession::noAgentsGivesAnInvalidId()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    Session session(*db, clock, nullptr);
    QVERIFY(!session.agentId().isValid());
    // Nobody signed in may do anything only some roles may.
    QVERIFY(!session.can(Permission::ManageTeamRules));
    QVERIFY(!session.can(Permission::ManagePeople));
}

void TestSession::firstPersonBecomesAdmin()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    Session session(*db, clock, &settings);
    QVERIFY(session.needsFirstPerson());
    QSignalSpy changed(&session, &Session::agentChanged);

    QVERIFY(session.becomeFirstAdmin(u"zoe"_s, u" Zoe Founder "_s, u"zoe@example.org"_s).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!session.needsFirstPerson());
    QCOMPARE(session.agent().displayName, u"Zoe Founder"_s);
    QCOMPARE(session.agent().role, AgentRole::Admin);
    QVERIFY(session.can(Permission::ManagePeople));
    QVERIFY(session.isLead()); // Settings > Team is hers to change now

    // Asked once: the next start knows her, and nobody else can become "first".
    Session again(*db, clock, &settings);
    QVERIFY(!again.needsFirstPerson());
    QCOMPARE(again.agentId(), session.agentId());
    QCOMPARE(again.becomeFirstAdmin(u"eve"_s, u"Eve"_s, {}).error().kind, Error::Kind::Conflict);
}

void TestSession::permissionsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("teamRules");
    QTest::addColumn<bool>("people");
    QTest::addColumn<bool>("privateTickets");
    QTest::newRow("agent") << int(AgentRole::Agent) << true << false << false << false;
    QTest::newRow("lead") << int(AgentRole::Lead) << true << true << false << true;
    QTest::newRow("admin") << int(AgentRole::Admin) << true << true << true << true;
    QTest::newRow("deactivated admin") << int(AgentRole::Admin) << false << false << false << false;
}

void TestSession::permissionsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, active);
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    AgentStore agents(*db, clock);
    Agent person{{}, u"pat"_s, u"Pat"_s, {}, AgentRole(role)};
    person.active = active;
    const auto id = agents.create(person);
    QVERIFY(id.ok());
    Session session(*db, clock, nullptr);
    session.setAgent(*id);
    QTEST(session.can(Permission::ManageTeamRules), "teamRules");
    QTEST(session.can(Permission::ManagePeople), "people");
    QTEST(session.can(Permission::UpgradeSchema), "people");
    QTEST(session.can(Permission::SeePrivateTickets), "privateTickets");
}

void TestSession::peopleAreEditedWithAVersionCheck()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    AgentStore agents(*db, clock);
    Agent zoe{{}, u"zoe"_s, u"Zoe"_s, u"zoe@example.org"_s};
    zoe.languages = {u"en"_s, u"de"_s};
    const auto id = agents.create(zoe);
    QVERIFY(id.ok());
    Agent stored = agents.agent(*id).value();
    QCOMPARE(stored.languages, (QStringList{u"en"_s, u"de"_s}));

    stored.role = AgentRole::Lead;
    stored.languages = {u"ru"_s};
    stored.login = u"renamed"_s; // ignored: the login names her in history and on the server
    const auto updated = agents.update(stored, stored.version);
    QVERIFY(updated.ok());
    const Agent after = agents.agent(*id).value();
    QCOMPARE(after.role, AgentRole::Lead);
    QCOMPARE(after.languages, QStringList{u"ru"_s});
    QCOMPARE(after.login, u"zoe"_s);
    QCOMPARE(after.version, *updated);
    // Someone else was first: refused, nothing written.
    stored.displayName = u"Zoe Stale"_s;
    QCOMPARE(agents.update(stored, stored.version).error().kind, Error::Kind::Conflict);
    QCOMPARE(agents.agent(*id).value().displayName, u"Zoe"_s);

    // Deactivated people stay, listed after the active ones.
    QVERIFY(agents.create({{}, u"amy"_s, u"Amy"_s}).ok());
    Agent gone = after;
    gone.active = false;
    QVERIFY(agents.update(gone, after.version).ok());
    const QList<Agent> everyone = agents.everyone().value();
    QCOMPARE(everyone.size(), 2);
    QCOMPARE(everyone.at(0).login, u"amy"_s);
    QCOMPARE(everyone.at(1).login, u"zoe"_s);
    QCOMPARE(agents.agents().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
