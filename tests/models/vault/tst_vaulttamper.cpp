// SPDX-License-Identifier: GPL-3.0-or-later
// R17: an access's secret is bound to every field a person acts on. Someone who can write the
// database but has no team key cannot point an access at another host (or user, kind, label,
// customer) and have the next agent type the password there: the reveal fails closed.
#include "models/agents/agentstore.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/keystore.h"
#include "models/vault/vaultstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 start = 1'795'000'000'000;
const QString passphrase = u"our team passphrase, long enough"_s;

struct Fixture
{
    std::unique_ptr<Database> db;
    FakeClock clock{start};
    MemoryKeyStore keys;
    std::unique_ptr<VaultStore> vault;
    CustomerId customer;
    CustomerId otherCustomer;
};

std::unique_ptr<Fixture> makeFixture(const Test::TestDatabase &testDb)
{
    auto f = std::make_unique<Fixture>();
    f->db = testDb.open();
    if (!f->db)
        return nullptr;
    f->vault = std::make_unique<VaultStore>(*f->db, f->keys, f->clock, KdfParams::minimum());
    Customer c;
    c.displayName = u"Acme Shop"_s;
    f->customer = CustomerStore(*f->db, f->clock).create(c).value();
    c.displayName = u"Mallory Ltd"_s;
    f->otherCustomer = CustomerStore(*f->db, f->clock).create(c).value();
    if (!f->vault->setUp(passphrase).ok())
        return nullptr;
    return f;
}

VaultEntry wordPressEntry(CustomerId customer)
{
    VaultEntry e;
    e.customer = customer;
    e.kind = VaultEntryKind::WordPress;
    e.label = u"Shop admin"_s;
    e.url = u"https://shop.example.com/wp-admin"_s;
    e.userName = u"support"_s;
    return e;
}

VaultEntry serverEntry(CustomerId customer)
{
    VaultEntry e;
    e.customer = customer;
    e.kind = VaultEntryKind::Server;
    e.label = u"Production server"_s;
    e.url = u"db1.shop.example.com:22"_s;
    e.userName = u"deploy"_s;
    return e;
}

bool exec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        qWarning() << q.lastError().text();
    return q.isActive();
}

QVariant column(Database &db, const QString &name, VaultEntryId id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + name + u" FROM vault_entries WHERE id = ?"_s);
    q.addBindValue(id.value());
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

/// Rewrites an entry as the app sealed it before format 2: bound to customer, kind and label only.
bool sealInFormatOne(Fixture &f, VaultEntryId id, const QString &plaintext)
{
    const QString account = f.vault->keyStoreAccount().value();
    auto kept = f.keys.load(account);
    if (!kept || !kept->has_value())
        return false;
    std::optional<Secret> secret = std::move(kept).value();
    auto key = VaultKey::fromSecret(std::move(*secret));
    if (!key)
        return false;
    const VaultEntry e = f.vault->entry(id).value();
    const QByteArray plain = plaintext.toUtf8();
    auto sealed = key->seal(plain, entryBinding(e.customer.value(), vaultEntryKindNames.name(e.kind), e.label));
    if (!sealed)
        return false;
    return exec(*f.db, u"UPDATE vault_entries SET nonce = ?, secret = ?, seal_format = 1 WHERE id = ?"_s,
                QVariantList{QVariant(sealed->nonce), QVariant(sealed->ciphertext), QVariant(id.value())});
}

} // namespace

class TestVaultTamper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R17_everyActedOnFieldChangedWithoutTheKeyFailsClosed_data() { Test::addEngineColumn(); }
    void R17_everyActedOnFieldChangedWithoutTheKeyFailsClosed();
    void R17_olderEntriesAreResealedOnUnlock_data() { Test::addEngineColumn(); }
    void R17_olderEntriesAreResealedOnUnlock();
    void R17_changingTheAddressNeedsTheKey_data() { Test::addEngineColumn(); }
    void R17_changingTheAddressNeedsTheKey();
    void R17_aCustomerMergeIsNoTampering_data() { Test::addEngineColumn(); }
    void R17_aCustomerMergeIsNoTampering();
    void R17_anAccessAnOlderMergeMovedOpensAgainAtUnlock_data() { Test::addEngineColumn(); }
    void R17_anAccessAnOlderMergeMovedOpensAgainAtUnlock();
};

