// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultstore.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtEndian>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;
const QString passphrase = u"our team passphrase, long enough"_s;
const QString canary = u"CANARY-Zq7-wp-secret-31337"_s;

// One Argon2 MODERATE run belongs in tst_vaultcrypto; store tests use the cheapest parameters.
const KdfParams testParams = KdfParams::minimum();

struct Fixture
{
    std::unique_ptr<Database> db;
    FakeClock clock{start};
    MemoryKeyStore keys;
    std::unique_ptr<VaultStore> vault;
    CustomerId customer;
};

std::unique_ptr<Fixture> makeFixture(const Test::TestDatabase &testDb, const QString &phrase = passphrase)
{
    auto f = std::make_unique<Fixture>();
    f->db = testDb.open();
    if (!f->db)
        return nullptr;
    f->vault = std::make_unique<VaultStore>(*f->db, f->keys, f->clock, testParams);
    Customer c;
    c.displayName = u"Acme Shop"_s;
    f->customer = CustomerStore(*f->db, f->clock).create(c).value();
    if (!f->vault->setUp(phrase).ok())
        return nullptr;
    return f;
}

VaultEntry sampleEntry(CustomerId customer, const QString &label = u"Shop admin"_s)
{
    VaultEntry e;
    e.customer = customer;
    e.kind = VaultEntryKind::WordPress;
    e.label = label;
    e.url = u"https://shop.example.com/wp-admin"_s;
    e.userName = u"support"_s;
    e.notes = u"2FA codes go to the owner's phone"_s;
    return e;
}

// A syntactically valid ed25519 public key line for `seed`.
QString sshKey(char seed, const QString &comment = u"team@casebook"_s)
{
    QByteArray blob;
    char length[4];
    qToBigEndian<quint32>(11, length);
    blob.append(length, 4).append("ssh-ed25519");
    qToBigEndian<quint32>(32, length);
    blob.append(length, 4).append(QByteArray(32, seed));
    return u"ssh-ed25519 "_s + QString::fromLatin1(blob.toBase64()) + u' ' + comment;
}

void tamper(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.prepare(sql));
    for (const QVariant &value : values)
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_messages.append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

class TestVaultStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R17_setUpUnlockAndReveal_data() { Test::addEngineColumn(); }
    void R17_setUpUnlockAndReveal();
    void keyStoreSparesThePassphrase_data() { Test::addEngineColumn(); }
    void keyStoreSparesThePassphrase();
    void updateRemoveAndConflicts_data() { Test::addEngineColumn(); }
    void updateRemoveAndConflicts();
    void R17_markChecked_data() { Test::addEngineColumn(); }
    void R17_markChecked();
    void R18_sshPublicKeyStoredOnce_data() { Test::addEngineColumn(); }
    void R18_sshPublicKeyStoredOnce();
    void tamperedRowsFailClosed_data() { Test::addEngineColumn(); }
    void tamperedRowsFailClosed();
    void R17_everyBitFlipOfAStoredEntryFailsClosed_data() { Test::addEngineColumn(); }
    void R17_everyBitFlipOfAStoredEntryFailsClosed();
    void canaryNeverLeaks_data() { Test::addEngineColumn(); }
    void canaryNeverLeaks();
    void R17_aNewPassphraseSealsEveryAccessAgain_data() { Test::addEngineColumn(); }
    void R17_aNewPassphraseSealsEveryAccessAgain();
    void aRefusedNewPassphraseChangesNothing_data() { Test::addEngineColumn(); }
    void aRefusedNewPassphraseChangesNothing();
};

