// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/customeraccessesmodel.h"
#include "models/vault/vaultcrypto.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "vaultfixture.h"
#include "views/vault/secretclipboard.h"
#include "views/vault/vaultentryrow.h"
#include "views/vault/vaultpanel.h"
#include "views/vault/vaultsetupform.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

namespace {

const QString shopSecret = u"Tr0ub4dor&3-shop"_s;

VaultEntryRow *rowOf(const QWidget &panel, VaultEntryId id)
{
    return namedChild<VaultEntryRow>(&panel, u"vault.entry.%1"_s.arg(id.value()));
}

QLabel *secretLabel(const QWidget &panel, VaultEntryId id)
{
    VaultEntryRow *row = rowOf(panel, id);
    return row ? namedChild<QLabel>(row, u"secret"_s) : nullptr;
}

QToolButton *rowButton(const QWidget &panel, VaultEntryId id, const QString &name)
{
    VaultEntryRow *row = rowOf(panel, id);
    return row ? namedChild<QToolButton>(row, name) : nullptr;
}

// Every text the panel shows: a secret must be in none of them unless revealed.
QString allVisibleText(const QWidget &panel)
{
    QStringList texts;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : panel.findChildren<QLineEdit *>())
        texts << edit->text();
    return texts.join(u'\n');
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestVaultPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void R17_secretsAreMaskedUntilRevealedAndMaskedAgain();
    void copyClearsTheClipboardOnlyIfStillOurs();
    void R17_unlockWithWrongThenRightPassphrase();
    void setUpAsksForTheTeamPassphraseTwice();
    void cardShowsOneLineAndTheFirstAccessSetsTheVaultUp();
    void damagedOrForeignCiphertextFailsClosed();
    void R17_markCheckedRecordsWhoAndWhen();
    void addAndEditThroughPrompts();
    void R18_teamSshKeyFromTheMenu();
    void screenshots();
};

void TestVaultPanel::R17_secretsAreMaskedUntilRevealedAndMaskedAgain()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId shop = f.add(VaultEntryKind::WordPress, u"Shop admin"_s, shopSecret,
                                    u"https://shop.example.com/wp-admin"_s, u"support"_s);
    const VaultEntryId server = f.add(VaultEntryKind::Server, u"Production"_s, u"ssh-pass-9"_s, u"203.0.113.7:22"_s);
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setRevealTimeout(std::chrono::milliseconds(150));
    panel.setCustomer(f.customer);
    panel.resize(640, 480);
    panel.show();

    QVERIFY(secretLabel(panel, shop) && secretLabel(panel, server));
    QCOMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText());
    QCOMPARE(secretLabel(panel, server)->text(), VaultEntryRow::maskText());
    QVERIFY(!allVisibleText(panel).contains(shopSecret));
    QCOMPARE(namedChild<QLabel>(rowOf(panel, shop), u"url"_s)->text(), u"https://shop.example.com/wp-admin"_s);
    QVERIFY(secretLabel(panel, shop)->textInteractionFlags() == Qt::NoTextInteraction);

    QToolButton *reveal = rowButton(panel, shop, u"reveal"_s);
    QVERIFY(reveal && reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secretLabel(panel, shop)->text(), shopSecret);
    QCOMPARE(secretLabel(panel, server)->text(), VaultEntryRow::maskText()); // only the one asked for
    QTRY_COMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText());
    QVERIFY(!allVisibleText(panel).contains(shopSecret));

    // Hide before the timeout; locking masks at once and disables reveal.
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secretLabel(panel, shop)->text(), shopSecret);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText());
    QTest::mouseClick(reveal, Qt::LeftButton);
    namedChild<QAction>(&panel, u"vault.lock"_s)->trigger();
    QCOMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText());
    QVERIFY(!reveal->isEnabled());
    QVERIFY(!rowButton(panel, shop, u"copy"_s)->isEnabled());
    QVERIFY(namedChild<QWidget>(&panel, u"vault.unlock.passphrase"_s)->isVisible());
}

