// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsession.h"

#include "keychainkeystore.h"
#include "vaultlog.h"
#include "vaultstore.h"

#include <QCoreApplication>

namespace Casebook {

VaultSession::VaultSession(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
                           const KdfParams &newVaultParams, QObject *parent)
    : QObject(parent)
    , m_keys(std::make_unique<KeychainKeyStore>(std::move(keychain)))
    , m_store(std::make_unique<VaultStore>(database, *m_keys, clock, newVaultParams))
{
    connect(m_keys.get(), &KeychainKeyStore::fetched, this, &VaultSession::keyFetched);
    connect(m_keys.get(), &KeychainKeyStore::keychainFailed, this, [this] {
        // Only the notice changes: an unlocked vault stays unlocked for this session.
        if (m_state == State::Locked || m_state == State::Unlocked)
            setState(m_state, keychainNotice());
    });
}

VaultSession::~VaultSession() = default;

QString VaultSession::keychainNotice() const
{
    if (m_keys->isKeychainAvailable())
        return {};
    return QCoreApplication::translate("Casebook::VaultSession",
                                       "This machine has no usable keychain (%1). The team passphrase is asked once "
                                       "per session and the key is kept in memory only.")
        .arg(m_keys->keychainProblem());
}

void VaultSession::setState(State state, const QString &message)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    if (changed)
        Q_EMIT stateChanged(state);
}

void VaultSession::start()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    if (m_store->isUnlocked()) {
        setState(State::Unlocked, keychainNotice());
        return;
    }
    auto account = m_store->keyStoreAccount();
    if (!account) {
        setState(State::Failed, account.error().message);
        return;
    }
    if (account->isEmpty()) {
        setState(State::NotSetUp);
        return;
    }
    m_fetching = *account;
    setState(State::Checking);
    m_keys->fetch(*account);
}

void VaultSession::skipKeychain()
{
    if (m_state == State::Checking)
        setState(State::Locked, keychainNotice());
}

void VaultSession::keyFetched(const QString &account, bool found)
{
    if (account != m_fetching || (m_state != State::Checking && m_state != State::Locked))
        return;
    m_fetching.clear();
    if (found) {
        auto unlocked = m_store->unlockFromKeyStore();
        if (!unlocked) {
            setState(State::Failed, unlocked.error().message);
            return;
        }
        if (*unlocked) {
            setState(State::Unlocked, keychainNotice());
            return;
        }
    }
    setState(State::Locked, keychainNotice());
}

Status VaultSession::setUp(QStringView passphrase)
{
    auto done = m_store->setUp(passphrase);
    if (done)
        setState(State::Unlocked, keychainNotice());
    else if (done.error().kind == Error::Kind::Conflict)
        setState(State::Locked, done.error().message); // another desktop was first: use its passphrase
    return done;
}

Status VaultSession::unlock(QStringView passphrase)
{
    auto done = m_store->unlock(passphrase);
    if (done)
        setState(State::Unlocked, keychainNotice());
    return done;
}

void VaultSession::lock()
{
    m_store->lock();
    m_fetching.clear();
    if (m_state == State::Unlocked || m_state == State::Checking)
        setState(State::Locked, keychainNotice());
}

Status VaultSession::forgetOnThisMachine()
{
    auto done = m_store->forgetOnThisMachine();
    m_fetching.clear();
    if (m_state == State::Unlocked || m_state == State::Checking)
        setState(State::Locked, keychainNotice());
    qCInfo(lcVault) << "the team key was forgotten on this machine";
    return done;
}

} // namespace Casebook
