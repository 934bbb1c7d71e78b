// SPDX-License-Identifier: GPL-3.0-or-later
// Vault entries are read by the team key's holders only, at the server (issue 13, migration
// 035): on a real PostgreSQL server with the setup script's roles, a person who does not hold
// the key sees no entry and no key material even with a raw query, whatever their role; an
// admin's grant lets them read, a revocation hides the entries again, and nobody but an admin
// may grant. Each run makes its own database and login roles and drops them.
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/vault/keystore.h"
#include "models/vault/secret.h"
#include "models/vault/vaultholders.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "teamserver.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"our team passphrase, long enough"_s;
const QString canary = u"HOLDER-CANARY"_s;

/// Runs `sql` on `db` as whoever signed in: the number in its first column, or -1 when refused.
qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// Runs a write as whoever signed in: how many rows it touched, or -1 when the server refused it.
int written(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) ? q.numRowsAffected() : -1;
}

} // namespace

class TestVaultHolders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nonHolderCannotSelectEntriesAtTheServer();
    void nonAdminCannotGrant();
    void grantingShowsEntriesAndRevokingHidesThem();
    void aMergeByANonHolderKeepsTheHiddenAccesses();
    void onlyAnAdminWhoHoldsTheKeyGivesANewPassphrase();

private:
    bool m_ready = false;
    Test::TeamServer m_server{QStringLiteral("vault")};
    QString m_admin, m_keeper, m_agent, m_lead;
    AgentId m_adminId, m_keeperId, m_agentId, m_leadId;
    FakeClock m_clock{1'790'000'000'000};
};

void TestVaultHolders::initTestCase()
{
    CASEBOOK_REQUIRE_POSTGRES();
    m_admin = m_server.login(u"admin"_s);
    m_keeper = m_server.login(u"keeper"_s);
    m_agent = m_server.login(u"agent"_s);
    m_lead = m_server.login(u"lead"_s);
    QString output;
    QVERIFY2(
        m_server.runSetupScript(QStringLiteral(CASEBOOK_SOURCE_DIR "/packaging/postgresql/casebook-server-setup.sql"),
                                m_admin, &output)
            == 0,
        qPrintable(output));
    m_ready = true;

    // The admin installs the schema by signing in, becomes the first person, adds the others.
    auto db = m_server.openAs(m_admin);
    QVERIFY(db);
    Session session(*db, m_clock, nullptr);
    QVERIFY(session.becomeFirstAdmin({}, u"Ada Admin"_s, {}).ok());
    m_adminId = session.agentId();
    AgentStore people(*db, m_clock);
    const auto add = [&](const QString &login, const QString &name, AgentRole role) {
        Agent person;
        person.login = login;
        person.displayName = name;
        person.role = role;
        return people.create(person, Test::TeamServer::password).value();
    };
    m_keeperId = add(m_keeper, u"Kim Keeper"_s, AgentRole::Agent);
    m_agentId = add(m_agent, u"Artem Agent"_s, AgentRole::Agent);
    m_leadId = add(m_lead, u"Lena Lead"_s, AgentRole::Lead);

    // Kim, an agent, sets the vault up on her desk and adds an access: she holds the key.
    auto keeperDb = m_server.openAs(m_keeper);
    QVERIFY(keeperDb);
    Test::FakeKeychain keychain;
    VaultSession vault(*keeperDb, m_clock, keychain.borrow(), KdfParams::minimum());
    vault.setAgent(m_keeperId);
    vault.start();
    QCOMPARE(vault.state(), VaultSession::State::NotSetUp);
    QVERIFY(vault.setUp(passphrase).ok());
    Customer acme;
    acme.displayName = u"Acme Shop"_s;
    VaultEntry entry;
    entry.customer = CustomerStore(*keeperDb, m_clock).create(acme).value();
    entry.kind = VaultEntryKind::Server;
    entry.label = canary;
    QVERIFY(vault.store().add(entry, Secret::fromText(canary)).ok());
    QVERIFY(VaultHolderStore(*keeperDb, m_clock).holds(m_keeperId).value());
    QCOMPARE(count(*keeperDb, u"SELECT count(*) FROM vault_entries"_s), 1);
}

void TestVaultHolders::cleanupTestCase()
{
    if (m_ready)
        m_server.drop();
}