void TestVaultPanel::copyClearsTheClipboardOnlyIfStillOurs()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId shop = f.add(VaultEntryKind::WordPress, u"Shop admin"_s, shopSecret);
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    QCOMPARE(panel.clipboard().clearInterval(), std::chrono::milliseconds(30'000)); // the promise
    panel.clipboard().setClearInterval(std::chrono::milliseconds(200));
    panel.setCustomer(f.customer);
    panel.show();
    QGuiApplication::clipboard()->clear();

    QTest::mouseClick(rowButton(panel, shop, u"copy"_s), Qt::LeftButton);
    QCOMPARE(clipboardText(), shopSecret);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->data(SecretClipboard::passwordManagerHintType()), QByteArrayLiteral("secret"));
    QCOMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText()); // copying does not reveal
    QVERIFY(panel.message().contains(u"cleared"_s));
    QTRY_COMPARE(clipboardText(), QString());
    QVERIFY(panel.message().contains(u"was cleared"_s));

    // Something the person copied since is left alone.
    QTest::mouseClick(rowButton(panel, shop, u"copy"_s), Qt::LeftButton);
    QCOMPARE(clipboardText(), shopSecret);
    QGuiApplication::clipboard()->setText(u"a ticket number, 4711"_s);
    QTest::qWait(400);
    QCOMPARE(clipboardText(), u"a ticket number, 4711"_s);

    // Copy details is for internal messages: everything but the secret, and not sensitive.
    QTest::mouseClick(rowButton(panel, shop, u"copyDetails"_s), Qt::LeftButton);
    QVERIFY(clipboardText().contains(u"Shop admin"_s));
    QVERIFY(!clipboardText().contains(shopSecret));

    // A panel that goes away takes its copy with it rather than leaving it behind.
    {
        CustomerAccessesModel otherAccesses(*f.session, *f.vault);
        VaultPanel other(otherAccesses);
        other.setCustomer(f.customer);
        QTest::mouseClick(rowButton(other, shop, u"copy"_s), Qt::LeftButton);
        QCOMPARE(clipboardText(), shopSecret);
    }
    QCOMPARE(clipboardText(), QString());
}

void TestVaultPanel::R17_unlockWithWrongThenRightPassphrase()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId shop = f.add(VaultEntryKind::WordPress, u"Shop admin"_s, shopSecret);
    Test::FakeKeychain otherMachine; // keeps no key: the passphrase is asked
    auto vault = f.newVaultSession(otherMachine);
    CustomerAccessesModel accesses(*f.session, *vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.show();
    QTRY_COMPARE(vault->state(), VaultSession::State::Locked);

    auto *field = namedChild<QLineEdit>(&panel, u"vault.unlock.passphrase"_s);
    auto *button = namedChild<QPushButton>(&panel, u"vault.unlock.button"_s);
    auto *error = namedChild<QLabel>(&panel, u"vault.unlock.error"_s);
    QVERIFY(field && button && error);
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!rowButton(panel, shop, u"reveal"_s)->isEnabled());
    QCOMPARE(secretLabel(panel, shop)->text(), VaultEntryRow::maskText()); // listed while locked

    QTest::keyClicks(field, u"not the team passphrase"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(vault->state(), VaultSession::State::Locked);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not correct"_s), qPrintable(error->text()));
    QVERIFY(field->text().isEmpty());
    QVERIFY(!rowButton(panel, shop, u"reveal"_s)->isEnabled());

    QTest::keyClicks(field, Test::VaultFixture::passphrase);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(vault->state(), VaultSession::State::Unlocked);
    QVERIFY(!field->isVisible());
    QVERIFY(!error->isVisible());
    QTest::mouseClick(rowButton(panel, shop, u"reveal"_s), Qt::LeftButton);
    QCOMPARE(secretLabel(panel, shop)->text(), shopSecret);
    QTRY_COMPARE(otherMachine.keys.size(), size_t(1)); // kept for the next session
}

