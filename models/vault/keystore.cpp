// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include <QCoreApplication>

namespace Casebook {

Status MemoryKeyStore::store(const QString &account, const Secret &key)
{
    Secret copy = Secret::fromBytes(key.view());
    if (copy.isNull() || key.isNull())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::MemoryKeyStore", "The key cannot be kept in memory."),
                     {}};
    m_keys.insert_or_assign(account, std::move(copy));
    return Done{};
}

Result<std::optional<Secret>> MemoryKeyStore::load(const QString &account)
{
    const auto found = m_keys.find(account);
    if (found == m_keys.end())
        return std::optional<Secret>();
    return std::optional<Secret>(Secret::fromBytes(found->second.view()));
}

Status MemoryKeyStore::forget(const QString &account)
{
    m_keys.erase(account);
    return Done{};
}

} // namespace Casebook