namespace {

const QString newPassphrase = u"the new one, after Bob left"_s;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

void TestVaultStore::R17_setUpUnlockAndReveal()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    MemoryKeyStore keys;
    FakeClock clock(start);
    VaultStore vault(*db, keys, clock, testParams);
    QCOMPARE(vault.isSetUp().value(), false);
    QCOMPARE(vault.unlock(passphrase).error().kind, Error::Kind::NotFound);
    QCOMPARE(vault.setUp(u"too short"_s).error().kind, Error::Kind::Invalid);
    QVERIFY(vault.setUp(passphrase).ok());
    QVERIFY(vault.isSetUp().value());
    QVERIFY(vault.isUnlocked());
    QCOMPARE(vault.setUp(u"a second team passphrase"_s).error().kind, Error::Kind::Invalid);

    Customer c;
    c.displayName = u"Acme Shop"_s;
    const CustomerId customer = CustomerStore(*db, clock).create(c).value();
    const auto id = vault.add(sampleEntry(customer), Secret::fromText(u"s3cret-Ünïcode"));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message + id.error().detail));
    QCOMPARE(vault.add(sampleEntry(customer), Secret()).error().kind, Error::Kind::Invalid);
    QCOMPARE(vault.add(sampleEntry(customer, u"  "_s), Secret::fromText(u"x")).error().kind, Error::Kind::Invalid);

    const auto listed = vault.entries(customer);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, *id);
    QCOMPARE(listed->first().kind, VaultEntryKind::WordPress);
    QCOMPARE(listed->first().url, u"https://shop.example.com/wp-admin"_s);
    QCOMPARE(listed->first().version, 1);
    QVERIFY(!listed->first().checkedAt);
    QCOMPARE(vault.reveal(*id).value().toString(), u"s3cret-Ünïcode"_s);

    // A new session on another desktop: locked until the passphrase is given.
    MemoryKeyStore otherMachine;
    VaultStore other(*db, otherMachine, clock, testParams);
    QVERIFY(!other.isUnlocked());
    QCOMPARE(other.reveal(*id).error().kind, Error::Kind::Authentication);
    QCOMPARE(other.add(sampleEntry(customer), Secret::fromText(u"x")).error().kind, Error::Kind::Authentication);
    QCOMPARE(other.entries(customer)->size(), 1); // listing needs no key: it holds no secret
    const auto wrong = other.unlock(u"our team passphrase, long enougH"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
    QVERIFY(!wrong.error().message.isEmpty());
    QVERIFY(!other.isUnlocked());
    QVERIFY(other.unlock(passphrase).ok());
    QCOMPARE(other.reveal(*id).value().toString(), u"s3cret-Ünïcode"_s);
    other.lock();
    QCOMPARE(other.reveal(*id).error().kind, Error::Kind::Authentication);
    QCOMPARE(other.reveal(VaultEntryId(9999)).error().kind, Error::Kind::Authentication);
    QCOMPARE(vault.reveal(VaultEntryId(9999)).error().kind, Error::Kind::NotFound);
}

void TestVaultStore::keyStoreSparesThePassphrase()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto id = f->vault->add(sampleEntry(f->customer), Secret::fromText(u"kept"));
    QVERIFY(id.ok());

    // The next session on this machine finds the key in the keychain.
    VaultStore nextSession(*f->db, f->keys, f->clock, testParams);
    QCOMPARE(nextSession.unlockFromKeyStore().value(), true);
    QCOMPARE(nextSession.reveal(*id).value().toString(), u"kept"_s);

    // Another machine has nothing kept: it must ask for the passphrase.
    MemoryKeyStore empty;
    VaultStore elsewhere(*f->db, empty, f->clock, testParams);
    QCOMPARE(elsewhere.unlockFromKeyStore().value(), false);
    QVERIFY(!elsewhere.isUnlocked());

    QVERIFY(nextSession.forgetOnThisMachine().ok());
    QVERIFY(!nextSession.isUnlocked());
    VaultStore afterForget(*f->db, f->keys, f->clock, testParams);
    QCOMPARE(afterForget.unlockFromKeyStore().value(), false);

    // A kept key that no longer fits (the vault was recreated) is dropped, not trusted.
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(u"SELECT salt FROM vault_keys"_s) && q.next());
    const QString account = u"casebook-vault-"_s + QString::fromLatin1(q.value(0).toByteArray().toHex());
    QVERIFY(f->keys.store(account, Secret::fromBytes(QByteArray(VaultKey::keyBytes, 'x'))).ok());
    QCOMPARE(afterForget.unlockFromKeyStore().value(), false);
    QVERIFY(!f->keys.contains(account));
}

