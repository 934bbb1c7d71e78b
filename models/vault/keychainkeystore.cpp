// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainkeystore.h"

#include "vaultlog.h"

namespace Casebook {

KeychainBackend::~KeychainBackend() = default;

KeychainKeyStore::KeychainKeyStore(std::unique_ptr<KeychainBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
}

KeychainKeyStore::~KeychainKeyStore() = default;

Status KeychainKeyStore::store(const QString &account, const Secret &key)
{
    if (auto kept = m_memory.store(account, key); !kept)
        return kept;
    if (m_available) {
        ++m_pending;
        m_backend->write(account, key, this, [this](KeychainBackend::Reply reply) { answered(reply); });
    }
    return Done{};
}

Result<std::optional<Secret>> KeychainKeyStore::load(const QString &account)
{
    return m_memory.load(account);
}

Status KeychainKeyStore::forget(const QString &account)
{
    (void)m_memory.forget(account);
    // Also when the keychain failed earlier in this session: it may hold a key from before.
    ++m_pending;
    m_backend->remove(account, this, [this](KeychainBackend::Reply reply) {
        // Removing from a keychain that is gone cannot leave anything behind on this machine.
        if (reply.outcome == KeychainBackend::Outcome::Unavailable)
            qCInfo(lcVault) << "the keychain could not forget the team key:" << reply.message;
        reply.outcome = KeychainBackend::Outcome::Done;
        answered(reply);
    });
    return Done{};
}

void KeychainKeyStore::fetch(const QString &account)
{
    if (!m_available) {
        // Answered later like a real fetch, so callers have one code path.
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT fetched(account, m_memory.contains(account)); }, Qt::QueuedConnection);
        return;
    }
    ++m_pending;
    m_backend->read(account, this, [this, account](KeychainBackend::Reply reply) {
        // A key stored while the read was under way is newer than what the read found.
        if (reply.outcome == KeychainBackend::Outcome::Done && !m_memory.contains(account))
            (void)m_memory.store(account, reply.data);
        const bool found = m_memory.contains(account);
        answered(reply);
        Q_EMIT fetched(account, found);
    });
}

void KeychainKeyStore::answered(const KeychainBackend::Reply &reply)
{
    --m_pending;
    if (reply.outcome == KeychainBackend::Outcome::Unavailable && m_available) {
        m_available = false;
        m_problem = reply.message;
        qCWarning(lcVault) << "no usable keychain; the team key is kept in memory for this session:" << reply.message;
        Q_EMIT keychainFailed(reply.message);
    }
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace Casebook
