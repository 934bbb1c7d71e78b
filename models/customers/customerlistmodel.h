// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "models/storage/result.h"

#include "models/common/listsync.h"

namespace Casebook {

class Clock;
class Database;
struct Change;

/**
 * The Customers section's list: every customer not merged into another, by name, searched
 * and paged in SQL so that 100 k customers cost one page (fetchMore reads on by key).
 *
 * The search text is words; each must match the name, company, any address or a tag (word
 * prefixes, case-insensitive); `tag:name` asks for one tag exactly (R14). DisplayRole is the
 * name, DetailRole the company and primary address, LicenceStateRole the licence state (R09).
 */
class CustomerListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    struct Row
    {
        CustomerId id;
        QString name;
        QString company;
        QString email;
        CustomerTier tier = CustomerTier::Standard;
        LicenceState licence = LicenceState::None;
        qint64 version = 0;
        friend bool operator==(const Row &, const Row &) = default;
    };

    CustomerListModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Runs a new search (empty: everyone) and shows its first page.
    Status setSearch(const QString &text);
    [[nodiscard]] QString search() const { return m_search; }
    /// How many customers match, counted up to countLimit; see isCountCapped().
    [[nodiscard]] int matchCount() const { return m_count; }
    [[nodiscard]] bool isCountCapped() const { return m_count > countLimit; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] CustomerId customerAt(const QModelIndex &index) const;
    [[nodiscard]] Row rowAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(CustomerId customer) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Re-reads the rows already shown and applies the difference (live updates, tests).
    Status refresh();

    static constexpr int pageSize = 100;
    static constexpr int countLimit = 10000;

Q_SIGNALS:
    void matchCountChanged(int count);

private:
    struct Query
    {
        QString where; ///< conditions after WHERE, joined with AND
        QVariantList values;
    };
    [[nodiscard]] Query compile(const QString &text) const;
    /// Up to `limit` rows after the key (name, id) of `after`, or from the start.
    Result<QList<Row>> read(const std::optional<Row> &after, int limit) const;
    Result<int> count() const;
    void onChanged(const QList<Casebook::Change> &changes);

    Database &m_database;
    const Clock &m_clock;
    QString m_search;
    Query m_query;
    QList<Row> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    int m_count = 0;
    QString m_lastError;
};

} // namespace Casebook
