// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "secret.h"

#include <QByteArray>

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

/**
 * The associated data that binds a ciphertext to its entry: customer, kind and label.
 * A ciphertext moved to another entry (or an entry relabelled behind the app's back)
 * no longer opens.
 */
[[nodiscard]] QByteArray entryBinding(qint64 customerId, QStringView kind, QStringView label);

} // namespace Casebook
