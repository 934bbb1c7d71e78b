// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "vaultcrypto.h"
#include "vaultentry.h"

#include <QList>

#include <optional>

namespace Casebook {

class Clock;
class Database;
class KeyStore;
class WriteTransaction;

/**
 * The access vault (R17, R18): customers' accesses with their secrets sealed under the
 * team key, and the team's shared SSH public key.
 *
 * The team key is derived from the team passphrase (Argon2id, parameters and salt in
 * `vault_keys`) and kept in memory while unlocked, and in the KeyStore of this machine.
 * Lists never carry secrets; reveal() opens one on request. Nothing here logs a secret.
 */
class VaultStore final
{
    Q_DISABLE_COPY_MOVE(VaultStore)

public:
    /// Shortest team passphrase accepted for a new vault.
    static constexpr qsizetype minPassphraseLength = 12;

    /// Uses the system clock and KdfParams::moderate() for a new vault.
    VaultStore(Database &database, KeyStore &keyStore);
    /// `newVaultParams` applies only to setUp(); unlocking uses the parameters stored with the key.
    VaultStore(Database &database, KeyStore &keyStore, const Clock &clock, const KdfParams &newVaultParams);
    ~VaultStore();

    /// True once a team key exists in the database.
    Result<bool> isSetUp() const;
    /// Creates the team key from the first passphrase and unlocks. Refused if a key exists.
    /// `by`, the person setting it up, holds the key from then on (VaultHolderStore).
    Status setUp(QStringView passphrase, AgentId by = {});
    /// Derives the key from `passphrase`, checks it against the stored key check, keeps it
    /// in memory and in the KeyStore, and re-seals entries sealed in an older format.
    /// A wrong passphrase is Error::Kind::Authentication.
    Status unlock(QStringView passphrase);
    /// Unlocks with the key kept on this machine. False (not an error) when none is kept or
    /// it no longer fits the vault: the caller then asks for the passphrase.
    Result<bool> unlockFromKeyStore();
    /**
     * Gives the team a new passphrase, and so a new key: every access is sealed again under it,
     * whoever held the old key holds the new one, and the old key is removed, all in one
     * transaction. Needs the vault unlocked and the current passphrase typed again. On a team
     * server only an admin may (the server refuses anyone else); `by` is the person at this desk.
     * Other desktops no longer open the vault with the key they keep and ask for the new
     * passphrase. An access that does not open stops the change, and nothing changes.
     */
    Status changePassphrase(QStringView current, QStringView next, AgentId by = {});
    /// The team key in memory (0 while locked). Another desktop's new passphrase replaces the
    /// team key, and this one then opens nothing: VaultSession locks.
    [[nodiscard]] qint64 unlockedKeyId() const { return m_keyId; }
    /// Drops the key from memory; the KeyStore keeps its copy.
    void lock();
    /// Drops the key from memory and from this machine's KeyStore.
    Status forgetOnThisMachine();
    [[nodiscard]] bool isUnlocked() const { return m_key.has_value(); }
    /// The KeyStore account of the team key, empty when the vault is not set up. It names the
    /// key's salt, so a key kept for another vault (or an older team key) is never found.
    Result<QString> keyStoreAccount() const;

    /// Adds an access with its secret (needs the vault unlocked). `entry.id` is ignored.
    Result<VaultEntryId> add(const VaultEntry &entry, const Secret &secret);
    /**
     * Updates label, kind, URL, user name and notes, and the secret when `newSecret` is given.
     * Changing customer, kind, label, URL or user name re-seals the secret (they are bound to
     * it), so that needs the vault unlocked; notes alone do not.
     * Returns the new version; a stale `expectedVersion` is Error::Kind::Conflict.
     */
    Result<qint64> update(const VaultEntry &entry, qint64 expectedVersion, const Secret *newSecret = nullptr);
    Status remove(VaultEntryId id, qint64 expectedVersion);
    /// The customer's accesses by kind and label, without secrets.
    Result<QList<VaultEntry>> entries(CustomerId customer) const;
    Result<VaultEntry> entry(VaultEntryId id) const;
    /// Opens one secret, on an explicit request only. Fails closed (Error::Kind::Corrupt) on any
    /// damage, and on any change made without the key to the fields the secret is bound to.
    Result<Secret> reveal(VaultEntryId id) const;
    /// R17: `agent` checked at the clock's time that the access works. Returns the new version.
    Result<qint64> markChecked(VaultEntryId id, AgentId agent, qint64 expectedVersion);

    /// R18: the team's shared SSH public key (a plain value, not a secret); empty when unset.
    Result<QString> sshPublicKey() const;
    /// R18: stores the team's SSH public key once for everyone; refuses anything that is not
    /// a single OpenSSH public key line, and above all a private key.
    Status setSshPublicKey(const QString &key);
    /**
     * R18: the text a reply inserts when a customer asks for an agent's SSH key: the team's
     * shared public key line. Error::Kind::NotFound, with a message saying where to set it,
     * while the team has none.
     */
    Result<QString> sshPublicKeyForReply() const;

private:
    struct KeyRow
    {
        qint64 id = 0;
        QByteArray salt;
        KdfParams params;
        QByteArray keyCheck;
    };
    struct NewKey
    {
        VaultKey key;
        KeyRow row;
    };
    /// A key for a new passphrase (the length checked, a fresh salt, the key check), derived
    /// before any transaction: Argon2 takes about a second and must not hold the write lock.
    Result<NewKey> makeKey(QStringView passphrase) const;
    /// Adds the key row in `tx`; the database makes `by` its first holder. Returns its id.
    Result<qint64> insertKey(const WriteTransaction &tx, const KeyRow &row, AgentId by) const;
    /// The KeyStore account of the key with `salt`.
    static QString accountFor(const QByteArray &salt);
    Result<std::optional<KeyRow>> keyRow() const;
    Status requireUnlocked() const;
    /// Keeps the key in memory and in the KeyStore (a KeyStore failure only costs a prompt later).
    void adopt(VaultKey key, const KeyRow &row);
    /// `WITH RECURSIVE merged(id)`: the customer bound as the first parameter and every record
    /// merged into it, at any depth.
    static const QString &mergedCustomers();
    /// Puts an access that an older Casebook's customer merge moved to the survivor (which broke
    /// its binding, so it no longer opened) back under the merged record it was sealed for, where
    /// the survivor's card still lists it. Needs the key; a failure is logged, not returned.
    void rebindMergedEntries();
    /// Seals entries of an older EntrySealFormat again in the current one, now that the key is
    /// at hand. A failure leaves them as they were (still readable); it is logged, not returned.
    void resealOlderEntries();

    Database &m_database;
    KeyStore &m_keyStore;
    const Clock &m_clock;
    KdfParams m_newVaultParams;
    std::optional<VaultKey> m_key;
    qint64 m_keyId = 0;
};

} // namespace Casebook
