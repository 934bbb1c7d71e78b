// SPDX-License-Identifier: GPL-3.0-or-later
// A new team passphrase from Settings > Vault: only an admin (or the one person of a file
// nobody signed in to) sees the button; the dialog wants the current passphrase and the new
// one twice, says what was wrong and keeps the dialog open; after the change another desktop
// that had the vault open locks and says why, and opens with the new passphrase only.
#include "models/vault/vaultholders.h"
#include "tests/views/namedchild.h"
#include "vaultfixture.h"
#include "views/settings/vaultpage.h"
#include "views/vault/newpassphrasedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

namespace {

const QString next = u"a new one, after Bob left"_s;

void fill(NewPassphraseDialog &dialog, const QString &current, const QString &fresh, const QString &again)
{
    for (const auto &[name, text] :
         {std::pair{u"vault.newPassphrase.current"_s, current}, std::pair{u"vault.newPassphrase.next"_s, fresh},
          std::pair{u"vault.newPassphrase.confirm"_s, again}}) {
        auto *field = namedChild<QLineEdit>(&dialog, name);
        field->clear();
        QTest::keyClicks(field, text);
    }
}

} // namespace

class TestNewPassphrase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyAnAdminSeesTheButton();
    void theDialogSaysWhatIsWrongAndKeepsWhatWasRight();
    void anotherDesktopLocksAndAsksForTheNewPassphrase();
};

void TestNewPassphrase::onlyAnAdminSeesTheButton()
{
    {
        // Nobody signed in: a file's one person.
        Test::VaultFixture alone;
        QVERIFY(alone.init());
        VaultPage page(*alone.vault);
        QVERIFY(!namedChild<QPushButton>(&page, u"settings.vault.newPassphrase"_s)->isHidden());
    }
    Test::VaultFixture f;
    QVERIFY(f.init(false));
    f.vault->setAgent(f.agent); // Mira, an agent, sets the vault up and so holds the key
    QVERIFY(f.vault->setUp(Test::VaultFixture::passphrase).ok());
    QCOMPARE(f.vault->state(), VaultSession::State::Unlocked);
    {
        VaultPage page(*f.vault);
        QVERIFY(namedChild<QPushButton>(&page, u"settings.vault.newPassphrase"_s)->isHidden());
    }
    QVERIFY(f.tamper(u"UPDATE agents SET role = 'admin' WHERE id = ?"_s, {f.agent.value()}));
    {
        VaultPage page(*f.vault);
        QVERIFY(!namedChild<QPushButton>(&page, u"settings.vault.newPassphrase"_s)->isHidden());
        f.vault->lock();
        QVERIFY(namedChild<QPushButton>(&page, u"settings.vault.newPassphrase"_s)->isHidden());
    }
}

void TestNewPassphrase::theDialogSaysWhatIsWrongAndKeepsWhatWasRight()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId access = f.add(VaultEntryKind::Server, u"Production"_s, u"NEW-PASSPHRASE-CANARY"_s);
    NewPassphraseDialog dialog(*f.vault);
    dialog.resize(560, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = namedChild<QLabel>(&dialog, u"vault.newPassphrase.error"_s);

    fill(dialog, Test::VaultFixture::passphrase, next, next + u"!"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"differ"_s), qPrintable(error->text()));
    // The current passphrase stays typed; the new ones are typed again.
    QCOMPARE(namedChild<QLineEdit>(&dialog, u"vault.newPassphrase.current"_s)->text(), Test::VaultFixture::passphrase);

    fill(dialog, u"not the passphrase at all"_s, next, next);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(u"not correct"_s), qPrintable(error->text()));
    QVERIFY(namedChild<QLineEdit>(&dialog, u"vault.newPassphrase.current"_s)->text().isEmpty());
    QVERIFY(dialog.grab().save(Test::vaultShotDir() + u"/vault-new-passphrase-wrong.png"_s));

    fill(dialog, Test::VaultFixture::passphrase, next, next);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.vault->state(), VaultSession::State::Unlocked);
    QCOMPARE(f.vault->store().reveal(access).value().toString(), u"NEW-PASSPHRASE-CANARY"_s);
    // The fields are wiped; nothing typed is left in the dialog.
    QVERIFY(namedChild<QLineEdit>(&dialog, u"vault.newPassphrase.next"_s)->text().isEmpty());
}

void TestNewPassphrase::anotherDesktopLocksAndAsksForTheNewPassphrase()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId access = f.add(VaultEntryKind::Server, u"Production"_s, u"NEW-PASSPHRASE-CANARY"_s);
    Test::FakeKeychain otherMachine;
    auto other = f.newVaultSession(otherMachine);
    other->start();
    QTRY_COMPARE(other->state(), VaultSession::State::Locked);
    QVERIFY(other->unlock(Test::VaultFixture::passphrase).ok());

    VaultPage page(*f.vault);
    page.resize(640, 420);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(Test::vaultShotDir() + u"/vault-settings-new-passphrase.png"_s));
    QVERIFY(f.vault->changePassphrase(Test::VaultFixture::passphrase, next).ok());

    QTRY_COMPARE(other->state(), VaultSession::State::Locked);
    QVERIFY2(other->message().contains(u"changed on another desktop"_s), qPrintable(other->message()));
    QVERIFY(!other->store().reveal(access));
    QVERIFY(!other->unlock(Test::VaultFixture::passphrase));
    QVERIFY(other->unlock(next).ok());
    QCOMPARE(other->store().reveal(access).value().toString(), u"NEW-PASSPHRASE-CANARY"_s);
    QVERIFY(other->message().isEmpty() || !other->message().contains(u"changed on another desktop"_s));
}

QTEST_MAIN(TestNewPassphrase)
#include "tst_newpassphrase.moc"
