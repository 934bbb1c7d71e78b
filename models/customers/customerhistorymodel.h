// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include "models/common/listsync.h"

namespace Casebook {

class Database;

/**
 * R35: a customer's recent tickets, bug reports and the proposals they asked for, newest
 * first, for the card below the notes. DisplayRole is the title, DetailRole the status and
 * date; RawValueRole the time. refresh() applies changes with precise signals; the card's
 * model calls it when the ChangeFeed says the history changed.
 */
class CustomerHistoryModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHistoryModel)

public:
    explicit CustomerHistoryModel(Database &database, QObject *parent = nullptr);

    /// Shows this customer's history (an invalid id empties the list).
    Status setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const { return m_customer; }

    [[nodiscard]] CustomerHistoryItem itemAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(CustomerHistoryItem::Kind kind, qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Reloads and applies the difference.
    Status refresh();

    /// A stored status ("on_hold", "canary_ga", "planned", ...) in words.
    static QString statusText(CustomerHistoryItem::Kind kind, const QString &status);

private:
    Database &m_database;
    CustomerId m_customer;
    QList<CustomerHistoryItem> m_items;
};

} // namespace Casebook
