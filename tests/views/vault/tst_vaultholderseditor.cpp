// SPDX-License-Identifier: GPL-3.0-or-later
// The team key's holders in the window: a customer card whose person does not hold the key
// says so and whom to ask (instead of an empty list or a permission error) and follows a
// grant and a revocation; Settings > Vault lists the holders, and an admin gives and takes it.
#include "models/vault/customeraccessesmodel.h"
#include "models/vault/vaultholders.h"
#include "models/vault/vaultholdersmodel.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "vaultfixture.h"
#include "views/vault/vaultholderseditor.h"
#include "views/vault/vaultpanel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

namespace {

/// The fixture's vault, set up by Mira (so she holds the key), with an admin and an agent
/// who do not hold it, and one access.
struct Team
{
    Test::VaultFixture f;
    AgentId ada;
    AgentId olga;
    VaultEntryId access;

    bool init()
    {
        if (!f.init(false))
            return false;
        f.vault->setAgent(f.agent);
        if (!f.vault->setUp(Test::VaultFixture::passphrase))
            return false;
        ada = person(u"ada"_s, u"Ada Admin"_s, AgentRole::Admin);
        olga = person(u"olga"_s, u"Olga Other"_s, AgentRole::Agent);
        access = f.add(VaultEntryKind::Server, u"Production"_s, u"HOLDERS-CANARY"_s);
        return ada.isValid() && olga.isValid() && access.isValid();
    }

    AgentId person(const QString &login, const QString &name, AgentRole role) const
    {
        Agent agent;
        agent.login = login;
        agent.displayName = name;
        agent.role = role;
        const auto id = AgentStore(*f.db, f.clock).create(agent);
        return id ? *id : AgentId();
    }

    /// Another desk on the same database, with `who` at it.
    std::unique_ptr<VaultSession> deskOf(AgentId who, Test::FakeKeychain &keychain) const
    {
        auto vault = f.newVaultSession(keychain);
        vault->setAgent(who);
        return vault;
    }
};

} // namespace

class TestVaultHoldersView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nonHolderPanelSaysWhomToAsk();
    void adminGivesAndTakesTheKeyInSettings();
};

void TestVaultHoldersView::nonHolderPanelSaysWhomToAsk()
{
    Team team;
    QVERIFY(team.init());
    Test::FakeKeychain olgasMachine;
    auto vault = team.deskOf(team.olga, olgasMachine);
    CustomerAccessesModel accesses(*team.f.session, *vault);
    VaultPanel panel(accesses);
    panel.setCustomer(team.f.customer);
    panel.resize(720, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    auto *notHolder = namedChild<QLabel>(&panel, u"vault.notHolder"_s);
    QVERIFY(notHolder);
    QCOMPARE(vault->state(), VaultSession::State::NotHolder);
    QVERIFY(notHolder->isVisible());
    QVERIFY2(notHolder->text().contains(u"do not hold the team key"_s), qPrintable(notHolder->text()));
    QVERIFY2(notHolder->text().contains(u"Ada Admin"_s), qPrintable(notHolder->text()));
    // No passphrase to type, nothing to add, no access shown, no error.
    QVERIFY(!namedChild<QLineEdit>(&panel, u"vault.unlock.passphrase"_s)->isVisible());
    QVERIFY(!namedChild<QToolButton>(&panel, u"vault.add"_s)->isEnabled());
    const auto *row = panel.findChild<QWidget *>(u"vault.entry.%1"_s.arg(team.access.value()));
    QVERIFY(!row || !row->isVisible());
    QVERIFY(panel.message().isEmpty());
    QVERIFY(panel.grab().save(Test::vaultShotDir() + u"/vault-not-holder.png"_s));

    // An admin gives her the key: the panel asks for the passphrase instead.
    QVERIFY(VaultHolderStore(*team.f.db, team.f.clock).grant(team.olga, team.ada).ok());
    QTRY_VERIFY(!notHolder->isVisible());
    vault->skipKeychain();
    QTRY_VERIFY(namedChild<QLineEdit>(&panel, u"vault.unlock.passphrase"_s)->isVisible());

    // Taken back: the plain words again.
    QVERIFY(VaultHolderStore(*team.f.db, team.f.clock).revoke(team.olga).ok());
    QTRY_VERIFY(notHolder->isVisible());
    QVERIFY(!namedChild<QLineEdit>(&panel, u"vault.unlock.passphrase"_s)->isVisible());
}

void TestVaultHoldersView::adminGivesAndTakesTheKeyInSettings()
{
    Team team;
    QVERIFY(team.init());
    FakePrompts prompts;
    Test::FakeKeychain adasMachine;
    auto adaVault = team.deskOf(team.ada, adasMachine);
    adaVault->start();
    VaultHoldersEditor editor(*adaVault);
    editor.resize(520, 320);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *list = namedChild<QListView>(&editor, u"vault.holders.list"_s);
    auto *person = namedChild<QComboBox>(&editor, u"vault.holders.person"_s);
    auto *grant = namedChild<QPushButton>(&editor, u"vault.holders.grant"_s);
    auto *revoke = namedChild<QPushButton>(&editor, u"vault.holders.revoke"_s);
    QVERIFY(list && person && grant && revoke);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Mira Kovač"_s);
    QVERIFY(grant->isVisible());
    QCOMPARE(person->count(), 2); // Ada herself and Olga: not holders by role

    person->setCurrentIndex(person->findText(u"Olga Other"_s));
    QTest::mouseClick(grant, Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(VaultHolderStore(*team.f.db, team.f.clock).holds(team.olga).value());
    QCOMPARE(person->findText(u"Olga Other"_s), -1);
    QVERIFY(editor.grab().save(Test::vaultShotDir() + u"/vault-holders-admin.png"_s));

    list->setCurrentIndex(editor.model().indexOf(team.olga));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QCOMPARE(prompts.shown.size(), 1);
    QVERIFY(prompts.shown.first().contains(u"Olga Other"_s));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(!VaultHolderStore(*team.f.db, team.f.clock).holds(team.olga).value());

    // Mira holds the key but does not manage it: she sees the list and who does.
    VaultHoldersEditor mirasView(*team.f.vault);
    mirasView.show();
    QVERIFY(!namedChild<QPushButton>(&mirasView, u"vault.holders.grant"_s)->isVisible());
    QVERIFY(namedChild<QLabel>(&mirasView, u"vault.holders.hint"_s)->isVisible());
}

QTEST_MAIN(TestVaultHoldersView)
#include "tst_vaultholderseditor.moc"
