// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultholdersmodel.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "vaultsession.h"

namespace Casebook {

VaultHoldersModel::VaultHoldersModel(VaultSession &vault, QObject *parent)
    : SyncedListModel(parent)
    , m_vault(vault)
{
    // Grants here or elsewhere, and another person at this desk.
    connect(&m_vault, &VaultSession::holdersChanged, this, [this] { (void)refresh(); });
    // Set up meanwhile: its first holder appears.
    connect(&m_vault, &VaultSession::stateChanged, this, [this] { (void)refresh(); });
    (void)refresh();
}

VaultHoldersModel::~VaultHoldersModel() = default;

int VaultHoldersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holders.size());
}

QVariant VaultHoldersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultKeyHolder &holder = m_holders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return holder.name;
    case DetailRole:
        if (!holder.grantedBy.isValid())
            return tr("Held since the vault had holders");
        if (holder.grantedBy == holder.agent)
            return tr("Since %1").arg(Dates::moment(holder.grantedAt));
        return tr("Given by %1, %2").arg(holder.grantedByName, Dates::moment(holder.grantedAt));
    case IdRole:
        return holder.agent.value();
    case RawValueRole:
        return holder.grantedAt;
    default:
        return {};
    }
}

VaultKeyHolder VaultHoldersModel::holderAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_holders.at(index.row())
        : VaultKeyHolder{};
}

QModelIndex VaultHoldersModel::indexOf(AgentId agent) const
{
    for (qsizetype i = 0; i < m_holders.size(); ++i) {
        if (m_holders.at(i).agent == agent)
            return index(int(i));
    }
    return {};
}

Result<QList<VaultKeyHolder>> VaultHoldersModel::candidates() const
{
    return m_vault.holders().nonHolders();
}

Status VaultHoldersModel::refresh()
{
    // The same people the server lets write vault_key_holders (migration 035).
    auto admin = m_vault.holders().isAdmin(m_vault.agent());
    m_canManage = admin && *admin;
    auto fresh = m_vault.holders().holders();
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().message);
        return fresh.error();
    }
    syncRows(
        m_holders, fresh.value(), [](const VaultKeyHolder &h) { return h.agent; },
        [](const VaultKeyHolder &a, const VaultKeyHolder &b) {
            return a.name == b.name && a.grantedBy == b.grantedBy && a.grantedByName == b.grantedByName
                && a.grantedAt == b.grantedAt;
        });
    return Done{};
}

Status VaultHoldersModel::refreshedAfter(Status done)
{
    // Whatever came of it: a refusal still shows what the list is now.
    (void)refresh();
    return done;
}

Status VaultHoldersModel::grant(AgentId agent)
{
    return refreshedAfter(m_vault.holders().grant(agent, m_vault.agent()));
}

Status VaultHoldersModel::revoke(AgentId agent)
{
    return refreshedAfter(m_vault.holders().revoke(agent));
}

} // namespace Casebook
