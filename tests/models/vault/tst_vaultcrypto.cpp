// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/keystore.h"
#include "models/vault/secret.h"
#include "models/vault/vaultcrypto.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"correct horse battery staple"_s;
const QByteArray salt(VaultKey::saltBytes, 'S');
const QByteArray sample = QByteArrayLiteral("wp-admin: Tr0ub4dor&3");

VaultKey fastKey(const QString &phrase = passphrase, const QByteArray &keySalt = salt)
{
    auto key = VaultKey::derive(phrase, keySalt, KdfParams::minimum());
    if (!key)
        qFatal("deriving a test key failed");
    return std::move(key).value();
}

QByteArray binding()
{
    return entryBinding(42, u"wordpress", u"Shop admin");
}

QByteArray flipped(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = char(bytes.at(bit / 8) ^ (1 << (bit % 8)));
    return bytes;
}

} // namespace

class TestVaultCrypto final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void shippedDefaultIsModerate();
    void wrongPassphraseFailsKeyCheck();
    void everyBitFlipFailsClosed();
    void truncatedCiphertextFailsClosed();
    void anotherTeamKeyFailsClosed();
    void bindingTiesCiphertextToItsEntry_data();
    void bindingTiesCiphertextToItsEntry();
    void noRepeatedNonce();
    void passphraseIsNormalized();
    void secretMovesAndRedacts();
    void memoryKeyStoreKeepsCopies();
};

void TestVaultCrypto::roundTrip()
{
    const VaultKey key = fastKey();
    const auto sealed = key.seal(sample, binding());
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->nonce.size(), VaultKey::nonceBytes);
    QCOMPARE(sealed->ciphertext.size(), sample.size() + VaultKey::tagBytes);
    QVERIFY(!sealed->ciphertext.contains(sample));
    const auto opened = key.open(*sealed, binding());
    QVERIFY(opened.ok());
    QVERIFY(opened->equals(sample));

    // The same passphrase and salt give the same key (another desktop of the team).
    const VaultKey again = fastKey();
    QVERIFY(again.open(*sealed, binding()).ok());
}

void TestVaultCrypto::shippedDefaultIsModerate()
{
    // The only test paying for the real cost: it proves the default and prints the figure.
    const KdfParams params = KdfParams::moderate();
    QVERIFY(params.opsLimit >= 3);
    QVERIFY(params.memLimit >= 256ULL * 1024 * 1024);
    QVERIFY(params.isValid());
    QElapsedTimer timer;
    timer.start();
    const auto key = VaultKey::derive(passphrase, VaultKey::randomSalt(), params);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(key.ok());
    qInfo("argon2id_moderate_derive %lld ms", elapsed);
}

void TestVaultCrypto::wrongPassphraseFailsKeyCheck()
{
    const VaultKey key = fastKey();
    const auto check = key.makeKeyCheck();
    QVERIFY(check.ok());
    QVERIFY(key.matchesKeyCheck(*check));
    QVERIFY(!fastKey(u"correct horse battery stapler"_s).matchesKeyCheck(*check));
    QVERIFY(!fastKey(passphrase, QByteArray(VaultKey::saltBytes, 'T')).matchesKeyCheck(*check));
    QVERIFY(!key.matchesKeyCheck(check->left(check->size() - 1)));
    QVERIFY(!key.matchesKeyCheck({}));
    for (qsizetype bit = 0; bit < check->size() * 8; ++bit)
        QVERIFY2(!key.matchesKeyCheck(flipped(*check, bit)), qPrintable(u"bit %1"_s.arg(bit)));
}

void TestVaultCrypto::everyBitFlipFailsClosed()
{
    const VaultKey key = fastKey();
    const auto sealed = key.seal(sample, binding());
    QVERIFY(sealed.ok());
    for (qsizetype bit = 0; bit < sealed->ciphertext.size() * 8; ++bit) {
        const auto opened = key.open({sealed->nonce, flipped(sealed->ciphertext, bit)}, binding());
        QVERIFY2(!opened.ok(), qPrintable(u"ciphertext bit %1 opened"_s.arg(bit)));
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
        QVERIFY(!opened.error().message.isEmpty());
    }
    for (qsizetype bit = 0; bit < sealed->nonce.size() * 8; ++bit) {
        const auto opened = key.open({flipped(sealed->nonce, bit), sealed->ciphertext}, binding());
        QVERIFY2(!opened.ok(), qPrintable(u"nonce bit %1 opened"_s.arg(bit)));
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
    }
    for (qsizetype bit = 0; bit < binding().size() * 8; ++bit)
        QVERIFY2(!key.open(*sealed, flipped(binding(), bit)).ok(), qPrintable(u"binding bit %1 opened"_s.arg(bit)));
}