void TestVaultPanel::setUpAsksForTheTeamPassphraseTwice()
{
    // The form lives in Settings > Vault and in the dialog of the first access, not on cards.
    Test::VaultFixture f;
    QVERIFY(f.init(false));
    VaultSetupForm form(*f.vault);
    form.show();
    QCOMPARE(f.vault->state(), VaultSession::State::NotSetUp);
    auto *passphrase = namedChild<QLineEdit>(&form, u"vault.setup.passphrase"_s);
    auto *confirm = namedChild<QLineEdit>(&form, u"vault.setup.confirm"_s);
    auto *create = namedChild<QPushButton>(&form, u"vault.setup.create"_s);
    auto *error = namedChild<QLabel>(&form, u"vault.setup.error"_s);
    QVERIFY(passphrase && confirm && create && error);
    QSignalSpy created(&form, &VaultSetupForm::created);

    QTest::keyClicks(passphrase, u"correct horse battery"_s);
    QTest::keyClicks(confirm, u"correct horse batery"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(error->text().contains(u"differ"_s));
    QCOMPARE(f.vault->state(), VaultSession::State::NotSetUp);

    QTest::keyClicks(passphrase, u"too short"_s);
    QTest::keyClicks(confirm, u"too short"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(error->text().contains(u"12"_s), qPrintable(error->text()));
    QCOMPARE(f.vault->state(), VaultSession::State::NotSetUp);
    QCOMPARE(created.size(), 0);

    QTest::keyClicks(passphrase, Test::VaultFixture::passphrase);
    QTest::keyClicks(confirm, Test::VaultFixture::passphrase);
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(f.vault->state(), VaultSession::State::Unlocked);
    QCOMPARE(created.size(), 1);
    QVERIFY(passphrase->text().isEmpty() && confirm->text().isEmpty());
    QVERIFY(error->isHidden());
}

void TestVaultPanel::cardShowsOneLineAndTheFirstAccessSetsTheVaultUp()
{
    Test::VaultFixture f;
    QVERIFY(f.init(false));
    Test::FakeVaultPrompts prompts;
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.show();
    QCOMPARE(f.vault->state(), VaultSession::State::NotSetUp);
    QVERIFY(!panel.findChild<QLineEdit *>(u"vault.setup.passphrase"_s)); // no form on the card
    auto *line = namedChild<QLabel>(&panel, u"vault.notSetUp"_s);
    QVERIFY(line && line->isVisible());
    QVERIFY(!line->text().contains(u'\n'));
    auto *add = namedChild<QToolButton>(&panel, u"vault.add"_s);
    QVERIFY(add && add->isEnabled());

    // Cancelled: nothing set up, nothing asked after it.
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(prompts.asked, QStringList{u"set up"_s});
    QCOMPARE(f.vault->state(), VaultSession::State::NotSetUp);

    prompts.asked.clear();
    prompts.setUpPassphrase = Test::VaultFixture::passphrase;
    VaultEntryDraft draft;
    draft.entry.customer = f.customer;
    draft.entry.kind = VaultEntryKind::Tracker;
    draft.entry.label = u"Tracker admin"_s;
    draft.secret = u"first-secret"_s;
    prompts.drafts.push_back(draft);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(prompts.asked, (QStringList{u"set up"_s, u"add"_s}));
    QCOMPARE(f.vault->state(), VaultSession::State::Unlocked);
    QVERIFY(line->isHidden());
    QCOMPARE(accesses.rowCount(), 1);
    QCOMPARE(f.vault->store().reveal(accesses.entryAt(accesses.index(0)).id).value().toString(), u"first-secret"_s);
}

void TestVaultPanel::damagedOrForeignCiphertextFailsClosed()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId tampered = f.add(VaultEntryKind::Tracker, u"Tracker admin"_s, u"alpha-secret"_s);
    const VaultEntryId truncated = f.add(VaultEntryKind::Registrar, u"Registrar"_s, u"bravo-secret"_s);
    const VaultEntryId foreign = f.add(VaultEntryKind::Affiliate, u"Affiliate network"_s, u"charlie-secret"_s);
    QVERIFY(f.tamper(u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s, {QByteArray(29, 'x'), tampered.value()}));
    QVERIFY(f.tamper(u"UPDATE vault_entries SET secret = substr(secret, 1, 10) WHERE id = ?"_s, {truncated.value()}));
    // Sealed by another team (its own passphrase and salt) for the very same entry.
    const auto otherTeam =
        VaultKey::derive(u"the other team's passphrase"_s, VaultKey::randomSalt(), KdfParams::minimum());
    QVERIFY(otherTeam.ok());
    const auto sealed =
        otherTeam->seal("charlie-secret", entryBinding(f.customer.value(), u"affiliate", u"Affiliate network"));
    QVERIFY(sealed.ok());
    QVERIFY(f.tamper(u"UPDATE vault_entries SET nonce = ?, secret = ? WHERE id = ?"_s,
                     {sealed->nonce, sealed->ciphertext, foreign.value()}));
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.show();

    const struct
    {
        VaultEntryId id;
        QString plaintext;
        QString expected;
    } cases[] = {{tampered, u"alpha-secret"_s, u"cannot be decrypted"_s},
                 {truncated, u"bravo-secret"_s, u"cannot be decrypted"_s},
                 {foreign, u"charlie-secret"_s, u"another team key"_s}};
    for (const auto &c : cases) {
        QGuiApplication::clipboard()->setText(u"before"_s);
        for (const QString &button : {u"reveal"_s, u"copy"_s}) {
            QTest::mouseClick(rowButton(panel, c.id, button), Qt::LeftButton);
            QVERIFY2(panel.message().contains(c.expected), qPrintable(panel.message()));
            QVERIFY(!allVisibleText(panel).contains(c.plaintext));
            QVERIFY(!allVisibleText(panel).contains(c.plaintext.left(5))); // no partial plaintext either
            QCOMPARE(clipboardText(), u"before"_s); // nothing was copied
        }
    }
    QCOMPARE(secretLabel(panel, tampered)->text(), u"cannot be decrypted"_s);
}

void TestVaultPanel::R17_markCheckedRecordsWhoAndWhen()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId shop = f.add(VaultEntryKind::WordPress, u"Shop admin"_s, shopSecret);
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.show();
    auto *checked = namedChild<QLabel>(rowOf(panel, shop), u"checked"_s);
    QVERIFY(checked->text().contains(u"not checked yet"_s));
    QTest::mouseClick(rowButton(panel, shop, u"markChecked"_s), Qt::LeftButton);
    QVERIFY2(checked->text().contains(u"checked by Mira Kovač at"_s), qPrintable(checked->text()));
    const VaultEntry entry = f.vault->store().entry(shop).value();
    QCOMPARE(entry.checkedBy, f.agent);
    QCOMPARE(entry.checkedAt, std::optional<qint64>(f.clock.nowMs()));
}