void TestVaultStore::updateRemoveAndConflicts()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto id = f->vault->add(sampleEntry(f->customer), Secret::fromText(u"first"));
    QVERIFY(id.ok());
    VaultEntry e = f->vault->entry(*id).value();

    // A new label changes the binding: the secret is re-sealed and still opens.
    e.label = u"Shop admin (staging)"_s;
    auto version = f->vault->update(e, e.version);
    QVERIFY(version.ok());
    QCOMPARE(*version, 2);
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"first"_s);

    const Secret rotated = Secret::fromText(u"second");
    version = f->vault->update(e, *version, &rotated);
    QVERIFY(version.ok());
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"second"_s);

    const auto stale = f->vault->update(e, 1);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);

    // Locked: notes may change, the binding may not.
    f->vault->lock();
    e.notes = u"Owner is on holiday until Monday"_s;
    version = f->vault->update(e, *version);
    QVERIFY(version.ok());
    e.kind = VaultEntryKind::Server;
    QCOMPARE(f->vault->update(e, *version).error().kind, Error::Kind::Authentication);
    QCOMPARE(f->vault->update(e, *version, &rotated).error().kind, Error::Kind::Authentication);
    QVERIFY(f->vault->unlock(passphrase).ok());
    QCOMPARE(f->vault->entry(*id)->notes, e.notes);
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"second"_s);

    QCOMPARE(f->vault->remove(*id, 1).error().kind, Error::Kind::Conflict);
    QVERIFY(f->vault->remove(*id, *version).ok());
    QVERIFY(f->vault->entries(f->customer)->isEmpty());
    QCOMPARE(f->vault->reveal(*id).error().kind, Error::Kind::NotFound);

    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(u"SELECT op FROM change_log WHERE entity = 'vault_entry' ORDER BY seq"_s));
    QStringList ops;
    while (q.next())
        ops.append(q.value(0).toString());
    QCOMPARE(ops, (QStringList{u"insert"_s, u"update"_s, u"update"_s, u"update"_s, u"delete"_s}));
}