void TestVaultCrypto::truncatedCiphertextFailsClosed()
{
    const VaultKey key = fastKey();
    const auto sealed = key.seal(sample, binding());
    QVERIFY(sealed.ok());
    for (qsizetype length = 0; length < sealed->ciphertext.size(); ++length) {
        const auto opened = key.open({sealed->nonce, sealed->ciphertext.left(length)}, binding());
        QVERIFY2(!opened.ok(), qPrintable(u"%1 bytes opened"_s.arg(length)));
        QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
    }
    QVERIFY(!key.open({sealed->nonce.left(VaultKey::nonceBytes - 1), sealed->ciphertext}, binding()).ok());
    QVERIFY(!key.open({sealed->nonce, sealed->ciphertext + '\0'}, binding()).ok());
}

void TestVaultCrypto::anotherTeamKeyFailsClosed()
{
    const auto sealed = fastKey().seal(sample, binding());
    QVERIFY(sealed.ok());
    const VaultKey otherTeam = fastKey(u"another team's passphrase"_s, VaultKey::randomSalt());
    const auto opened = otherTeam.open(*sealed, binding());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Corrupt);
}

void TestVaultCrypto::bindingTiesCiphertextToItsEntry_data()
{
    QTest::addColumn<QByteArray>("other");
    QTest::newRow("another customer") << entryBinding(43, u"wordpress", u"Shop admin");
    QTest::newRow("another kind") << entryBinding(42, u"server", u"Shop admin");
    QTest::newRow("another label") << entryBinding(42, u"wordpress", u"Shop admin 2");
    QTest::newRow("kind/label boundary moved") << entryBinding(42, u"wordpres", u"sShop admin");
    QTest::newRow("empty") << QByteArray();
}

void TestVaultCrypto::bindingTiesCiphertextToItsEntry()
{
    QFETCH(QByteArray, other);
    QVERIFY(other != binding());
    const VaultKey key = fastKey();
    const auto sealed = key.seal(sample, binding());
    QVERIFY(sealed.ok());
    QVERIFY(!key.open(*sealed, other).ok());
}

void TestVaultCrypto::noRepeatedNonce()
{
    const VaultKey key = fastKey();
    constexpr int count = 100'000;
    QSet<QByteArray> nonces;
    nonces.reserve(count);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const auto sealed = key.seal(sample, binding());
        QVERIFY(sealed.ok());
        nonces.insert(sealed->nonce);
    }
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(nonces.size(), count);
    qInfo("xchacha20poly1305_seal_100000 %lld ms", elapsed);
}

void TestVaultCrypto::passphraseIsNormalized()
{
    // "é" typed as one code point or as e + combining accent is the same passphrase.
    const auto composed = VaultKey::derive(u"caf\u00e9 au lait, s'il vous pla\u00eet", salt, KdfParams::minimum());
    const auto decomposed = VaultKey::derive(u"cafe\u0301 au lait, s'il vous plai\u0302t", salt, KdfParams::minimum());
    QVERIFY(composed.ok() && decomposed.ok());
    QVERIFY(composed->secret().equals(decomposed->secret().view()));
}

void TestVaultCrypto::secretMovesAndRedacts()
{
    const QByteArray canary = QByteArrayLiteral("CANARY-9f3b1c");
    Secret secret = Secret::fromBytes(canary);
    QVERIFY(secret.equals(canary));
    Secret moved = std::move(secret);
    QVERIFY(secret.isNull()); // NOLINT(bugprone-use-after-move): the point of the check
    QVERIFY(moved.equals(canary));
    QCOMPARE(moved.toString(), QString::fromLatin1(canary));

    QString printed;
    QDebug(&printed) << moved;
    QVERIFY(!printed.contains(QString::fromLatin1(canary)));
    QVERIFY(printed.contains(u"redacted"_s));

    QVERIFY(!VaultKey::fromSecret(Secret::fromBytes("too short")).ok());
    QVERIFY(!KdfParams{}.isValid());
    QVERIFY(!VaultKey::derive(passphrase, salt, KdfParams{}).ok());
    QVERIFY(!VaultKey::derive(passphrase, salt.left(3), KdfParams::minimum()).ok());
}

void TestVaultCrypto::memoryKeyStoreKeepsCopies()
{
    MemoryKeyStore store;
    const auto none = store.load(u"a"_s);
    QVERIFY(none.ok() && !none->has_value());
    {
        const Secret key = Secret::fromBytes(QByteArray(VaultKey::keyBytes, 'k'));
        QVERIFY(store.store(u"a"_s, key).ok());
    }
    const auto loaded = store.load(u"a"_s);
    QVERIFY(loaded.ok() && loaded->has_value());
    QVERIFY((*loaded)->equals(QByteArray(VaultKey::keyBytes, 'k')));
    QVERIFY(store.forget(u"a"_s).ok());
    QVERIFY(!store.contains(u"a"_s));
    QVERIFY(store.forget(u"a"_s).ok());
}

QTEST_GUILESS_MAIN(TestVaultCrypto)
#include "tst_vaultcrypto.moc"