void TestVaultPanel::addAndEditThroughPrompts()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    Test::FakeVaultPrompts prompts;
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.show();

    VaultEntryDraft draft;
    draft.entry.kind = VaultEntryKind::Registrar;
    draft.entry.label = u"Domains"_s;
    draft.entry.url = u"https://registrar.example"_s;
    draft.secret = u"reg-pass-1"_s;
    prompts.drafts.push_back(draft);
    QTest::mouseClick(namedChild<QToolButton>(&panel, u"vault.add"_s), Qt::LeftButton);
    QCOMPARE(prompts.asked, QStringList{u"add"_s});
    const auto entries = f.vault->store().entries(f.customer).value();
    QCOMPARE(entries.size(), 1);
    const VaultEntryId id = entries.first().id;
    QVERIFY(rowOf(panel, id));
    QVERIFY(!namedChild<QLabel>(&panel, u"vault.empty"_s)->isVisible());

    // Edit with an empty secret keeps the stored one.
    draft.entry.label = u"Domains (main)"_s;
    draft.secret.clear();
    prompts.drafts.push_back(draft);
    QTest::mouseClick(rowButton(panel, id, u"edit"_s), Qt::LeftButton);
    QCOMPARE(namedChild<QLabel>(rowOf(panel, id), u"label"_s)->text(), u"Domains (main)"_s);
    QCOMPARE(f.vault->store().reveal(id).value().toString(), u"reg-pass-1"_s);

    // Cancelled dialogs change nothing; removing asks first.
    QTest::mouseClick(rowButton(panel, id, u"edit"_s), Qt::LeftButton);
    FakePrompts confirm;
    confirm.confirmAnswer = false;
    QTest::mouseClick(rowButton(panel, id, u"remove"_s), Qt::LeftButton);
    QCOMPARE(f.vault->store().entries(f.customer)->size(), 1);
    confirm.confirmAnswer = true;
    QTest::mouseClick(rowButton(panel, id, u"remove"_s), Qt::LeftButton);
    QVERIFY(f.vault->store().entries(f.customer)->isEmpty());
    QTRY_VERIFY(!panel.findChild<VaultEntryRow *>(u"vault.entry.%1"_s.arg(id.value())));
}

