// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include "models/common/listsync.h"

namespace Casebook {

class Database;

/**
 * One customer's internal notes, pinned first and then newest first (R09, R38).
 * refresh() applies another agent's new note or pin in place, with precise signals, so the
 * card never jumps; the card's model calls it when the ChangeFeed says the notes changed. Notes a later note corrects
 * are hidden unless asked for (setShowSuperseded), and then shown struck out: never silently gone. Notes cannot be
 * dragged out of the list (R38: they never travel to a customer).
 */
class CustomerNotesModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerNotesModel)

public:
    explicit CustomerNotesModel(Database &database, QObject *parent = nullptr);

    /// Shows this customer's notes (an invalid id empties the list), corrected ones hidden.
    Status setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer; }

    /// Shows or hides notes that a later note corrects (hidden by default).
    void setShowSuperseded(bool show);
    [[nodiscard]] bool showsSuperseded() const { return m_showSuperseded; }
    /// How many of the customer's notes are corrected by a later one.
    [[nodiscard]] int supersededCount() const { return m_supersededCount; }

    [[nodiscard]] CustomerNote noteAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(NoteId note) const;
    /// The last load error, empty when the list is current.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Reloads and applies the difference.
    Status refresh();

Q_SIGNALS:
    /// The number of superseded notes changed (the card's "show corrected notes" toggle).
    void supersededCountChanged(int count);

private:
    /// The customer's notes as shown (superseded ones filtered unless asked); updates the count.
    Result<QList<CustomerNote>> load();

    Database &m_database;
    CustomerId m_customer;
    QList<CustomerNote> m_notes;
    QString m_lastError;
    bool m_showSuperseded = false;
    int m_supersededCount = 0;
};

} // namespace Casebook
