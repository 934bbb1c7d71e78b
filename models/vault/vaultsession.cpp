// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsession.h"

#include "keychainkeystore.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "vaultholders.h"
#include "vaultlog.h"
#include "vaultstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace Casebook {

VaultSession::VaultSession(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
                           const KdfParams &newVaultParams, QObject *parent)
    : QObject(parent)
    , m_keys(std::make_unique<KeychainKeyStore>(std::move(keychain)))
    , m_store(std::make_unique<VaultStore>(database, *m_keys, clock, newVaultParams))
    , m_holders(std::make_unique<VaultHolderStore>(database, clock))
{
    if (ChangeFeed *feed = database.changeFeed()) {
        connect(feed, &ChangeFeed::changed, this, &VaultSession::onChanges);
        // Changes missed while the server was away are announced by the catch-up; a grant
        // made meanwhile is one of them. The state is looked at again anyway.
        connect(feed, &ChangeFeed::reconnected, this, &VaultSession::holdingChanged);
    }
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

QString VaultSession::lockedMessage() const
{
    const QString notice = keychainNotice();
    if (m_lockedBecause.isEmpty() || notice.isEmpty())
        return m_lockedBecause + notice;
    return m_lockedBecause + u'\n' + notice;
}

void VaultSession::setState(State state, const QString &message)
{
    const bool changed = state != m_state || message != m_message;
    if (state == State::Unlocked)
        m_lockedBecause.clear();
    m_state = state;
    m_message = message;
    if (changed)
        Q_EMIT stateChanged(state);
}

Result<bool> VaultSession::mayRead() const
{
    if (!m_agent.isValid())
        return true;
    return m_holders->holds(m_agent);
}

QString VaultSession::notHolderMessage() const
{
    const auto admins = m_holders->admins();
    if (!admins || admins->isEmpty())
        return QCoreApplication::translate("Casebook::VaultSession",
                                           "You do not hold the team key, so the team's accesses are not shown to "
                                           "you. Ask your team's admin to give it to you.");
    return QCoreApplication::translate("Casebook::VaultSession",
                                       "You do not hold the team key, so the team's accesses are not shown to you. "
                                       "Ask an admin to give it to you: %1.")
        .arg(QLocale().createSeparatedList(*admins));
}

void VaultSession::setAgent(AgentId agent)
{
    if (agent == m_agent)
        return;
    m_agent = agent;
    holdingChanged();
    Q_EMIT holdersChanged(); // what this person may do with the list changed
}

void VaultSession::onChanges(const QList<Change> &changes)
{
    for (const Change &change : changes) {
        if (change.entity == u"vault_key_holder" || change.entity == u"vault_key") {
            holdingChanged();
            Q_EMIT holdersChanged();
            return;
        }
    }
}

void VaultSession::holdingChanged()
{
    // Idle: start() looks when a panel first asks. Setting up: our own new key is announced
    // before setUp() has unlocked with it.
    if (m_state == State::Idle || m_settingUp)
        return;
    if (m_state == State::NotSetUp || m_state == State::NotHolder || m_state == State::Failed) {
        evaluate();
        return;
    }
    auto may = mayRead();
    if (!may) {
        setState(State::Failed, may.error().message);
    } else if (!*may) {
        // The server hides the entries from now on; the key in memory has nothing left to open.
        m_store->lock();
        m_fetching.clear();
        setState(State::NotHolder, notHolderMessage());
    } else if (m_store->isUnlocked()) {
        // A new team passphrase, chosen on another desktop: the key in memory opens nothing now.
        auto team = m_holders->teamKey();
        if (team && *team != m_store->unlockedKeyId()) {
            m_store->lock();
            m_lockedBecause = QCoreApplication::translate(
                "Casebook::VaultSession", "The team passphrase was changed on another desktop. Enter the new one.");
            evaluate();
        }
    }
}

void VaultSession::start()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    evaluate();
}

void VaultSession::evaluate()
{
    // Holding first: a non-holder is told whom to ask, whatever this machine keeps.
    auto setUp = m_store->isSetUp();
    if (!setUp) {
        setState(State::Failed, setUp.error().message);
        return;
    }
    if (!*setUp) {
        setState(State::NotSetUp);
        return;
    }
    auto may = mayRead();
    if (!may) {
        setState(State::Failed, may.error().message);
        return;
    }
    if (!*may) {
        m_store->lock();
        setState(State::NotHolder, notHolderMessage());
        return;
    }
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
        setState(State::Locked, lockedMessage());
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
    setState(State::Locked, lockedMessage());
}

Status VaultSession::setUp(QStringView passphrase)
{
    m_settingUp = true;
    auto done = m_store->setUp(passphrase, m_agent);
    m_settingUp = false;
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

Status VaultSession::changePassphrase(QStringView current, QStringView next)
{
    auto done = m_store->changePassphrase(current, next, m_agent);
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