void TestVaultTamper::R17_everyActedOnFieldChangedWithoutTheKeyFailsClosed()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const struct
    {
        const char *what;
        VaultEntry entry;
        QString column;
        QVariant forged;
    } cases[] = {
        {"URL pointed at another host", wordPressEntry(f->customer), u"url"_s, u"https://shop.example.net/wp-admin"_s},
        {"URL emptied", wordPressEntry(f->customer), u"url"_s, QVariant(QMetaType::fromType<QString>())},
        {"host of a server", serverEntry(f->customer), u"url"_s, u"db1.attacker.example:22"_s},
        {"user name", wordPressEntry(f->customer), u"user_name"_s, u"admin"_s},
        {"user name emptied", serverEntry(f->customer), u"user_name"_s, QVariant(QMetaType::fromType<QString>())},
        {"kind", wordPressEntry(f->customer), u"kind"_s, u"tracker"_s},
        {"label", wordPressEntry(f->customer), u"label"_s, u"Shop admin (new)"_s},
        {"customer", wordPressEntry(f->customer), u"customer_id"_s, f->otherCustomer.value()},
        {"older format claimed", wordPressEntry(f->customer), u"seal_format"_s, 1},
        {"unknown format claimed", wordPressEntry(f->customer), u"seal_format"_s, 7},
    };
    for (const auto &c : cases) {
        const auto id = f->vault->add(c.entry, Secret::fromText(u"hunter2-secret"));
        QVERIFY(id.ok());
        QCOMPARE(f->vault->reveal(*id).value().toString(), u"hunter2-secret"_s);
        const QVariant original = column(*f->db, c.column, *id);
        QVERIFY(
            exec(*f->db, u"UPDATE vault_entries SET "_s + c.column + u" = ? WHERE id = ?"_s, {c.forged, id->value()}));

        const auto opened = f->vault->reveal(*id);
        QVERIFY2(!opened.ok(), c.what);
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
        QVERIFY2(opened.error().message.contains(u"changed outside Casebook"_s)
                     || opened.error().message.contains(u"does not know"_s),
                 qPrintable(opened.error().message));
        // The access list still reads: only the secret is withheld.
        QVERIFY(f->vault->entry(*id).ok());

        // Put back as it was, it opens again: the field alone made the difference.
        QVERIFY(
            exec(*f->db, u"UPDATE vault_entries SET "_s + c.column + u" = ? WHERE id = ?"_s, {original, id->value()}));
        QVERIFY2(f->vault->reveal(*id).ok(), c.what);
    }

    // Notes are hints, not something anyone connects with: they stay editable without the key.
    const auto id = f->vault->add(wordPressEntry(f->customer), Secret::fromText(u"hunter2-secret"));
    QVERIFY(exec(*f->db, u"UPDATE vault_entries SET notes = 'call first' WHERE id = ?"_s, {id->value()}));
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"hunter2-secret"_s);
}

