// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/team/teamrules.h"
#include "models/tickets/lifecycle/ticketlifecycle.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/support/testdatabase.h"
#include "views/settings/settingsdialog.h"
#include "views/settings/teampage.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTeamPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R14_R24_R32_R36_aLeadChangesTheTeamsRules();
    void othersSeeThemOnly();
    void brokenValuesReadAsThePlaybooks();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    AgentId m_agent;
    AgentId m_lead;
};

void TestTeamPage::init()
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine == DatabaseUrl::Engine::PostgreSQL)
        CASEBOOK_REQUIRE_POSTGRES();
    m_testDb = std::make_unique<Test::TestDatabase>(engine);
    QVERIFY(m_testDb->isValid());
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(1'795'000'000'000);
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    AgentStore agents(*m_db, *m_clock);
    m_agent = agents.create({{}, u"zoe"_s, u"Zoe Agent"_s, u"zoe@example.org"_s}).value();
    m_lead = agents.create({{}, u"adam"_s, u"Adam Lead"_s, u"adam@example.org"_s, AgentRole::Lead}).value();
}

void TestTeamPage::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

void TestTeamPage::R14_R24_R32_R36_aLeadChangesTheTeamsRules()
{
    Session session(*m_db, *m_clock, m_settings.get());
    session.setAgent(m_lead);
    SettingsDialog dialog(m_settings.get(), m_db->url());
    dialog.addTeamPage(session);
    auto *page = Test::namedChild<TeamPage>(&dialog, u"settings.page.team"_s);
    QVERIFY(page);
    auto *locked = Test::namedChild<QCheckBox>(page, u"team.tagsLocked"_s);
    auto *close = Test::namedChild<QSpinBox>(page, u"team.closeAfter"_s);
    auto *solve = Test::namedChild<QSpinBox>(page, u"team.solveAfter"_s);
    auto *held = Test::namedChild<QSpinBox>(page, u"team.heldAfter"_s);
    QVERIFY(locked && close && solve && held);
    // The playbook's own numbers until the team changes them.
    QVERIFY(!locked->isChecked());
    QCOMPARE(close->value(), 72);
    QCOMPARE(solve->value(), 48);
    QCOMPARE(held->value(), 3);
    QVERIFY(locked->isEnabled());

    locked->setChecked(true);
    close->setValue(24);
    solve->setValue(16);
    held->setValue(5);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(TicketTags(*m_db, *m_clock).isLocked().value());
    const auto lifecycle = TicketLifecycle(*m_db, *m_clock).settings({});
    QCOMPARE(lifecycle->solvedToClosedMs, 24LL * 3600 * 1000);
    QCOMPARE(lifecycle->pendingToSolvedWorkingMs, 16LL * 3600 * 1000);
    QCOMPARE(TeamRules::read(*m_db)->longHeldBusinessDays, 5);
}

void TestTeamPage::othersSeeThemOnly()
{
    TeamRules rules;
    rules.solvedToClosedHours = 96;
    QVERIFY(rules.write(*m_db).ok());
    Session session(*m_db, *m_clock, m_settings.get());
    session.setAgent(m_agent);
    TeamPage page(session);
    auto *close = Test::namedChild<QSpinBox>(&page, u"team.closeAfter"_s);
    QCOMPARE(close->value(), 96);
    QVERIFY(!close->isEnabled());
    QVERIFY(Test::namedChild<QLabel>(&page, u"team.message"_s)->text().contains(u"shift lead"_s));
    close->setValue(5); // even if a value got through, nothing is written
    QVERIFY(page.apply().ok());
    QCOMPARE(TeamRules::read(*m_db)->solvedToClosedHours, 96);
}

void TestTeamPage::brokenValuesReadAsThePlaybooks()
{
    TeamRules zero;
    zero.longHeldBusinessDays = 0;
    QVERIFY(!zero.write(*m_db).ok()); // refused, nothing written
    QCOMPARE(TeamRules::read(*m_db)->longHeldBusinessDays, 3);
}

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
