// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "secret.h"

#include <QByteArray>
#include <QString>

namespace Casebook {

/// Argon2id cost. Stored with each team key, so a stronger default later still opens old vaults.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /// The shipped default: libsodium's MODERATE preset (256 MiB, about a second).
    static KdfParams moderate();
    /// Cheap presets for tests only; a real vault never uses them.
    static KdfParams interactive();
    static KdfParams minimum();

    /// Within what libsodium accepts and what a desktop can afford (at most 4 GiB).
    [[nodiscard]] bool isValid() const;
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// An XChaCha20-Poly1305 ciphertext (with its 16-byte tag) and the random nonce it was sealed with.
struct SealedSecret
{
    QByteArray nonce; ///< 24 bytes, fresh for every encryption
    QByteArray ciphertext;
};

/**
 * The team key: 32 bytes derived from the team passphrase, held in protected memory.
 *
 * Every failure to open fails closed: the caller gets an Error and no plaintext at all,
 * because libsodium checks the tag before it releases a single byte.
 */
class VaultKey final
{
public:
    static constexpr qsizetype keyBytes = 32;
    static constexpr qsizetype saltBytes = 16;
    static constexpr qsizetype nonceBytes = 24;
    static constexpr qsizetype tagBytes = 16;

    // Movable like Secret, so Result<VaultKey> and std::optional hand over the one key buffer.
    VaultKey(VaultKey &&) noexcept = default;
    VaultKey &operator=(VaultKey &&) noexcept = default;
    Q_DISABLE_COPY(VaultKey)
    ~VaultKey() = default;

    /// A fresh random salt for a new team key.
    static QByteArray randomSalt();
    /// Argon2id over the passphrase. Slow on purpose (see KdfParams).
    static Result<VaultKey> derive(QStringView passphrase, QByteArrayView salt, const KdfParams &params);
    /// A key kept on this machine (KeyStore); must be exactly keyBytes long.
    static Result<VaultKey> fromSecret(Secret key);

    /// Seals `plaintext`, binding it to `associatedData` (see entryBinding()).
    [[nodiscard]] Result<SealedSecret> seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    /// Opens a sealed secret; any flipped bit, truncation, wrong key or wrong binding fails.
    [[nodiscard]] Result<Secret> open(const SealedSecret &sealed, QByteArrayView associatedData) const;

    /// A known plaintext sealed under this key (nonce + ciphertext), stored with the vault.
    [[nodiscard]] Result<QByteArray> makeKeyCheck() const;
    /// True when `keyCheck` was made by this key: the passphrase was right.
    [[nodiscard]] bool matchesKeyCheck(QByteArrayView keyCheck) const;

    /// The raw key, for handing to a KeyStore.
    [[nodiscard]] const Secret &secret() const { return m_key; }

private:
    explicit VaultKey(Secret key);

    Secret m_key;
};

/// How an entry's secret is bound to its row (`vault_entries.seal_format`).
enum class EntrySealFormat {
    /// Sealed before the binding covered the address: customer, kind and label only. Such an
    /// entry is opened with this binding once, when the vault is unlocked, and re-sealed.
    CustomerKindLabel = 1,
    /// Every field a person acts on: customer, kind, label, URL or host and user name.
    ActedOnFields = 2,
};

/// What new and re-sealed entries are bound to.
inline constexpr EntrySealFormat currentEntrySealFormat = EntrySealFormat::ActedOnFields;

/// The fields of an entry that its secret is bound to, as they are stored.
struct EntryBindingFields
{
    qint64 customerId = 0;
    QString kind; ///< the stored name ("wordpress")
    QString label;
    QString url;
    QString userName;
};

/**
 * The associated data that binds a ciphertext to its entry in `format`. A ciphertext moved to
 * another entry, or an entry whose address, user name, kind, label or customer was changed
 * behind the app's back, no longer opens: nobody without the team key can point an access at
 * another host and have the next agent type the password there.
 */
[[nodiscard]] QByteArray entryBinding(EntrySealFormat format, const EntryBindingFields &fields);

/// The format-1 binding (customer, kind and label), kept to read entries sealed before format 2.
[[nodiscard]] QByteArray entryBinding(qint64 customerId, QStringView kind, QStringView label);

} // namespace Casebook