void TestVaultTamper::R17_olderEntriesAreResealedOnUnlock()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto a = f->vault->add(wordPressEntry(f->customer), Secret::fromText(u"placeholder"));
    const auto b = f->vault->add(serverEntry(f->customer), Secret::fromText(u"placeholder"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(column(*f->db, u"seal_format"_s, *a).toInt(), 2);
    // As a database upgraded by migration 018 holds them: sealed before the address was bound.
    QVERIFY(sealInFormatOne(*f, *a, u"alpha-old-format"_s));
    QVERIFY(sealInFormatOne(*f, *b, u"bravo-old-format"_s));
    QCOMPARE(f->vault->reveal(*a).value().toString(), u"alpha-old-format"_s); // read with the old binding
    const QByteArray oldNonce = column(*f->db, u"nonce"_s, *a).toByteArray();
    const qint64 version = f->vault->entry(*a)->version;

    // The passphrase path.
    f->vault->lock();
    VaultStore desk(*f->db, f->keys, f->clock, KdfParams::minimum());
    QVERIFY(desk.unlock(passphrase).ok());
    QCOMPARE(column(*f->db, u"seal_format"_s, *a).toInt(), 2);
    QCOMPARE(column(*f->db, u"seal_format"_s, *b).toInt(), 2);
    QVERIFY(column(*f->db, u"nonce"_s, *a).toByteArray() != oldNonce);
    QCOMPARE(desk.entry(*a)->version, version); // nobody's edit under way turns into a conflict
    QCOMPARE(desk.reveal(*a).value().toString(), u"alpha-old-format"_s);
    QCOMPARE(desk.reveal(*b).value().toString(), u"bravo-old-format"_s);
    // Re-sealed, the address is bound too.
    QVERIFY(exec(*f->db, u"UPDATE vault_entries SET url = 'https://shop.example.net/' WHERE id = ?"_s, {a->value()}));
    QCOMPARE(desk.reveal(*a).error().kind, Error::Kind::Corrupt);

    // The keychain path re-seals as well; an entry that does not open is left alone.
    QVERIFY(sealInFormatOne(*f, *b, u"bravo-again"_s));
    QVERIFY(exec(*f->db, u"UPDATE vault_entries SET secret = ? WHERE id = ?"_s, {QByteArray(40, 'x'), a->value()}));
    QVERIFY(exec(*f->db, u"UPDATE vault_entries SET seal_format = 1 WHERE id = ?"_s, {a->value()}));
    VaultStore nextStart(*f->db, f->keys, f->clock, KdfParams::minimum());
    QCOMPARE(nextStart.unlockFromKeyStore().value(), true);
    QCOMPARE(column(*f->db, u"seal_format"_s, *b).toInt(), 2);
    QCOMPARE(nextStart.reveal(*b).value().toString(), u"bravo-again"_s);
    QCOMPARE(column(*f->db, u"seal_format"_s, *a).toInt(), 1);
    QCOMPARE(nextStart.reveal(*a).error().kind, Error::Kind::Corrupt);
}

void TestVaultTamper::R17_changingTheAddressNeedsTheKey()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto id = f->vault->add(wordPressEntry(f->customer), Secret::fromText(u"kept-secret"));
    QVERIFY(id.ok());
    VaultEntry e = f->vault->entry(*id).value();

    f->vault->lock();
    e.url = u"https://shop.example.org/wp-admin"_s;
    QCOMPARE(f->vault->update(e, e.version).error().kind, Error::Kind::Authentication);
    e.url = f->vault->entry(*id)->url;
    e.userName = u"owner"_s;
    QCOMPARE(f->vault->update(e, e.version).error().kind, Error::Kind::Authentication);

    // Unlocked, the app's own edit re-seals with the new address and the secret still opens.
    QVERIFY(f->vault->unlock(passphrase).ok());
    e.url = u"https://shop.example.org/wp-admin"_s;
    const auto version = f->vault->update(e, e.version);
    QVERIFY(version.ok());
    QCOMPARE(f->vault->reveal(*id).value().toString(), u"kept-secret"_s);
    QCOMPARE(f->vault->entry(*id)->url, e.url);
    QCOMPARE(f->vault->entry(*id)->userName, u"owner"_s);
}

namespace {

qint64 versionOf(Fixture &f, CustomerId customer)
{
    return CustomerStore(*f.db, f.clock).customer(customer)->version;
}

} // namespace

