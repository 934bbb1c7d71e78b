// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "vaultcrypto.h"

#include <QObject>

#include <memory>

namespace Casebook {

class Clock;
class Database;
class KeychainBackend;
class KeychainKeyStore;
class VaultHolderStore;
class VaultStore;
struct Change;

/**
 * The access vault as this desktop session sees it: one VaultStore and this machine's
 * keychain, shared by every vault panel, so the passphrase is asked at most once per session.
 *
 * start() works out the state without blocking: not set up; unlocked from the key kept in the
 * OS keychain; or locked, when the keychain has no key or there is no keychain (then the key
 * stays in memory for this session only, and message() says so).
 *
 * The person at this desk (setAgent()) must hold the team key (VaultHolderStore): on a team
 * server only holders read the vault at all. A non-holder gets NotHolder, with message()
 * naming whom to ask; a grant or a revocation made anywhere reaches the session through the
 * ChangeFeed. With nobody signed in (a fresh file, some tests) holding is not asked.
 */
class VaultSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    enum class State {
        Idle, ///< start() not called yet
        Checking, ///< asking the keychain for the key of this machine
        NotSetUp, ///< no team key yet: choose a team passphrase
        NotHolder, ///< set up; the person at this desk does not hold the team key (message(): whom to ask)
        Locked, ///< set up; the passphrase is needed
        Unlocked,
        Failed, ///< the vault could not be read; message() says why
    };
    Q_ENUM(State)

    /// `keychain` is this machine's keychain (makeOsKeychain() in the app, a fake in tests).
    VaultSession(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
                 const KdfParams &newVaultParams, QObject *parent = nullptr);
    ~VaultSession() override;

    [[nodiscard]] VaultStore &store() const { return *m_store; }
    [[nodiscard]] KeychainKeyStore &keyStore() const { return *m_keys; }
    [[nodiscard]] VaultHolderStore &holders() const { return *m_holders; }
    [[nodiscard]] State state() const { return m_state; }
    /// Why the vault is locked or failed, or a notice about the keychain; may be empty.
    [[nodiscard]] QString message() const { return m_message; }

    /// The person at this desk: the one who must hold the key, and who holds it after setUp().
    /// Changing it works the state out again.
    void setAgent(AgentId agent);
    [[nodiscard]] AgentId agent() const { return m_agent; }

    /// Works out the state once; later calls do nothing unless the state is Idle or Failed.
    void start();
    /// Stops waiting for the keychain (it may be showing its own unlock prompt) and asks for
    /// the passphrase; a key the keychain hands over later still unlocks.
    void skipKeychain();
    /// Creates the team key (VaultStore::setUp) and unlocks.
    Status setUp(QStringView passphrase);
    /// Unlocks with the team passphrase; a wrong one leaves the vault locked.
    Status unlock(QStringView passphrase);
    /// Gives the team a new passphrase (VaultStore::changePassphrase) as the person at this desk.
    Status changePassphrase(QStringView current, QStringView next);
    /// Locks this session; the keychain keeps its key.
    void lock();
    /// Locks and drops the key from this machine's keychain.
    Status forgetOnThisMachine();

Q_SIGNALS:
    void stateChanged(Casebook::VaultSession::State state);
    /// Someone was given or lost the team key, here or on another desktop.
    void holdersChanged();

private:
    void setState(State state, const QString &message = {});
    /// Works the state out from the database and this machine's keychain.
    void evaluate();
    void keyFetched(const QString &account, bool found);
    [[nodiscard]] QString keychainNotice() const;
    /// Why the vault is locked: m_lockedBecause and the keychain notice.
    [[nodiscard]] QString lockedMessage() const;
    /// True when the person at this desk holds the key, or nobody is signed in.
    [[nodiscard]] Result<bool> mayRead() const;
    [[nodiscard]] QString notHolderMessage() const;
    /// Someone's holding changed (here or on another desktop): lock, or look for the key.
    void holdingChanged();
    void onChanges(const QList<Casebook::Change> &changes);

    std::unique_ptr<KeychainKeyStore> m_keys;
    std::unique_ptr<VaultStore> m_store;
    std::unique_ptr<VaultHolderStore> m_holders;
    AgentId m_agent;
    bool m_settingUp = false;
    State m_state = State::Idle;
    QString m_message;
    QString m_fetching; ///< the account asked for, while Checking
    QString m_lockedBecause; ///< why the vault locked by itself, until it is open again
};

} // namespace Casebook
