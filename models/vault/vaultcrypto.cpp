// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultcrypto.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace Casebook {

namespace {

static_assert(VaultKey::keyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(VaultKey::nonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(VaultKey::tagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(VaultKey::saltBytes == crypto_pwhash_SALTBYTES);

// Versioned labels: a later format change cannot be confused with this one.
constexpr QByteArrayView keyCheckPlaintext = "casebook vault key check v1";
constexpr QByteArrayView keyCheckBinding = "casebook.vault.keycheck.v1";
constexpr QByteArrayView entryBindingPrefix = "casebook.vault.entry.v1";
constexpr QByteArrayView entryBindingV2Prefix = "casebook.vault.entry.v2";

// Well above any password or private key a person pastes; refuses absurd input early.
constexpr qsizetype maxPlaintextBytes = qsizetype(64) * 1024;
constexpr quint64 maxMemLimit = 4ULL * 1024 * 1024 * 1024;

Error noSodium()
{
    return Error{Error::Kind::Invalid,
                 QCoreApplication::translate("Casebook::VaultKey", "The encryption library could not start."),
                 {}};
}

Error noMemory()
{
    return Error{
        Error::Kind::Invalid,
        QCoreApplication::translate("Casebook::VaultKey", "There is not enough protected memory for the vault key."),
        {}};
}

Error cannotOpen()
{
    // One message for tampering, truncation and a foreign key: telling them apart would
    // only help someone probing the vault, and the fix (re-enter the access) is the same.
    return Error{Error::Kind::Corrupt,
                 QCoreApplication::translate(
                     "Casebook::VaultKey",
                     "This access cannot be decrypted: it was damaged, changed outside Casebook (its "
                     "secret, address, user name, kind, label or customer) or sealed under another team key. "
                     "Check it with the customer and enter it again."),
                 {}};
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KdfParams::isValid() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= crypto_pwhash_argon2id_OPSLIMIT_MAX
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= maxMemLimit;
}

VaultKey::VaultKey(Secret key)
    : m_key(std::move(key))
{
}

QByteArray VaultKey::randomSalt()
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Result<VaultKey> VaultKey::derive(QStringView passphrase, QByteArrayView salt, const KdfParams &params)
{
    if (!sodiumReady())
        return noSodium();
    if (salt.size() != saltBytes || !params.isValid())
        return Error{Error::Kind::Corrupt,
                     QCoreApplication::translate("Casebook::VaultKey", "The vault's key settings are damaged."),
                     {}};
    const Secret password = Secret::fromText(passphrase);
    Secret key(keyBytes);
    if (password.isNull() || key.isNull())
        return noMemory();
    if (crypto_pwhash(key.data(), size_t(key.size()), reinterpret_cast<const char *>(password.constData()),
                      size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.data()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        // Argon2 fails only when it cannot get its working memory.
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::VaultKey", "There is not enough memory to derive the team key."),
            {}};
    }
    return VaultKey(std::move(key));
}

Result<VaultKey> VaultKey::fromSecret(Secret key)
{
    if (!sodiumReady())
        return noSodium();
    if (key.isNull() || key.size() != keyBytes)
        return Error{
            Error::Kind::Corrupt,
            QCoreApplication::translate("Casebook::VaultKey", "The team key stored on this machine is damaged."),
            {}};
    return VaultKey(std::move(key));
}

Result<SealedSecret> VaultKey::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    if (plaintext.size() > maxPlaintextBytes)
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::VaultKey", "The secret is too long."), {}};
    SealedSecret sealed;
    // A random 192-bit nonce per encryption: no counter to keep in step across desktops,
    // and collisions are out of reach for any number of secrets a team will ever store.
    sealed.nonce.resize(nonceBytes);
    randombytes_buf(sealed.nonce.data(), size_t(nonceBytes));
    sealed.ciphertext.resize(plaintext.size() + tagBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), &written,
        reinterpret_cast<const unsigned char *>(plaintext.data()), quint64(plaintext.size()),
        reinterpret_cast<const unsigned char *>(associatedData.data()), quint64(associatedData.size()), nullptr,
        reinterpret_cast<const unsigned char *>(sealed.nonce.constData()), m_key.constData());
    sealed.ciphertext.resize(qsizetype(written));
    return sealed;
}

Result<Secret> VaultKey::open(const SealedSecret &sealed, QByteArrayView associatedData) const
{
    if (sealed.nonce.size() != nonceBytes || sealed.ciphertext.size() < tagBytes
        || sealed.ciphertext.size() > maxPlaintextBytes + tagBytes)
        return cannotOpen();
    Secret plaintext(sealed.ciphertext.size() - tagBytes);
    if (plaintext.isNull())
        return noMemory();
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plaintext.data(), &written, nullptr, reinterpret_cast<const unsigned char *>(sealed.ciphertext.constData()),
        quint64(sealed.ciphertext.size()), reinterpret_cast<const unsigned char *>(associatedData.data()),
        quint64(associatedData.size()), reinterpret_cast<const unsigned char *>(sealed.nonce.constData()),
        m_key.constData());
    if (rc != 0 || qsizetype(written) != plaintext.size())
        return cannotOpen(); // `plaintext` is wiped as it goes out of scope
    return plaintext;
}

Result<QByteArray> VaultKey::makeKeyCheck() const
{
    auto sealed = seal(keyCheckPlaintext, keyCheckBinding);
    if (!sealed)
        return sealed.error();
    return QByteArray(sealed->nonce + sealed->ciphertext);
}

bool VaultKey::matchesKeyCheck(QByteArrayView keyCheck) const
{
    if (keyCheck.size() < nonceBytes + tagBytes)
        return false;
    const SealedSecret sealed{keyCheck.first(nonceBytes).toByteArray(), keyCheck.sliced(nonceBytes).toByteArray()};
    const auto opened = open(sealed, keyCheckBinding);
    return opened.ok() && opened->equals(keyCheckPlaintext);
}

QByteArray entryBinding(qint64 customerId, QStringView kind, QStringView label)
{
    // Fixed-width id, NUL after the kind (kinds never contain one) and the label last:
    // no two different (customer, kind, label) triples encode to the same bytes.
    QByteArray data(entryBindingPrefix.toByteArray());
    data.append('\0');
    char id[8];
    qToBigEndian(customerId, id);
    data.append(id, sizeof id);
    data.append(kind.toUtf8());
    data.append('\0');
    data.append(label.toUtf8());
    return data;
}

QByteArray entryBinding(EntrySealFormat format, const EntryBindingFields &fields)
{
    if (format == EntrySealFormat::CustomerKindLabel)
        return entryBinding(fields.customerId, fields.kind, fields.label);
    // Every field carries its length: URLs and labels may hold any character, NUL included,
    // and no two different records may encode to the same bytes.
    QByteArray data(entryBindingV2Prefix.toByteArray());
    data.append('\0');
    char number[8];
    qToBigEndian(fields.customerId, number);
    data.append(number, sizeof number);
    for (const QString *field : {&fields.kind, &fields.label, &fields.url, &fields.userName}) {
        const QByteArray utf8 = field->toUtf8();
        qToBigEndian(quint64(utf8.size()), number);
        data.append(number, sizeof number);
        data.append(utf8);
    }
    return data;
}

} // namespace Casebook
