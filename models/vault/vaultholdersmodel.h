// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/listsync.h"
#include "models/storage/result.h"
#include "vaultholders.h"

namespace Casebook {

class VaultSession;

/**
 * Who holds the team key, for the place the vault is managed (Settings > Vault): each holder
 * by name, who gave it and when, and what an admin can do about it (give it to someone
 * else, take it). DisplayRole is the name, DetailRole who gave it when, IdRole the agent id.
 *
 * Kept live through VaultSession::holdersChanged (grants made here or on another desktop).
 * The server refuses a grant by anyone but an admin; canManage() tells the view in advance.
 */
class VaultHoldersModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultHoldersModel)

public:
    explicit VaultHoldersModel(VaultSession &vault, QObject *parent = nullptr);
    ~VaultHoldersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] VaultKeyHolder holderAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(AgentId agent) const;

    /// True when the person at this desk may give and take the key (an active admin).
    [[nodiscard]] bool canManage() const { return m_canManage; }
    /// The active people without the key, by name: whom it can be given to.
    [[nodiscard]] Result<QList<VaultKeyHolder>> candidates() const;

    /// Reads the holders again and applies the difference.
    Status refresh();
    /// Gives the key to `agent` in the name of the person at this desk.
    Status grant(AgentId agent);
    /// Takes the key from `agent`.
    Status revoke(AgentId agent);

Q_SIGNALS:
    /// Reading the list failed; the rows shown stay.
    void loadFailed(const QString &message);

private:
    Status refreshedAfter(Status done);

    VaultSession &m_vault;
    QList<VaultKeyHolder> m_holders;
    bool m_canManage = false;
};

} // namespace Casebook
