// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/ids.h"

#include <QString>

#include <optional>

class QDebug;

namespace Casebook {

using VaultEntryId = Id<struct VaultEntryTag>;

/// R17: the kinds of access a customer hands over.
enum class VaultEntryKind { Tracker, Server, Registrar, Affiliate, WordPress, Other };

inline constexpr EnumNames<VaultEntryKind, 6> vaultEntryKindNames{{{
    {VaultEntryKind::Tracker, "tracker"},
    {VaultEntryKind::Server, "server"},
    {VaultEntryKind::Registrar, "registrar"},
    {VaultEntryKind::Affiliate, "affiliate"},
    {VaultEntryKind::WordPress, "wordpress"},
    {VaultEntryKind::Other, "other"},
}}};

/**
 * One access to a customer's system, without its secret: lists and cards carry these,
 * and the secret is fetched only on request (VaultStore::reveal). Notes are not encrypted;
 * they are for hints, never for passwords.
 */
struct VaultEntry
{
    VaultEntryId id;
    CustomerId customer;
    VaultEntryKind kind = VaultEntryKind::Other;
    QString label;
    QString url; ///< URL or host
    QString userName;
    QString notes;
    AgentId checkedBy; ///< R17: who last checked the access works
    QString checkedByName;
    std::optional<qint64> checkedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;
};

/// The kind as people read it: "WordPress admin", "Server (SSH)", ...
[[nodiscard]] QString vaultEntryKindTitle(VaultEntryKind kind);

/**
 * The access described for an internal message or a hand-over note: kind, label, address,
 * user name and who checked it when, and a pointer to the vault. Never the secret (it is not
 * an argument), never the notes (free text that may hold more than it should).
 */
[[nodiscard]] QString vaultEntrySummary(const VaultEntry &entry);

/// Identifies the entry without its URL, user name or notes (URLs can embed credentials).
QDebug operator<<(QDebug debug, const VaultEntry &entry);

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::VaultEntryId)
