// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/listsync.h"
#include "models/storage/result.h"
#include "vaultentry.h"

namespace Casebook {

class Secret;
class Session;
class VaultSession;

/**
 * One customer's accesses in the vault (R17, R18), by kind and label, and what can be done
 * with them: add, edit, remove, mark checked, and open a secret for revealing or copying.
 * Rows never carry a secret; openSecret() opens one on an explicit request only.
 *
 * DisplayRole is the label, DetailRole the kind and address, IdRole the entry's id.
 *
 * The model does not listen to the ChangeFeed itself: its owner (the customer card's model)
 * routes vault changes to refresh(). Its own writes show at once, owner or not.
 */
class CustomerAccessesModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerAccessesModel)

public:
    /// `session` says who marks an access checked; `vault` holds the team key and the store.
    CustomerAccessesModel(Session &session, VaultSession &vault, QObject *parent = nullptr);
    ~CustomerAccessesModel() override;

    [[nodiscard]] VaultSession &vault() const { return m_vault; }

    /// Shows this customer's accesses (an invalid id empties the list).
    Status setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer; }

    [[nodiscard]] VaultEntry entryAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(VaultEntryId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Reads the list again and applies the difference; failures are announced with loadFailed().
    Status refresh();

    /*
     * The actions on an access take it as the person saw it (`shown`): its version is checked,
     * so a change another desk made while a dialog was open is a conflict, not overwritten.
     */

    /// Adds an access for the customer shown, with its secret (needs the vault unlocked).
    Result<VaultEntryId> add(VaultEntry entry, const Secret &secret);
    /// Changes the access to `changed`, and its secret when `newSecret` is given.
    Status update(const VaultEntry &shown, VaultEntry changed, const Secret *newSecret = nullptr);
    Status remove(const VaultEntry &shown);
    /// R17: this session's agent checked now that the access works.
    Status markChecked(const VaultEntry &shown);
    /// Opens the secret of `id`, for revealing or copying; fails closed on any damage.
    Result<Secret> openSecret(VaultEntryId id) const;

    /// R18: the team's shared SSH public key; empty when unset.
    Result<QString> sshPublicKey() const;
    /// R18: stores the team's SSH public key (never a private key).
    Status setSshPublicKey(const QString &key);

Q_SIGNALS:
    /// setCustomer() showed another customer's accesses.
    void customerChanged(Casebook::CustomerId customer);
    /// Reading the list failed; the rows shown stay.
    void loadFailed(const QString &message);

private:
    /// Refreshes after a write of ours, whatever came of it: a conflict shows the other desk's change.
    template<typename T>
    T refreshed(T result);

    Session &m_session;
    VaultSession &m_vault;
    CustomerId m_customer;
    QList<VaultEntry> m_entries;
};

} // namespace Casebook