void TestVaultStore::R17_markChecked()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    Agent agent;
    agent.login = u"mira"_s;
    agent.displayName = u"Mira"_s;
    const AgentId mira = AgentStore(*f->db, f->clock).create(agent).value();
    const auto id = f->vault->add(sampleEntry(f->customer), Secret::fromText(u"pw"));
    QVERIFY(id.ok());

    f->clock.advanceMs(60'000);
    const auto version = f->vault->markChecked(*id, mira, 1);
    QVERIFY(version.ok());
    const VaultEntry checked = f->vault->entry(*id).value();
    QCOMPARE(checked.checkedBy, mira);
    QCOMPARE(checked.checkedByName, u"Mira"_s);
    QCOMPARE(checked.checkedAt, std::optional<qint64>(start + 60'000));
    QCOMPARE(checked.version, *version);
    QCOMPARE(f->vault->markChecked(*id, mira, 1).error().kind, Error::Kind::Conflict);
    QCOMPARE(f->vault->markChecked(*id, AgentId(), *version).error().kind, Error::Kind::Invalid);
}

void TestVaultStore::R18_sshPublicKeyStoredOnce()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    MemoryKeyStore keys;
    VaultStore vault(*db, keys, Clock::system(), testParams); // a plain value: no unlock needed
    QCOMPARE(vault.sshPublicKey().value(), QString());
    QVERIFY(vault.setSshPublicKey(u"  "_s + sshKey('a') + u"\n"_s).ok());
    QCOMPARE(vault.sshPublicKey().value(), sshKey('a'));
    QVERIFY(vault.setSshPublicKey(sshKey('b')).ok()); // replaced, still one value
    MemoryKeyStore otherKeys;
    QCOMPARE(VaultStore(*db, otherKeys, Clock::system(), testParams).sshPublicKey().value(), sshKey('b'));

    const QString refused[] = {
        u"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----"_s,
        u"ssh-ed25519"_s,
        u"ssh-ed25519 not*base64"_s,
        u"ssh-rsa "_s + sshKey('c').section(u' ', 1), // blob says ed25519
        sshKey('d').left(40), // truncated paste
        sshKey('e') + u"\n"_s + sshKey('f'),
    };
    for (const QString &key : refused) {
        const auto result = vault.setSshPublicKey(key);
        QVERIFY2(!result.ok(), qPrintable(key));
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
    }
    QCOMPARE(vault.sshPublicKey().value(), sshKey('b'));
    QVERIFY(vault.setSshPublicKey({}).ok());
    QCOMPARE(vault.sshPublicKey().value(), QString());
}

void TestVaultStore::tamperedRowsFailClosed()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto a = f->vault->add(sampleEntry(f->customer, u"Shop admin"_s), Secret::fromText(u"alpha"));
    const auto b = f->vault->add(sampleEntry(f->customer, u"Blog admin"_s), Secret::fromText(u"bravo"));
    const auto c = f->vault->add(sampleEntry(f->customer, u"Forum admin"_s), Secret::fromText(u"charlie"));
    QVERIFY(a.ok() && b.ok() && c.ok());
    auto expectCorrupt = [&](VaultEntryId id, const char *what) {
        const auto opened = f->vault->reveal(id);
        QVERIFY2(!opened.ok(), what);
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
        QVERIFY(!opened.error().message.isEmpty());
    };

    // Swapped ciphertexts: each is intact, but bound to the other entry.
    tamper(*f->db,
           u"UPDATE vault_entries SET nonce = (SELECT nonce FROM vault_entries WHERE id = ?), "
           "secret = (SELECT secret FROM vault_entries WHERE id = ?) WHERE id = ?"_s,
           {b->value(), b->value(), a->value()});
    expectCorrupt(*a, "swapped ciphertext");

    // A label changed behind the app's back.
    tamper(*f->db, u"UPDATE vault_entries SET label = ? WHERE id = ?"_s, {u"Blog admin!"_s, b->value()});
    expectCorrupt(*b, "relabelled");

    // One flipped bit, then a truncated ciphertext.
    QSqlQuery q(f->db->connection());
    QVERIFY(q.prepare(u"SELECT secret FROM vault_entries WHERE id = ?"_s));
    q.addBindValue(c->value());
    QVERIFY(q.exec() && q.next());
    const QByteArray original = q.value(0).toByteArray();
    q.finish();
    QByteArray flipped = original;
    flipped[3] = char(flipped.at(3) ^ 0x10);
    tamper(*f->db, u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s, {flipped, c->value()});
    expectCorrupt(*c, "flipped bit");
    tamper(*f->db, u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s,
           {original.left(original.size() - 1), c->value()});
    expectCorrupt(*c, "truncated");
    tamper(*f->db, u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s, {QByteArray(""), c->value()});
    expectCorrupt(*c, "empty");
    tamper(*f->db, u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s, {original, c->value()});
    QCOMPARE(f->vault->reveal(*c).value().toString(), u"charlie"_s);

    // An entry sealed by another team (same customer id, kind and label) does not open here.
    Test::TestDatabase otherDb(engine);
    QVERIFY(otherDb.isValid());
    auto otherTeam = makeFixture(otherDb, u"the other team's passphrase"_s);
    QVERIFY(otherTeam);
    QCOMPARE(otherTeam->customer, f->customer);
    const auto foreign =
        otherTeam->vault->add(sampleEntry(otherTeam->customer, u"Forum admin"_s), Secret::fromText(u"charlie"));
    QVERIFY(foreign.ok());
    QSqlQuery fq(otherTeam->db->connection());
    QVERIFY(fq.prepare(u"SELECT nonce, secret FROM vault_entries WHERE id = ?"_s));
    fq.addBindValue(foreign->value());
    QVERIFY(fq.exec() && fq.next());
    tamper(*f->db, u"UPDATE vault_entries SET nonce = ?, secret = ? WHERE id = ?"_s,
           {fq.value(0).toByteArray(), fq.value(1).toByteArray(), c->value()});
    expectCorrupt(*c, "another team key");
}

