// SPDX-License-Identifier: GPL-3.0-or-later
// The accesses on the Customers card, in the window the application builds: "Add access"
// works for the first customer shown, and the vault is set up once (Settings > Vault or the
// first access), never from a form repeated on every card.
#include "tests/support/windowfixture.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "tests/views/vault/vaultfixture.h"

#include "models/agents/agentstore.h"
#include "models/customers/customerstore.h"
#include "models/storage/database.h"
#include "models/vault/customeraccessesmodel.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/testdatabase.h"
#include "views/customers/customercard.h"
#include "views/customers/customersview.h"
#include "views/settings/settingsdialog.h"
#include "views/vault/vaultpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

namespace {
const QString passphrase = u"our team passphrase, long enough"_s;
} // namespace

class TestCustomerVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addAccessWorksForTheFirstCustomerShown_data();
    void addAccessWorksForTheFirstCustomerShown();
    void cardsShowOneLineUntilTheVaultIsSetUp();
    void settingsSetsTheVaultUpOnce();

private:
    [[nodiscard]] CustomersView *customers() const;
    [[nodiscard]] QToolButton *addButton() const;

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Test::WindowFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QList<CustomerId> m_customers;
};

void TestCustomerVault::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"casebook.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    const Clock &clock = Clock::system();
    Agent mira;
    mira.login = u"mira"_s;
    mira.displayName = u"Mira Kovač"_s;
    QVERIFY(AgentStore(*m_db, clock).create(mira).ok());
    m_customers.clear();
    for (const QString &name : {u"Acme Shop"_s, u"Beta Ltd"_s, u"Gamma GmbH"_s}) {
        Customer c;
        c.displayName = name;
        m_customers.append(CustomerStore(*m_db, clock).create(c).value());
    }
    m_fixture = std::make_unique<Test::WindowFixture>(*m_db, m_settings.get());
}

void TestCustomerVault::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_db.reset();
    m_testDb.reset();
}

CustomersView *TestCustomerVault::customers() const
{
    return qobject_cast<CustomersView *>(m_window->sectionWidget(MainWindow::Section::Customers));
}

QToolButton *TestCustomerVault::addButton() const
{
    return namedChild<QToolButton>(customers(), u"vault.add"_s);
}

void TestCustomerVault::addAccessWorksForTheFirstCustomerShown_data()
{
    QTest::addColumn<bool>("keyOnThisMachine");
    QTest::newRow("unlocked from the keychain at start") << true;
    QTest::newRow("unlocked with the passphrase on the card") << false;
}

void TestCustomerVault::addAccessWorksForTheFirstCustomerShown()
{
    QFETCH(bool, keyOnThisMachine);
    {
        // A vault set up earlier (another start of the app), by Mira: she holds the key.
        MemoryKeyStore keys;
        VaultStore earlier(*m_db, keys, Clock::system(), KdfParams::minimum());
        const AgentId mira = AgentStore(*m_db, Clock::system()).byLogin(u"mira"_s).value();
        QVERIFY(earlier.setUp(passphrase, mira).ok());
        if (keyOnThisMachine) {
            const QString account = earlier.keyStoreAccount().value();
            m_fixture->keychain().keys[account] = keys.load(account).value()->view().toByteArray();
        }
    }
    Test::FakeVaultPrompts prompts;
    m_window = m_fixture->makeWindow();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showSection(MainWindow::Section::Customers);
    QVERIFY(customers());
    QTRY_VERIFY(customers()->isVisible());
    // The first customer's card is shown without a click.
    QCOMPARE(customers()->card()->customer(), m_customers.first());
    QToolButton *add = addButton();
    QVERIFY(add);
    if (!keyOnThisMachine) {
        QTRY_COMPARE(m_window->vaultSession().state(), VaultSession::State::Locked);
        auto *field = namedChild<QLineEdit>(customers(), u"vault.unlock.passphrase"_s);
        QVERIFY(field);
        QTest::keyClicks(field, passphrase);
        QTest::mouseClick(namedChild<QPushButton>(customers(), u"vault.unlock.button"_s), Qt::LeftButton);
    }
    QTRY_COMPARE(m_window->vaultSession().state(), VaultSession::State::Unlocked);
    QTRY_VERIFY2(add->isEnabled(), "Add access is disabled for the first customer shown");

    VaultEntryDraft draft;
    draft.entry.customer = m_customers.first();
    draft.entry.kind = VaultEntryKind::WordPress;
    draft.entry.label = u"Shop admin"_s;
    draft.secret = u"first-customer-secret"_s;
    prompts.drafts.push_back(draft);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(prompts.asked, QStringList{u"add"_s});
    const auto entries = m_window->vaultSession().store().entries(m_customers.first());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().label, u"Shop admin"_s);

    // Another customer and back: still enabled.
    auto *list = namedChild<QListView>(customers(), u"customers.list"_s);
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(customers()->card()->customer(), m_customers.at(1));
    QVERIFY(add->isEnabled());
}

