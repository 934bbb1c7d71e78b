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
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