void TestVaultHolders::nonHolderCannotSelectEntriesAtTheServer()
{
    QVERIFY(m_ready);
    // Neither an agent nor a lead nor the admin holds the key by role alone.
    for (const QString &login : {m_agent, m_lead, m_admin}) {
        auto db = m_server.openAs(login);
        QVERIFY(db);
        QCOMPARE(count(*db, u"SELECT count(*) FROM vault_entries"_s), 0);
        QCOMPARE(count(*db, u"SELECT count(*) FROM vault_entries WHERE label LIKE '%HOLDER-CANARY%'"_s), 0);
        // Nor the key's salt and key check, which would let them guess passphrases offline...
        QCOMPARE(count(*db, u"SELECT count(*) FROM vault_keys"_s), 0);
        // ... but they see that the vault exists and who holds it, to know whom to ask.
        QCOMPARE(count(*db, u"SELECT count(*) FROM vault_team_key"_s), 1);
        QCOMPARE(count(*db, u"SELECT count(*) FROM vault_key_holders"_s), 1);
        // Writing is refused or finds nothing: no new entry, no change, no removal.
        QCOMPARE(written(*db,
                         u"INSERT INTO vault_entries (customer_id, vault_key_id, kind, label, nonce, secret, "
                         "created_at, updated_at) SELECT c.id, k.id, 'other', 'x', 'n', 's', 0, 0 "
                         "FROM customers c, vault_team_key k"_s),
                 -1);
        QCOMPARE(written(*db, u"UPDATE vault_entries SET label = 'taken'"_s), 0);
        QCOMPARE(written(*db, u"DELETE FROM vault_entries"_s), 0);
        QCOMPARE(written(*db, u"DELETE FROM vault_keys"_s), -1);
        // Nor are they lost unseen with their customer (a merge removes the merged one).
        QCOMPARE(written(*db, u"DELETE FROM customers"_s), -1);
    }
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM vault_entries WHERE label = '%1'"_s.arg(canary),
                                 m_server.database()),
             QStringList{u"1"_s});

    // The app says so in words, naming whom to ask, instead of failing on a permission error.
    auto db = m_server.openAs(m_agent);
    QVERIFY(db);
    Test::FakeKeychain keychain;
    VaultSession vault(*db, m_clock, keychain.borrow(), KdfParams::minimum());
    vault.setAgent(m_agentId);
    vault.start();
    QCOMPARE(vault.state(), VaultSession::State::NotHolder);
    QVERIFY2(vault.message().contains(u"Ada Admin"_s), qPrintable(vault.message()));
}

void TestVaultHolders::nonAdminCannotGrant()
{
    QVERIFY(m_ready);
    // Not an agent for themselves, not a lead, not even the holder who set the vault up.
    for (const auto &[login, self] :
         {std::pair{m_agent, m_agentId}, std::pair{m_lead, m_leadId}, std::pair{m_keeper, m_keeperId}}) {
        auto db = m_server.openAs(login);
        QVERIFY(db);
        const Status refused = VaultHolderStore(*db, m_clock).grant(m_agentId, self);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::ReadOnly);
        QVERIFY2(refused.error().message.contains(u"Only an admin"_s), qPrintable(refused.error().message));
        QCOMPARE(written(*db,
                         u"INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at) "
                         "SELECT id, %1, %2, 0 FROM vault_team_key"_s.arg(m_agentId.value())
                             .arg(self.value())),
                 -1);
        QCOMPARE(written(*db, u"DELETE FROM vault_key_holders"_s), -1);
        // Nor make a key of their own in someone else's name, and so become its holder.
        QCOMPARE(written(*db,
                         u"INSERT INTO vault_keys (salt, ops_limit, mem_limit, key_check, created_at, "
                         "created_by) VALUES ('s', 1, 8192, 'k', 0, %1)"_s.arg(m_adminId.value())),
                 -1);
    }
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM vault_key_holders"_s, m_server.database()),
             QStringList{u"1"_s});
}

void TestVaultHolders::grantingShowsEntriesAndRevokingHidesThem()
{
    QVERIFY(m_ready);
    auto adminDb = m_server.openAs(m_admin);
    auto agentDb = m_server.openAs(m_agent);
    QVERIFY(adminDb && agentDb);
    VaultHolderStore holders(*adminDb, m_clock);

    // A grant is made in the admin's own name; a forged one is refused.
    QCOMPARE(written(*adminDb,
                     u"INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at) "
                     "SELECT id, %1, %2, 0 FROM vault_team_key"_s.arg(m_agentId.value())
                         .arg(m_keeperId.value())),
             -1);
    QVERIFY(holders.grant(m_agentId, m_adminId).ok());
    QCOMPARE(count(*agentDb, u"SELECT count(*) FROM vault_entries WHERE label = 'HOLDER-CANARY'"_s), 1);
    QCOMPARE(count(*agentDb, u"SELECT count(*) FROM vault_keys"_s), 1);
    // The passphrase still opens the secret: holding gives the ciphertext, not the key.
    Test::FakeKeychain keychain;
    VaultSession vault(*agentDb, m_clock, keychain.borrow(), KdfParams::minimum());
    vault.setAgent(m_agentId);
    vault.start();
    vault.skipKeychain();
    QCOMPARE(vault.state(), VaultSession::State::Locked);
    QVERIFY(vault.unlock(passphrase).ok());
    const QList<VaultEntry> entries =
        vault.store().entries(CustomerId(count(*agentDb, u"SELECT customer_id FROM vault_entries"_s))).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(vault.store().reveal(entries.first().id).value().toString(), canary);

    // Taken back: the server hides the entries and the key again.
    QVERIFY(holders.revoke(m_agentId).ok());
    QCOMPARE(count(*agentDb, u"SELECT count(*) FROM vault_entries"_s), 0);
    QCOMPARE(count(*agentDb, u"SELECT count(*) FROM vault_keys"_s), 0);
    QVERIFY(!vault.store().reveal(entries.first().id));
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM vault_entries"_s, m_server.database()), QStringList{u"1"_s});
}