void TestVaultStore::R17_everyBitFlipOfAStoredEntryFailsClosed()
{
    // tst_vaultcrypto flips bits in memory; this flips them in the stored row and reads it
    // back the way the panel does, so the database round trip cannot hide a difference.
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto id = f->vault->add(sampleEntry(f->customer), Secret::fromText(u"wp-admin: Tr0ub4dor&3"));
    QVERIFY(id.ok());
    QSqlQuery q(f->db->connection());
    QVERIFY(q.prepare(u"SELECT nonce, secret FROM vault_entries WHERE id = ?"_s));
    q.addBindValue(id->value());
    QVERIFY(q.exec() && q.next());
    const QByteArray nonce = q.value(0).toByteArray();
    const QByteArray secret = q.value(1).toByteArray();
    q.finish();
    QCOMPARE(nonce.size() + secret.size(), VaultKey::nonceBytes + 21 + VaultKey::tagBytes);

    const QByteArray row = nonce + secret;
    int flips = 0;
    for (qsizetype bit = 0; bit < row.size() * 8; ++bit) {
        QByteArray damaged = row;
        damaged[bit / 8] = char(damaged.at(bit / 8) ^ (1 << (bit % 8)));
        tamper(*f->db, u"UPDATE vault_entries SET nonce = ?, secret = ? WHERE id = ?"_s,
               {damaged.left(nonce.size()), damaged.mid(nonce.size()), id->value()});
        const auto opened = f->vault->reveal(*id);
        QVERIFY2(!opened.ok(), qPrintable(u"bit %1 opened"_s.arg(bit)));
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
        ++flips;
    }
    QCOMPARE(flips, int(row.size() * 8));
    tamper(*f->db, u"UPDATE vault_entries SET nonce = ?, secret = ? WHERE id = ?"_s, {nonce, secret, id->value()});
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"wp-admin: Tr0ub4dor&3"_s);
}

