// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/team/teamsettings.h"
#include "models/tickets/lifecycle/ticketlifecycle.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/support/enginetest.h"
#include "tests/support/windowfixture.h"
#include "views/settings/settingsdialog.h"
#include "views/settings/teampage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestTeamPage final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R14_R24_R32_R36_aLeadChangesTheTeamsRules();
    void othersSeeThemOnly();
    void R15_R34_aLeadEditsTheSlaPolicies();
    void R34_aLeadGivesASeverityItsOwnTimes();
    void brokenValuesReadAsThePlaybooks();

private:
    [[nodiscard]] Session &session() { return m_app->context().session(); }
    [[nodiscard]] TeamSettingsStore &store() const { return m_app->services().teamSettings; }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Test::WindowFixture> m_app;
    AgentId m_agent;
    AgentId m_lead;
};

void TestTeamPage::init()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    m_agent = addAgent(u"zoe"_s, u"Zoe Agent"_s);
    m_lead = addAgent(u"adam"_s, u"Adam Lead"_s, AgentRole::Lead);
    m_app = std::make_unique<Test::WindowFixture>(*m_db, m_settings.get(), m_clock->nowMs());
}

void TestTeamPage::cleanup()
{
    m_app.reset();
    closeDatabase();
}

void TestTeamPage::R14_R24_R32_R36_aLeadChangesTheTeamsRules()
{
    session().setAgent(m_lead);
    SettingsDialog dialog(m_settings.get(), m_db->url());
    dialog.addTeamPage(session(), store());
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
    QCOMPARE(store().read()->longHeldBusinessDays, 5);
}

void TestTeamPage::othersSeeThemOnly()
{
    TeamSettings rules;
    rules.solvedToClosedHours = 96;
    QVERIFY(store().write(rules).ok());
    session().setAgent(m_agent);
    TeamPage page(session(), store());
    auto *close = Test::namedChild<QSpinBox>(&page, u"team.closeAfter"_s);
    QCOMPARE(close->value(), 96);
    QVERIFY(!close->isEnabled());
    QVERIFY(Test::namedChild<QLabel>(&page, u"team.message"_s)->text().contains(u"shift lead"_s));
    close->setValue(5); // even if a value got through, nothing is written
    QVERIFY(page.apply().ok());
    QCOMPARE(store().read()->solvedToClosedHours, 96);
}

void TestTeamPage::R15_R34_aLeadEditsTheSlaPolicies()
{
    const auto policies = store().slaPolicies().value();
    const SlaPolicy premium = policies.at(0).policy;
    QCOMPARE(premium.name, u"Premium"_s);
    session().setAgent(m_lead);
    {
        TeamPage page(session(), store());
        page.resize(720, 760);
        page.show();
        auto *first = Test::namedChild<QSpinBox>(&page, u"team.sla.%1.first"_s.arg(premium.id));
        auto *next = Test::namedChild<QSpinBox>(&page, u"team.sla.%1.next"_s.arg(premium.id));
        auto *clock = Test::namedChild<QComboBox>(&page, u"team.sla.%1.clock"_s.arg(premium.id));
        auto *standardTier = Test::namedChild<QComboBox>(&page, u"team.sla.standard"_s);
        QVERIFY(first && next && clock && standardTier);
        QCOMPARE(first->value(), 60);
        QCOMPARE(next->value(), 240);
        QCOMPARE(clock->currentIndex(), 0); // business hours
        QCOMPARE(standardTier->currentText(), u"Standard"_s);
        first->setValue(20);
        next->setValue(120);
        clock->setCurrentIndex(1); // round the clock
        standardTier->setCurrentText(u"Premium"_s);
        QVERIFY(page.apply().ok());
        // Saved twice: the page carries the versions it wrote.
        first->setValue(25);
        QVERIFY(page.apply().ok());
    }
    const SlaPolicy saved = store().slaPolicies().value().at(0).policy;
    QCOMPARE(saved.firstResponseMinutes, 25);
    QCOMPARE(saved.nextResponseMinutes, 120);
    QVERIFY(!saved.businessHours);
    QCOMPARE(store().read()->standardSlaPolicy, u"Premium"_s);

    // An agent sees them only.
    session().setAgent(m_agent);
    TeamPage page(session(), store());
    QVERIFY(!Test::namedChild<QSpinBox>(&page, u"team.sla.%1.first"_s.arg(premium.id))->isEnabled());
    QVERIFY(!Test::namedChild<QComboBox>(&page, u"team.sla.premium"_s)->isEnabled());
}

void TestTeamPage::R34_aLeadGivesASeverityItsOwnTimes()
{
    const SlaPolicy premium = store().slaPolicies().value().at(0).policy;
    QCOMPARE(premium.name, u"Premium"_s);
    session().setAgent(m_lead);
    {
        TeamPage page(session(), store());
        page.resize(720, 760);
        page.show();
        auto *severity = Test::namedChild<QComboBox>(&page, u"team.sla.severity"_s);
        auto *first = Test::namedChild<QSpinBox>(&page, u"team.sla.%1.first"_s.arg(premium.id));
        auto *next = Test::namedChild<QSpinBox>(&page, u"team.sla.%1.next"_s.arg(premium.id));
        QVERIFY(severity && first && next);
        QCOMPARE(severity->currentData().toString(), QString()); // the policy's own times first
        QCOMPARE(first->value(), 60);
        // The shipped critical target (migration 028).
        severity->setCurrentIndex(severity->findData(u"critical"_s));
        QCOMPARE(first->value(), 15);
        QCOMPARE(next->value(), 60);
        // High has none: both boxes say so; a first response of its own, the next stays the policy's.
        severity->setCurrentIndex(severity->findData(u"high"_s));
        QCOMPARE(first->value(), 0);
        QCOMPARE(first->text(), first->specialValueText());
        first->setValue(30);
        // Critical's own times cleared: it answers as the policy does.
        severity->setCurrentIndex(severity->findData(u"critical"_s));
        first->setValue(0);
        next->setValue(0);
        // Back to any severity: the policy's own times were left alone.
        severity->setCurrentIndex(0);
        QCOMPARE(first->value(), 60);
        QCOMPARE(first->minimum(), 1);
        QVERIFY(page.apply().ok());
        severity->setCurrentIndex(severity->findData(u"high"_s));
        QCOMPARE(next->value(), 240); // filled from the policy's on save
    }
    const StoredSlaPolicy saved = store().slaPolicies().value().at(0);
    QCOMPARE(saved.policy.firstResponseMinutes, 60);
    QCOMPARE(saved.targets, (QList<SlaTarget>{{u"high"_s, 30, 240}}));
}

void TestTeamPage::brokenValuesReadAsThePlaybooks()
{
    TeamSettings zero;
    zero.longHeldBusinessDays = 0;
    QVERIFY(!store().write(zero).ok()); // refused, nothing written
    QCOMPARE(store().read()->longHeldBusinessDays, 3);
}

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
