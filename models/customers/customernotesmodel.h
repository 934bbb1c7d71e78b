// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "storage/result.h"

#include "common/listsync.h"

namespace Casebook {

class Database;
struct Change;

/**
 * One customer's internal notes, pinned first and then newest first (R09, R38).
 * Follows the ChangeFeed: another agent's new note or pin appears in place, with
 * precise signals, so the card never jumps.
 */
class CustomerNotesModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerNotesModel)

public:
    explicit CustomerNotesModel(Database &database, QObject *parent = nullptr);

    /// Shows this customer's notes (an invalid id empties the list).
    Status setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer; }

    [[nodiscard]] CustomerNote noteAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(NoteId note) const;
    /// The last load error, empty when the list is current.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reloads and applies the difference; called on changes and by tests.
    Status refresh();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    Database &m_database;
    CustomerId m_customer;
    QList<CustomerNote> m_notes;
    QString m_lastError;
};

} // namespace Casebook