void TestVaultStore::canaryNeverLeaks()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    QLoggingCategory::setFilterRules(u"casebook.*=true"_s);
    s_messages.clear();
    s_previousHandler = qInstallMessageHandler(captureMessage);
    auto restore = qScopeGuard([] {
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::setFilterRules({});
    });

    const auto id = f->vault->add(sampleEntry(f->customer), Secret::fromText(canary));
    QVERIFY(id.ok());
    VaultEntry e = f->vault->entry(*id).value();
    e.label = u"Shop admin (renamed)"_s;
    QVERIFY(f->vault->update(e, e.version).ok()); // re-seals the canary
    const auto revealed = f->vault->reveal(*id);
    QCOMPARE(revealed.value().toString(), canary);
    QVERIFY(!f->vault->unlock(u"not the passphrase at all"_s).ok());
    const auto entries = f->vault->entries(f->customer).value();
    qDebug() << entries << revealed.value() << f->vault->entry(*id).value();
    tamper(*f->db, u"UPDATE vault_entries SET label = ? WHERE id = ?"_s, {u"moved"_s, id->value()});
    QVERIFY(!f->vault->reveal(*id).ok()); // the failure is logged, the secret is not

    QVERIFY(s_messages.size() >= 3);
    for (const QString &message : std::as_const(s_messages))
        QVERIFY2(!message.contains(canary), qPrintable(message));
    for (const VaultEntry &entry : entries) {
        for (const QString &field : {entry.label, entry.url, entry.userName, entry.notes, entry.checkedByName})
            QVERIFY(!field.contains(canary));
    }

    // Every value of every table: the canary exists only as ciphertext.
    const QByteArray canaryBytes = canary.toUtf8();
    QSqlDatabase conn = f->db->connection();
    const QStringList tables = conn.tables();
    QVERIFY(tables.contains(u"vault_entries"_s));
    for (const QString &table : tables) {
        QSqlQuery q(conn);
        QVERIFY2(q.exec(u"SELECT * FROM "_s + table), qPrintable(table));
        while (q.next()) {
            for (int column = 0; column < q.record().count(); ++column) {
                const QVariant value = q.value(column);
                QVERIFY2(!value.toByteArray().contains(canaryBytes) && !value.toString().contains(canary),
                         qPrintable(table + u'.' + q.record().fieldName(column)));
            }
        }
    }
    if (!f->db->isPostgres()) {
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            QFile file(testDb.url().path + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(canaryBytes), qPrintable(file.fileName()));
        }
    }
}

void TestVaultStore::R17_aNewPassphraseSealsEveryAccessAgain()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const QString oldAccount = f->vault->keyStoreAccount().value();
    QList<VaultEntryId> ids;
    for (int i = 0; i < 3; ++i) {
        auto id =
            f->vault->add(sampleEntry(f->customer, u"Access %1"_s.arg(i)), Secret::fromText(u"secret %1"_s.arg(i)));
        QVERIFY(id.ok());
        ids.append(*id);
    }
    Agent ada;
    ada.login = u"ada"_s;
    ada.displayName = u"Ada Admin"_s;
    ada.role = AgentRole::Admin;
    const AgentId admin = AgentStore(*f->db, f->clock).create(ada).value();
    Agent bob;
    bob.login = u"bob"_s;
    bob.displayName = u"Bob Keeper"_s;
    const AgentId keeper = AgentStore(*f->db, f->clock).create(bob).value();
    const qint64 oldKey = scalar(*f->db, u"SELECT id FROM vault_keys"_s);
    tamper(*f->db,
           u"INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at) VALUES (?, ?, ?, 7)"_s,
           {oldKey, keeper.value(), admin.value()});
    tamper(*f->db,
           u"INSERT INTO vault_key_holders (vault_key_id, agent_id, granted_by, granted_at) VALUES (?, ?, ?, 8)"_s,
           {oldKey, admin.value(), admin.value()});
    // Another desktop, unlocked with the old passphrase before the change.
    MemoryKeyStore otherKeys;
    VaultStore other(*f->db, otherKeys, f->clock, testParams);
    QVERIFY(other.unlock(passphrase).ok());

    QVERIFY(f->vault->changePassphrase(passphrase, newPassphrase, admin).ok());

    // Every access opens as before, with its version unchanged (an edit under way stays valid).
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(f->vault->reveal(ids.at(i)).value().toString(), u"secret %1"_s.arg(i));
        QCOMPARE(f->vault->entry(ids.at(i)).value().version, 1);
    }
    // One key, the new one, held by whoever held the old one, as granted then.
    QCOMPARE(scalar(*f->db, u"SELECT count(*) FROM vault_keys"_s), 1);
    const qint64 newKey = scalar(*f->db, u"SELECT id FROM vault_keys"_s);
    QVERIFY(newKey != oldKey);
    QCOMPARE(f->vault->unlockedKeyId(), newKey);
    QCOMPARE(scalar(*f->db, u"SELECT count(*) FROM vault_entries WHERE vault_key_id <> %1"_s.arg(newKey)), 0);
    QCOMPARE(scalar(*f->db,
                    u"SELECT granted_at FROM vault_key_holders WHERE agent_id = %1 AND vault_key_id = %2"_s
                        .arg(keeper.value())
                        .arg(newKey)),
             7);
    QCOMPARE(scalar(*f->db, u"SELECT count(*) FROM vault_key_holders"_s), 2);
    // This machine keeps the new key only.
    QVERIFY(!f->keys.contains(oldAccount));
    QVERIFY(f->keys.contains(f->vault->keyStoreAccount().value()));

    // The old passphrase opens nothing any more, and the old key in memory neither.
    QVERIFY(!other.reveal(ids.first()));
    QVERIFY(other.unlockedKeyId() != newKey);
    QCOMPARE(other.unlock(passphrase).error().kind, Error::Kind::Authentication);
    QCOMPARE(other.unlockFromKeyStore().value(), false);
    QVERIFY(other.unlock(newPassphrase).ok());
    QCOMPARE(other.reveal(ids.last()).value().toString(), u"secret 2"_s);
}