void TestVaultTamper::R17_aCustomerMergeIsNoTampering()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    Agent lena;
    lena.login = u"lena"_s;
    lena.displayName = u"Lena Lead"_s;
    const AgentId by = AgentStore(*f->db, f->clock).create(lena).value();
    const auto own = f->vault->add(wordPressEntry(f->customer), Secret::fromText(u"survivor's"_s));
    const auto moved = f->vault->add(serverEntry(f->otherCustomer), Secret::fromText(u"duplicate's"_s));
    QVERIFY(own.ok() && moved.ok());
    CustomerStore customers(*f->db, f->clock);
    Customer third;
    third.displayName = u"Acme Group"_s;
    const CustomerId group = customers.create(third).value();

    QVERIFY(
        customers.merge(f->customer, versionOf(*f, f->customer), f->otherCustomer, versionOf(*f, f->otherCustomer), by)
            .ok());
    // The survivor's card lists both, and both open: the access stays bound to its record.
    QCOMPARE(f->vault->entries(f->customer)->size(), 2);
    QCOMPARE(f->vault->reveal(*moved).value().toString(), u"duplicate's"_s);
    QCOMPARE(f->vault->reveal(*own).value().toString(), u"survivor's"_s);
    // A merge of the survivor in turn: the new survivor lists all of them.
    QVERIFY(customers.merge(group, versionOf(*f, group), f->customer, versionOf(*f, f->customer), by).ok());
    const QList<VaultEntry> listed = f->vault->entries(group).value();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(f->vault->reveal(*moved).value().toString(), u"duplicate's"_s);
    // Edited from the survivor's card, it still opens (and still names its own record).
    VaultEntry edited = f->vault->entry(*moved).value();
    edited.label = u"Production, renamed"_s;
    QVERIFY(f->vault->update(edited, edited.version).ok());
    QCOMPARE(f->vault->reveal(*moved).value().toString(), u"duplicate's"_s);
    QCOMPARE(f->vault->entries(group)->size(), 2);
}

void TestVaultTamper::R17_anAccessAnOlderMergeMovedOpensAgainAtUnlock()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto f = makeFixture(testDb);
    QVERIFY(f);
    const auto moved = f->vault->add(serverEntry(f->otherCustomer), Secret::fromText(u"duplicate's"_s));
    QVERIFY(moved.ok());
    // What a merge did before: the access moved to the survivor, breaking its binding.
    QVERIFY(exec(*f->db, u"UPDATE customers SET merged_into_id = ? WHERE id = ?"_s,
                 {f->customer.value(), f->otherCustomer.value()}));
    QVERIFY(exec(*f->db, u"UPDATE vault_entries SET customer_id = ? WHERE id = ?"_s,
                 {f->customer.value(), moved->value()}));
    QCOMPARE(f->vault->reveal(*moved).error().kind, Error::Kind::Corrupt);

    // The next unlock puts it back under the record it was sealed for; the survivor lists it.
    MemoryKeyStore otherMachine;
    VaultStore next(*f->db, otherMachine, f->clock, KdfParams::minimum());
    QVERIFY(next.unlock(passphrase).ok());
    QCOMPARE(column(*f->db, u"customer_id"_s, *moved).toLongLong(), f->otherCustomer.value());
    QCOMPARE(next.reveal(*moved).value().toString(), u"duplicate's"_s);
    QCOMPARE(next.entries(f->customer)->size(), 1);
    // Tampering stays tampering: an access pointed at an unrelated customer is not "repaired".
    Customer stranger;
    stranger.displayName = u"Stranger"_s;
    const CustomerId elsewhere = CustomerStore(*f->db, f->clock).create(stranger).value();
    QVERIFY(
        exec(*f->db, u"UPDATE vault_entries SET customer_id = ? WHERE id = ?"_s, {elsewhere.value(), moved->value()}));
    MemoryKeyStore thirdMachine;
    VaultStore third(*f->db, thirdMachine, f->clock, KdfParams::minimum());
    QVERIFY(third.unlock(passphrase).ok());
    QCOMPARE(column(*f->db, u"customer_id"_s, *moved).toLongLong(), elsewhere.value());
    QCOMPARE(third.reveal(*moved).error().kind, Error::Kind::Corrupt);
}

QTEST_GUILESS_MAIN(TestVaultTamper)
#include "tst_vaulttamper.moc"
