// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Clock;
class Database;

/// One person who holds the team key: who granted it and when.
struct VaultKeyHolder
{
    AgentId agent;
    QString name;
    AgentId grantedBy; ///< invalid: held since the upgrade that brought holders (migration 035)
    QString grantedByName;
    qint64 grantedAt = 0;
};

/**
 * Who holds the team key (issue 13): `vault_key_holders`, a row per person and key.
 *
 * On PostgreSQL the server shows vault entries and the key's material to holders only, and
 * lets only admins grant and revoke (resources/sql/postgres/035_vault_key_holders.sql); on an
 * SQLite file the same rows only drive the app. Whoever sets the vault up holds it: the
 * database adds that row itself. Anyone may read who holds the key and whether a vault
 * exists, so a non-holder is told whom to ask.
 */
class VaultHolderStore final
{
    Q_DISABLE_COPY_MOVE(VaultHolderStore)

public:
    VaultHolderStore(Database &database, const Clock &clock);
    ~VaultHolderStore() = default;

    /// The id of the team key, 0 when the vault is not set up; holder or not.
    Result<qint64> teamKey() const;
    /// The holders of the team key, by name; empty when the vault is not set up.
    Result<QList<VaultKeyHolder>> holders() const;
    /// True when `agent` holds the team key (false when there is no vault).
    Result<bool> holds(AgentId agent) const;
    /// True when `agent` is an active admin: who may give and take the key.
    Result<bool> isAdmin(AgentId agent) const;
    /// The active admins by name: whom a non-holder asks for the key.
    Result<QStringList> admins() const;
    /// The active people who do not hold the team key, by name: whom an admin may give it to.
    Result<QList<VaultKeyHolder>> nonHolders() const;

    /// An admin (`by`) lets `agent` read and write the vault. Granting it again changes nothing.
    /// On PostgreSQL anyone else is refused by the server (Error::Kind::ReadOnly).
    Status grant(AgentId agent, AgentId by);
    /// An admin takes the key from `agent`: the server hides the vault's entries from them.
    Status revoke(AgentId agent);

private:
    Status change(const QString &sql, const QVariantList &values, AgentId agent);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