void TestVaultHolders::aMergeByANonHolderKeepsTheHiddenAccesses()
{
    QVERIFY(m_ready);
    // Artem, who does not hold the key, merges Acme (which has an access he cannot see) into a
    // record of his own. Nothing of the access is moved or lost; Kim finds it on the survivor.
    auto agentDb = m_server.openAs(m_agent);
    auto keeperDb = m_server.openAs(m_keeper);
    QVERIFY(agentDb && keeperDb);
    CustomerStore customers(*agentDb, m_clock);
    Customer shop;
    shop.displayName = u"Acme Shop GmbH"_s;
    const CustomerId survivor = customers.create(shop).value();
    const CustomerId acme(count(*keeperDb, u"SELECT customer_id FROM vault_entries"_s));
    QVERIFY(
        customers
            .merge(survivor, customers.customer(survivor)->version, acme, customers.customer(acme)->version, m_agentId)
            .ok());
    MemoryKeyStore keys;
    VaultStore keeper(*keeperDb, keys, m_clock, KdfParams::minimum());
    QVERIFY(keeper.unlock(passphrase).ok());
    const QList<VaultEntry> listed = keeper.entries(survivor).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(keeper.reveal(listed.first().id).value().toString(), canary);
}

void TestVaultHolders::onlyAnAdminWhoHoldsTheKeyGivesANewPassphrase()
{
    QVERIFY(m_ready);
    const QString next = u"a new passphrase for the team"_s;
    const auto keyRows = [this] {
        return m_server.superQuery(u"SELECT count(*) FROM vault_keys"_s, m_server.database());
    };
    // Kim holds the key but is no admin: the server refuses, whatever the app asks.
    auto keeperDb = m_server.openAs(m_keeper);
    QVERIFY(keeperDb);
    MemoryKeyStore keeperKeys;
    VaultStore keeper(*keeperDb, keeperKeys, m_clock, KdfParams::minimum());
    QVERIFY(keeper.unlock(passphrase).ok());
    const Status refused = keeper.changePassphrase(passphrase, next); // no person given: no check in the app
    QCOMPARE(refused.error().kind, Error::Kind::ReadOnly);
    QCOMPARE(count(*keeperDb, u"SELECT casebook_vault_retire_key(1, 2)"_s), -1);
    QCOMPARE(keyRows(), QStringList{u"1"_s});

    // Nor does an admin who does not hold it (they see no entry to seal again).
    auto adminDb = m_server.openAs(m_admin);
    QVERIFY(adminDb);
    MemoryKeyStore adminKeys;
    VaultStore admin(*adminDb, adminKeys, m_clock, KdfParams::minimum());
    QVERIFY(!admin.unlock(passphrase)); // the key row is hidden from a non-holder
    QCOMPARE(keyRows(), QStringList{u"1"_s});

    // Given the key, the admin changes it: Kim, on her desk, opens nothing with the old one.
    QVERIFY(VaultHolderStore(*adminDb, m_clock).grant(m_adminId, m_adminId).ok());
    QVERIFY(admin.unlock(passphrase).ok());
    QVERIFY(admin.changePassphrase(passphrase, next, m_adminId).ok());
    QCOMPARE(keyRows(), QStringList{u"1"_s});
    QCOMPARE(m_server.superQuery(u"SELECT count(*) FROM vault_key_holders h JOIN vault_team_key k "
                                 "ON k.id = h.vault_key_id WHERE h.agent_id IN (%1, %2)"_s.arg(m_keeperId.value())
                                     .arg(m_adminId.value()),
                                 m_server.database()),
             QStringList{u"2"_s});
    const VaultEntryId entry(count(*keeperDb, u"SELECT id FROM vault_entries"_s));
    QVERIFY(!keeper.reveal(entry));
    QCOMPARE(keeper.unlock(passphrase).error().kind, Error::Kind::Authentication);
    QVERIFY(keeper.unlock(next).ok());
    QCOMPARE(keeper.reveal(entry).value().toString(), canary);
}

QTEST_GUILESS_MAIN(TestVaultHolders)
#include "tst_vaultholders.moc"