void TestVaultStore::aRefusedNewPassphraseChangesNothing()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto kept = f->vault->add(sampleEntry(f->customer, u"Kept"_s), Secret::fromText(u"kept secret"_s));
    const auto damaged = f->vault->add(sampleEntry(f->customer, u"Damaged"_s), Secret::fromText(u"lost"_s));
    QVERIFY(kept.ok() && damaged.ok());
    Agent ivan;
    ivan.login = u"ivan"_s;
    ivan.displayName = u"Ivan Agent"_s;
    const AgentId agent = AgentStore(*f->db, f->clock).create(ivan).value();
    const qint64 key = scalar(*f->db, u"SELECT id FROM vault_keys"_s);

    QCOMPARE(f->vault->changePassphrase(u"not the passphrase at all"_s, newPassphrase).error().kind,
             Error::Kind::Authentication);
    QCOMPARE(f->vault->changePassphrase(passphrase, passphrase).error().kind, Error::Kind::Invalid);
    QCOMPARE(f->vault->changePassphrase(passphrase, u"short"_s).error().kind, Error::Kind::Invalid);
    const Status notAdmin = f->vault->changePassphrase(passphrase, newPassphrase, agent);
    QCOMPARE(notAdmin.error().kind, Error::Kind::ReadOnly);
    QVERIFY2(notAdmin.error().message.contains(u"Only an admin"_s), qPrintable(notAdmin.error().message));

    // An access changed behind the app's back does not open: the change stops and says which.
    tamper(*f->db, u"UPDATE vault_entries SET url = 'https://evil.example' WHERE id = ?"_s, {damaged->value()});
    const Status stopped = f->vault->changePassphrase(passphrase, newPassphrase);
    QCOMPARE(stopped.error().kind, Error::Kind::Conflict);
    QVERIFY2(stopped.error().message.contains(QString::number(damaged->value())), qPrintable(stopped.error().message));

    // Locked, it needs the key first.
    VaultStore locked(*f->db, f->keys, f->clock, testParams);
    QCOMPARE(locked.changePassphrase(passphrase, newPassphrase).error().kind, Error::Kind::Authentication);

    QCOMPARE(scalar(*f->db, u"SELECT count(*) FROM vault_keys"_s), 1);
    QCOMPARE(scalar(*f->db, u"SELECT id FROM vault_keys"_s), key);
    QCOMPARE(f->vault->unlockedKeyId(), key);
    QCOMPARE(f->vault->reveal(*kept).value().toString(), u"kept secret"_s);
    MemoryKeyStore otherKeys;
    VaultStore other(*f->db, otherKeys, f->clock, testParams);
    QVERIFY(other.unlock(passphrase).ok());
    QCOMPARE(other.reveal(*kept).value().toString(), u"kept secret"_s);
}

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