void TestCustomerVault::cardsShowOneLineUntilTheVaultIsSetUp()
{
    Test::FakeVaultPrompts prompts;
    m_window = m_fixture->makeWindow();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showSection(MainWindow::Section::Customers);
    QTRY_VERIFY(customers()->isVisible());
    QTRY_COMPARE(m_window->vaultSession().state(), VaultSession::State::NotSetUp);

    // No passphrase form anywhere in the window: one line on the card.
    for (auto *field : m_window->findChildren<QLineEdit *>()) {
        QVERIFY2(!field->objectName().startsWith(u"vault.setup"_s), qPrintable(field->objectName()));
    }
    auto *line = namedChild<QLabel>(customers(), u"vault.notSetUp"_s);
    QVERIFY(line);
    QTRY_VERIFY(line->isVisible());
    QVERIFY(line->text().contains(u"Settings"_s));
    QVERIFY(line->height() < 4 * line->fontMetrics().height());

    // The first access sets the vault up, then is added.
    prompts.setUpPassphrase = passphrase;
    VaultEntryDraft draft;
    draft.entry.customer = m_customers.first();
    draft.entry.kind = VaultEntryKind::Server;
    draft.entry.label = u"Production"_s;
    draft.secret = u"ssh-secret"_s;
    prompts.drafts.push_back(draft);
    QToolButton *add = addButton();
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(prompts.asked, (QStringList{u"set up"_s, u"add"_s}));
    QCOMPARE(m_window->vaultSession().state(), VaultSession::State::Unlocked);
    QVERIFY(line->isHidden());
    QCOMPARE(m_window->vaultSession().store().entries(m_customers.first())->size(), 1);
}

void TestCustomerVault::settingsSetsTheVaultUpOnce()
{
    FakePrompts prompts;
    m_window = m_fixture->makeWindow();
    m_window->show();
    QTRY_COMPARE(m_window->vaultSession().state(), VaultSession::State::NotSetUp);
    const std::unique_ptr<SettingsDialog> settings(m_window->createSettingsDialog());
    auto *tabs = namedChild<QTabWidget>(settings.get(), u"settings.pages"_s);
    auto *page = namedChild<QWidget>(settings.get(), u"settings.page.vault"_s);
    QVERIFY(tabs && page);
    tabs->setCurrentWidget(page);
    settings->show();
    auto *passphraseField = namedChild<QLineEdit>(page, u"vault.setup.passphrase"_s);
    auto *confirm = namedChild<QLineEdit>(page, u"vault.setup.confirm"_s);
    auto *create = namedChild<QPushButton>(page, u"vault.setup.create"_s);
    QVERIFY(passphraseField && confirm && create);
    QTRY_VERIFY(passphraseField->isVisible());
    QTest::keyClicks(passphraseField, passphrase);
    QTest::keyClicks(confirm, passphrase);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(m_window->vaultSession().state(), VaultSession::State::Unlocked);
    QVERIFY(!passphraseField->isVisible()); // once: the form goes
    QVERIFY(namedChild<QLabel>(page, u"settings.vault.state"_s)->text().contains(u"open on this machine"_s));

    // The cards follow: no set-up line, "Add access" ready.
    m_window->showSection(MainWindow::Section::Customers);
    QTRY_VERIFY(customers()->isVisible());
    QVERIFY(namedChild<QLabel>(customers(), u"vault.notSetUp"_s)->isHidden());
    QVERIFY(addButton()->isEnabled());
}

QTEST_MAIN(TestCustomerVault)
#include "tst_customervault.moc"
