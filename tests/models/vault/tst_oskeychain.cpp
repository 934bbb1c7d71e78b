// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's key in a REAL OS keychain: gnome-keyring's Secret Service on a private D-Bus,
// started by keychainsession.sh, which runs the functions below in three processes:
//   1. storeAndReadBack vaultSetUpKeepsKey
//   2. loadInNewProcess vaultUnlocksInNewProcess notInPlainText forgetKey
//   3. forgottenInNewProcess
// noKeychainOnThisMachine runs on its own, with a D-Bus address that leads nowhere.
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/databaseurl.h"
#include "models/vault/keychainkeystore.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"org.example.Casebook.test"_s;
const QString account = u"casebook-keychain-test"_s;
const QByteArray keyBytes = QByteArrayLiteral("KEYCHAIN-CANARY-32-bytes-of-key!");
const QString passphrase = u"the team passphrase for the keychain test"_s;
static_assert(sizeof("KEYCHAIN-CANARY-32-bytes-of-key!") - 1 == VaultKey::keyBytes);

QString workDir()
{
    return qEnvironmentVariable("CASEBOOK_KEYCHAIN_TEST_DIR");
}

std::unique_ptr<KeychainKeyStore> osKeyStore()
{
    return std::make_unique<KeychainKeyStore>(makeOsKeychain(service));
}

// Waits for every keychain call to be answered.
bool settle(KeychainKeyStore &store)
{
    QSignalSpy idle(&store, &KeychainKeyStore::idle);
    return store.pendingCalls() == 0 || idle.wait(20'000);
}

std::optional<bool> fetchFound(KeychainKeyStore &store, const QString &name)
{
    QSignalSpy fetched(&store, &KeychainKeyStore::fetched);
    store.fetch(name);
    if (!fetched.wait(20'000))
        return std::nullopt;
    return fetched.first().at(1).toBool();
}

std::unique_ptr<Database> openVaultDatabase()
{
    auto db = Database::open(DatabaseUrl::sqlite(workDir() + u"/vault.casebook"_s));
    return db ? std::move(db).value() : nullptr;
}

} // namespace

class TestOsKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeAndReadBack();
    void vaultSetUpKeepsKey();
    void loadInNewProcess();
    void vaultUnlocksInNewProcess();
    void notInPlainText();
    void forgetKey();
    void forgottenInNewProcess();
    void noKeychainOnThisMachine();
};

void TestOsKeychain::initTestCase()
{
    if (workDir().isEmpty())
        QFAIL("run through tests/models/vault/keychainsession.sh: it starts a private keychain");
}

void TestOsKeychain::storeAndReadBack()
{
    auto store = osKeyStore();
    QVERIFY(store->store(account, Secret::fromBytes(keyBytes)).ok());
    QVERIFY(settle(*store));
    QVERIFY2(store->isKeychainAvailable(), qPrintable(store->keychainProblem()));

    auto fresh = osKeyStore(); // a new instance knows nothing until it asks the keychain
    QVERIFY(!fresh->load(account)->has_value());
    QCOMPARE(fetchFound(*fresh, account), std::optional<bool>(true));
    QVERIFY(fresh->load(account).value()->equals(keyBytes));
    QCOMPARE(fetchFound(*fresh, u"no such account"_s), std::optional<bool>(false));
    QVERIFY(fresh->isKeychainAvailable());
}

void TestOsKeychain::vaultSetUpKeepsKey()
{
    auto db = openVaultDatabase();
    QVERIFY(db);
    VaultSession vault(*db, Clock::system(), makeOsKeychain(service), KdfParams::minimum());
    vault.start();
    QCOMPARE(vault.state(), VaultSession::State::NotSetUp);
    QVERIFY(vault.setUp(passphrase).ok());
    QVERIFY(settle(vault.keyStore()));
    QVERIFY2(vault.keyStore().isKeychainAvailable(), qPrintable(vault.keyStore().keychainProblem()));
}

void TestOsKeychain::loadInNewProcess()
{
    auto store = osKeyStore();
    QCOMPARE(fetchFound(*store, account), std::optional<bool>(true));
    QVERIFY(store->load(account).value()->equals(keyBytes));
}

void TestOsKeychain::vaultUnlocksInNewProcess()
{
    auto db = openVaultDatabase();
    QVERIFY(db);
    VaultSession vault(*db, Clock::system(), makeOsKeychain(service), KdfParams::minimum());
    vault.start();
    QTRY_COMPARE_WITH_TIMEOUT(vault.state(), VaultSession::State::Unlocked, 20'000);
    QVERIFY(vault.store().isUnlocked()); // no passphrase was given in this process
}

void TestOsKeychain::notInPlainText()
{
    // Everything the keychain and the app wrote under the private home: the key is there
    // only encrypted (gnome-keyring seals its keyring file with the login password).
    const QList<QByteArray> forms{keyBytes, keyBytes.toBase64(), keyBytes.toHex()};
    int files = 0;
    QDirIterator it(workDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY(QDir(workDir() + u"/home/.local/share/keyrings"_s).exists());
    QVERIFY(files >= 2);
}

void TestOsKeychain::forgetKey()
{
    auto store = osKeyStore();
    QVERIFY(store->forget(account).ok());
    QVERIFY(settle(*store));
    QCOMPARE(fetchFound(*store, account), std::optional<bool>(false));
}

void TestOsKeychain::forgottenInNewProcess()
{
    auto store = osKeyStore();
    QCOMPARE(fetchFound(*store, account), std::optional<bool>(false));
    QVERIFY(store->isKeychainAvailable());
    // The vault's own key is still kept: forgetting one account leaves the others.
    auto db = openVaultDatabase();
    QVERIFY(db);
    VaultSession vault(*db, Clock::system(), makeOsKeychain(service), KdfParams::minimum());
    vault.start();
    QTRY_COMPARE_WITH_TIMEOUT(vault.state(), VaultSession::State::Unlocked, 20'000);
    QVERIFY(vault.forgetOnThisMachine().ok());
    QVERIFY(settle(vault.keyStore()));
    VaultSession after(*db, Clock::system(), makeOsKeychain(service), KdfParams::minimum());
    after.start();
    QTRY_COMPARE_WITH_TIMEOUT(after.state(), VaultSession::State::Locked, 20'000);
}

void TestOsKeychain::noKeychainOnThisMachine()
{
    // No Secret Service: the store works from memory and says so; nothing is written anywhere.
    auto store = osKeyStore();
    QSignalSpy failed(store.get(), &KeychainKeyStore::keychainFailed);
    QVERIFY(store->store(account, Secret::fromBytes(keyBytes)).ok());
    QVERIFY(settle(*store));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!store->isKeychainAvailable());
    QVERIFY(!store->keychainProblem().isEmpty());
    qInfo("keychain problem reported: %s", qPrintable(store->keychainProblem()));
    QVERIFY(store->load(account).value()->equals(keyBytes));
    QCOMPARE(fetchFound(*store, account), std::optional<bool>(true)); // from memory
}

QTEST_GUILESS_MAIN(TestOsKeychain)
#include "tst_oskeychain.moc"
