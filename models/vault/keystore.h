// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "secret.h"

#include <QString>

#include <map>
#include <optional>

namespace Casebook {

/**
 * Where this machine keeps the derived team key, so agents need not type the passphrase
 * every session. The desktop implementation is the OS keychain; there is deliberately no
 * file or settings fallback: when a KeyStore has nothing, the app asks for the passphrase.
 */
class KeyStore
{
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    KeyStore() = default;
    virtual ~KeyStore() = default;

    /// Keeps `key` under `account`, replacing what was there.
    virtual Status store(const QString &account, const Secret &key) = 0;
    /// The key under `account`, or nothing when none is kept.
    virtual Result<std::optional<Secret>> load(const QString &account) = 0;
    /// Drops the key under `account`; dropping a missing key is not an error.
    virtual Status forget(const QString &account) = 0;
};

/// Keeps keys in protected memory for the life of the process: for tests, and for a session
/// on a machine without a keychain (the passphrase is asked once per session).
class MemoryKeyStore final : public KeyStore
{
    Q_DISABLE_COPY_MOVE(MemoryKeyStore)

public:
    MemoryKeyStore() = default;
    ~MemoryKeyStore() override = default;

    Status store(const QString &account, const Secret &key) override;
    Result<std::optional<Secret>> load(const QString &account) override;
    Status forget(const QString &account) override;

    [[nodiscard]] bool contains(const QString &account) const { return m_keys.contains(account); }

private:
    std::map<QString, Secret> m_keys;
};

} // namespace Casebook