void TestVaultPanel::R18_teamSshKeyFromTheMenu()
{
    Test::VaultFixture f;
    QVERIFY(f.init());
    Test::FakeVaultPrompts prompts;
    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    QCOMPARE(f.vault->store().sshPublicKeyForReply().error().kind, Error::Kind::NotFound);
    QVERIFY(!f.vault->store().sshPublicKeyForReply().error().message.isEmpty());

    const QString key =
        u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJi support@casebook"_s;
    prompts.sshKeyAnswer = key;
    namedChild<QAction>(&panel, u"vault.sshKey"_s)->trigger();
    QCOMPARE(f.vault->store().sshPublicKey().value(), key);
    QCOMPARE(f.vault->store().sshPublicKeyForReply().value(), key); // what the composer inserts
    QVERIFY(panel.message().contains(u"saved"_s));

    prompts.sshKeyAnswer = u"-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----"_s;
    namedChild<QAction>(&panel, u"vault.sshKey"_s)->trigger();
    QCOMPARE(prompts.asked.last(), u"ssh key: "_s + key); // the dialog shows the current key
    QVERIFY2(panel.message().contains(u"private key"_s), qPrintable(panel.message()));
    QCOMPARE(f.vault->store().sshPublicKey().value(), key);
}

void TestVaultPanel::screenshots()
{
    // Renders the states the issue asks to see; look at them with an image viewer.
    Test::VaultFixture f;
    QVERIFY(f.init());
    const VaultEntryId shop =
        f.add(VaultEntryKind::WordPress, u"Shop admin"_s, shopSecret, u"https://shop.example.com/wp-admin"_s,
              u"support"_s, u"2FA codes go to the owner's phone; ask Anna first."_s);
    f.add(VaultEntryKind::Server, u"Production server"_s, u"ssh-pass-9"_s, u"203.0.113.7:22"_s, u"deploy"_s);
    f.add(VaultEntryKind::Tracker, u"Keitaro admin"_s, u"tracker-pass"_s, u"https://track.example.com/admin"_s,
          u"admin"_s);
    f.add(VaultEntryKind::Registrar, u"Namecheap"_s, u"registrar-pass"_s, u"https://namecheap.com"_s, u"acme-shop"_s);
    QVERIFY(f.vault->store().markChecked(shop, f.agent, 1).ok());
    const QString dir = Test::vaultShotDir();

    CustomerAccessesModel accesses(*f.session, *f.vault);
    VaultPanel panel(accesses);
    panel.setCustomer(f.customer);
    panel.resize(720, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(dir + u"/vault-unlocked.png"_s));
    QTest::mouseClick(rowButton(panel, shop, u"reveal"_s), Qt::LeftButton);
    QTest::qWait(50); // the row lays out again for the longer text
    QVERIFY(panel.grab().save(dir + u"/vault-revealed.png"_s));

    Test::FakeKeychain otherMachine;
    auto locked = f.newVaultSession(otherMachine);
    CustomerAccessesModel lockedAccesses(*f.session, *locked);
    VaultPanel lockedPanel(lockedAccesses);
    lockedPanel.setCustomer(f.customer);
    lockedPanel.resize(720, 760);
    lockedPanel.show();
    QTRY_COMPARE(locked->state(), VaultSession::State::Locked);
    QTest::keyClicks(namedChild<QLineEdit>(&lockedPanel, u"vault.unlock.passphrase"_s), u"wrong passphrase"_s);
    QTest::mouseClick(namedChild<QPushButton>(&lockedPanel, u"vault.unlock.button"_s), Qt::LeftButton);
    QVERIFY(lockedPanel.grab().save(dir + u"/vault-locked-wrong-passphrase.png"_s));

    QVERIFY(f.tamper(u"UPDATE vault_entries SET secret = substr(secret, 1, 10) WHERE id = ?"_s, {shop.value()}));
    QTest::mouseClick(rowButton(panel, shop, u"reveal"_s), Qt::LeftButton); // hides the revealed one
    QTest::mouseClick(rowButton(panel, shop, u"reveal"_s), Qt::LeftButton);
    QVERIFY(panel.grab().save(dir + u"/vault-damaged.png"_s));

    Test::VaultFixture fresh;
    QVERIFY(fresh.init(false));
    CustomerAccessesModel setupAccesses(*fresh.session, *fresh.vault);
    VaultPanel setup(setupAccesses);
    setup.setCustomer(fresh.customer);
    setup.resize(720, 360);
    setup.show();
    QVERIFY(setup.grab().save(dir + u"/vault-setup.png"_s));
    qInfo("vault screenshots in %s", qPrintable(dir));
}

QTEST_MAIN(TestVaultPanel)
#include "tst_vaultpanel.moc"
