// SPDX-License-Identifier: GPL-3.0-or-later
#include "customeraccessesmodel.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "secret.h"
#include "vaultsession.h"
#include "vaultstore.h"

using namespace Qt::StringLiterals;

namespace Casebook {

CustomerAccessesModel::CustomerAccessesModel(Session &session, VaultSession &vault, QObject *parent)
    : SyncedListModel(parent)
    , m_session(session)
    , m_vault(vault)
{
    // Given or losing the team key changes what the server shows: read the list again.
    connect(&m_vault, &VaultSession::stateChanged, this, [this] { (void)refresh(); });
}

CustomerAccessesModel::~CustomerAccessesModel() = default;

Status CustomerAccessesModel::setCustomer(CustomerId customer)
{
    if (customer == m_customer)
        return refresh();
    // Another customer is another list: the one place a reset is right.
    m_customer = customer;
    auto fresh = customer.isValid() ? m_vault.store().entries(customer) : QList<VaultEntry>();
    beginResetModel();
    m_entries = fresh ? fresh.value() : QList<VaultEntry>();
    endResetModel();
    Q_EMIT customerChanged(customer);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().message);
        return fresh.error();
    }
    return Done{};
}

Status CustomerAccessesModel::refresh()
{
    if (!m_customer.isValid())
        return Done{};
    auto fresh = m_vault.store().entries(m_customer);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().message);
        return fresh.error();
    }
    syncRows(
        m_entries, fresh.value(), [](const VaultEntry &e) { return e.id; },
        [](const VaultEntry &a, const VaultEntry &b) {
            // The checker's name comes from the agents table and may change without a new version.
            return a.version == b.version && a.checkedByName == b.checkedByName;
        });
    return Done{};
}

VaultEntry CustomerAccessesModel::entryAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_entries.at(index.row())
        : VaultEntry{};
}

QModelIndex CustomerAccessesModel::indexOf(VaultEntryId id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return index(int(i));
    }
    return {};
}

int CustomerAccessesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CustomerAccessesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaultEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.label;
    case DetailRole:
        if (entry.url.isEmpty())
            return vaultEntryKindTitle(entry.kind);
        //: An access in the vault list: %1 its kind ("WordPress admin"), %2 its address
        return tr("%1 · %2").arg(vaultEntryKindTitle(entry.kind), entry.url);
    case IdRole:
        return entry.id.value();
    case CreatedAtRole:
        return entry.createdAt;
    default:
        return {};
    }
}

template<typename T>
T CustomerAccessesModel::refreshed(T result)
{
    (void)refresh();
    return result;
}

Result<VaultEntryId> CustomerAccessesModel::add(VaultEntry entry, const Secret &secret)
{
    if (!m_customer.isValid())
        return Error{Error::Kind::Invalid, tr("Choose a customer before adding an access."), {}};
    entry.customer = m_customer;
    return refreshed(m_vault.store().add(entry, secret));
}

Status CustomerAccessesModel::update(const VaultEntry &shown, VaultEntry changed, const Secret *newSecret)
{
    changed.id = shown.id;
    changed.customer = shown.customer;
    const auto updated = refreshed(m_vault.store().update(changed, shown.version, newSecret));
    return updated ? Status(Done{}) : Status(updated.error());
}

Status CustomerAccessesModel::remove(const VaultEntry &shown)
{
    return refreshed(m_vault.store().remove(shown.id, shown.version));
}

Status CustomerAccessesModel::markChecked(const VaultEntry &shown)
{
    const auto checked = refreshed(m_vault.store().markChecked(shown.id, m_session.agentId(), shown.version));
    return checked ? Status(Done{}) : Status(checked.error());
}

Result<Secret> CustomerAccessesModel::openSecret(VaultEntryId id) const
{
    return m_vault.store().reveal(id);
}

Result<QString> CustomerAccessesModel::sshPublicKey() const
{
    return m_vault.store().sshPublicKey();
}

Status CustomerAccessesModel::setSshPublicKey(const QString &key)
{
    return m_vault.store().setSshPublicKey(key);
}

} // namespace Casebook
