// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainKeyStore and VaultSession over an injected keychain (tests/support/fakekeychain.h);
// tst_oskeychain.cpp runs the same paths against a real Secret Service.
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/keychainkeystore.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"our team passphrase, long enough"_s;
const QByteArray keyBytes(VaultKey::keyBytes, 'k');

std::unique_ptr<KeychainBackend> borrow(Test::FakeKeychain &fake)
{
    return fake.borrow();
}

std::unique_ptr<VaultSession> newSession(Database &db, const Clock &clock, Test::FakeKeychain &fake)
{
    return std::make_unique<VaultSession>(db, clock, borrow(fake), KdfParams::minimum());
}

} // namespace

class TestKeychainKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesThroughAndFetches();
    void noKeychainKeepsTheKeyInMemoryOnly();
    void R17_sessionUnlocksFromTheKeychain();
    void R17_withoutKeychainThePassphraseIsAskedEachSession();
    void keychainPromptCanBeSkipped();
};

void TestKeychainKeyStore::writesThroughAndFetches()
{
    Test::FakeKeychain fake;
    {
        KeychainKeyStore store(borrow(fake));
        QSignalSpy idle(&store, &KeychainKeyStore::idle);
        QVERIFY(store.store(u"acct"_s, Secret::fromBytes(keyBytes)).ok());
        QVERIFY(store.load(u"acct"_s)->has_value()); // answered from memory at once
        QTRY_COMPARE(idle.size(), 1);
        QCOMPARE(fake.keys[u"acct"_s], keyBytes);
        QVERIFY(store.isKeychainAvailable());
    }
    // The next session: nothing in memory until fetched from the keychain.
    KeychainKeyStore next(borrow(fake));
    QVERIFY(!next.load(u"acct"_s)->has_value());
    QSignalSpy fetched(&next, &KeychainKeyStore::fetched);
    next.fetch(u"acct"_s);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first(), (QVariantList{u"acct"_s, true}));
    QVERIFY(next.load(u"acct"_s).value()->equals(keyBytes));
    next.fetch(u"other"_s);
    QTRY_COMPARE(fetched.size(), 2);
    QCOMPARE(fetched.last(), (QVariantList{u"other"_s, false}));

    QSignalSpy idle(&next, &KeychainKeyStore::idle);
    QVERIFY(next.forget(u"acct"_s).ok());
    QVERIFY(!next.load(u"acct"_s)->has_value());
    QTRY_COMPARE(idle.size(), 1);
    QVERIFY(!fake.keys.contains(u"acct"_s));
    QCOMPARE(next.pendingCalls(), 0);
}

void TestKeychainKeyStore::noKeychainKeepsTheKeyInMemoryOnly()
{
    Test::FakeKeychain fake;
    fake.available = false;
    KeychainKeyStore store(borrow(fake));
    QSignalSpy failed(&store, &KeychainKeyStore::keychainFailed);
    QVERIFY(store.store(u"acct"_s, Secret::fromBytes(keyBytes)).ok());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!store.isKeychainAvailable());
    QVERIFY(store.keychainProblem().contains(u"org.freedesktop.secrets"_s));
    QVERIFY(fake.keys.empty()); // no plain-text fallback anywhere: nothing was written
    QVERIFY(store.load(u"acct"_s).value()->equals(keyBytes));

    // Once failed, later keys are not offered to the keychain again this session.
    const int writes = fake.writes;
    QVERIFY(store.store(u"second"_s, Secret::fromBytes(keyBytes)).ok());
    QCOMPARE(fake.writes, writes);
    QSignalSpy fetched(&store, &KeychainKeyStore::fetched);
    store.fetch(u"acct"_s);
    QTRY_COMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first().at(1).toBool(), true);
    QCOMPARE(failed.size(), 1);
}

