// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Casebook {

/**
 * One asynchronous OS keychain: QtKeychain in the app (makeOsKeychain()), a fake in tests.
 *
 * Each call answers exactly once, later, through `done` on the thread of `context`, and not
 * at all when `context` is destroyed first. Calls are answered in the order they were made.
 */
class KeychainBackend
{
    Q_DISABLE_COPY_MOVE(KeychainBackend)

public:
    enum class Outcome {
        Done, ///< read: `data` holds the key; write and remove: it happened
        NotFound, ///< read or remove: the keychain has nothing under the account
        Unavailable, ///< no keychain, locked, refused or broken: `message` says which
    };
    struct Reply
    {
        Outcome outcome = Outcome::Unavailable;
        Secret data; ///< read only
        QString message; ///< the keychain's own words, for Unavailable
    };
    using Callback = std::function<void(Reply)>;

    KeychainBackend() = default;
    virtual ~KeychainBackend();

    virtual void read(const QString &account, QObject *context, Callback done) = 0;
    virtual void write(const QString &account, const Secret &data, QObject *context, Callback done) = 0;
    virtual void remove(const QString &account, QObject *context, Callback done) = 0;
};

/**
 * The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
 * Credential Store), entries named `service` + account. Its insecure fallback (a plain
 * settings file) is switched off: without a keychain every call answers Unavailable.
 */
[[nodiscard]] std::unique_ptr<KeychainBackend> makeOsKeychain(const QString &service);

/**
 * The vault's KeyStore on this machine: the OS keychain, with no plain-text fallback.
 *
 * KeyStore is synchronous and QtKeychain is not, so this keeps what it knows in protected
 * memory (a MemoryKeyStore) and talks to the keychain in the background: store() and
 * forget() answer at once and write through; load() answers from memory, which fetch()
 * fills from the keychain (VaultSession fetches before it unlocks). When the keychain fails,
 * keys stay in memory for this session only, isKeychainAvailable() turns false and
 * keychainFailed() says why: the next session asks for the passphrase again.
 */
class KeychainKeyStore final : public QObject, public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    explicit KeychainKeyStore(std::unique_ptr<KeychainBackend> backend, QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    Status store(const QString &account, const Secret &key) override;
    Result<std::optional<Secret>> load(const QString &account) override;
    Status forget(const QString &account) override;

    /// Reads `account` from the keychain into memory; fetched() follows once.
    void fetch(const QString &account);
    /// False once the keychain failed in this session.
    [[nodiscard]] bool isKeychainAvailable() const { return m_available; }
    /// Why the keychain failed, in its own words; empty while it works.
    [[nodiscard]] QString keychainProblem() const { return m_problem; }
    /// Keychain calls not answered yet.
    [[nodiscard]] int pendingCalls() const { return m_pending; }

Q_SIGNALS:
    /// A fetch() finished; `found` when the keychain had a key under `account`.
    void fetched(const QString &account, bool found);
    /// The keychain failed; keys are kept in memory for this session only.
    void keychainFailed(const QString &message);
    /// Every keychain call made so far has been answered.
    void idle();

private:
    void answered(const KeychainBackend::Reply &reply);

    std::unique_ptr<KeychainBackend> m_backend;
    MemoryKeyStore m_memory;
    bool m_available = true;
    QString m_problem;
    int m_pending = 0;
};

} // namespace Casebook