void TestKeychainKeyStore::R17_sessionUnlocksFromTheKeychain()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    Test::FakeKeychain fake;
    {
        auto first = newSession(*db, clock, fake);
        first->start();
        QCOMPARE(first->state(), VaultSession::State::NotSetUp);
        QCOMPARE(first->setUp(u"short"_s).error().kind, Error::Kind::Invalid);
        QCOMPARE(first->state(), VaultSession::State::NotSetUp);
        QVERIFY(first->setUp(passphrase).ok());
        QCOMPARE(first->state(), VaultSession::State::Unlocked);
        QTRY_COMPARE(fake.keys.size(), size_t(1));
        QVERIFY(first->message().isEmpty());
    }

    // The next session on this machine: unlocked from the keychain, no passphrase asked.
    auto next = newSession(*db, clock, fake);
    QSignalSpy states(next.get(), &VaultSession::stateChanged);
    next->start();
    QCOMPARE(next->state(), VaultSession::State::Checking);
    QTRY_COMPARE(next->state(), VaultSession::State::Unlocked);
    QCOMPARE(states.size(), 2);
    QVERIFY(next->store().isUnlocked());

    // Locking keeps the keychain's copy; forgetting drops it.
    next->lock();
    QCOMPARE(next->state(), VaultSession::State::Locked);
    QVERIFY(next->forgetOnThisMachine().ok());
    QTRY_VERIFY(fake.keys.empty());

    // Another machine (empty keychain) asks for the passphrase; a wrong one stays locked.
    Test::FakeKeychain otherMachine;
    auto elsewhere = newSession(*db, clock, otherMachine);
    elsewhere->start();
    QTRY_COMPARE(elsewhere->state(), VaultSession::State::Locked);
    const auto wrong = elsewhere->unlock(u"not the team passphrase"_s);
    QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
    QCOMPARE(elsewhere->state(), VaultSession::State::Locked);
    QVERIFY(elsewhere->unlock(passphrase).ok());
    QCOMPARE(elsewhere->state(), VaultSession::State::Unlocked);
    QTRY_COMPARE(otherMachine.keys.size(), size_t(1));
}

void TestKeychainKeyStore::R17_withoutKeychainThePassphraseIsAskedEachSession()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    Test::FakeKeychain none;
    none.available = false;
    for (int session = 0; session < 2; ++session) {
        auto vault = newSession(*db, clock, none);
        vault->start();
        if (session == 0) {
            QCOMPARE(vault->state(), VaultSession::State::NotSetUp);
            QVERIFY(vault->setUp(passphrase).ok());
        } else {
            QTRY_COMPARE(vault->state(), VaultSession::State::Locked);
            QVERIFY2(vault->message().contains(u"no usable keychain"_s), qPrintable(vault->message()));
            QVERIFY(vault->unlock(passphrase).ok());
        }
        QCOMPARE(vault->state(), VaultSession::State::Unlocked);
        // Once per session: locking and starting again reuses the key kept in memory.
        QTRY_VERIFY(!vault->keyStore().isKeychainAvailable());
        QVERIFY(vault->message().contains(u"kept in memory only"_s));
        vault->lock();
        QCOMPARE(vault->state(), VaultSession::State::Locked);
        QVERIFY(none.keys.empty());
    }
}

void TestKeychainKeyStore::keychainPromptCanBeSkipped()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    Test::FakeKeychain fake;
    {
        auto first = newSession(*db, clock, fake);
        first->start();
        QVERIFY(first->setUp(passphrase).ok());
        QTRY_COMPARE(fake.keys.size(), size_t(1));
    }
    fake.holding = true; // the keychain shows its own unlock prompt and waits
    auto vault = newSession(*db, clock, fake);
    vault->start();
    QCOMPARE(vault->state(), VaultSession::State::Checking);
    vault->skipKeychain();
    QCOMPARE(vault->state(), VaultSession::State::Locked);
    fake.release(); // the person unlocked the keychain after all
    QTRY_COMPARE(vault->state(), VaultSession::State::Unlocked);
}

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "tst_keychainkeystore.moc"
