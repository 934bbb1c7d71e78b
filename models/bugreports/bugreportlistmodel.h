// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "bugreportstore.h"

#include <QAbstractTableModel>

namespace Casebook {

class Database;
struct Change;

/**
 * The Bug reports section's list: reports matching a filter, newest activity first.
 *
 * Reads in pages of `pageSize` rows with LIMIT/OFFSET in SQL (canFetchMore/fetchMore), so
 * it never loads the whole table. Follows the ChangeFeed: a changed report is re-read and
 * its row changes, moves to the top, arrives or leaves with precise signals; a reset
 * happens only when the filter changes.
 */
class BugReportListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugReportListModel)

public:
    enum Column {
        IdColumn,
        TitleColumn,
        SeverityColumn,
        StatusColumn,
        StageColumn,
        AreaColumn,
        CustomerColumn,
        OwnerColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int pageSize = 100;

    explicit BugReportListModel(Database &database, QObject *parent = nullptr);

    /// Shows the reports matching `filter` from the first page (a reset).
    Status setFilter(const BugReportFilter &filter);
    [[nodiscard]] const BugReportFilter &filter() const { return m_filter; }

    [[nodiscard]] BugReportId reportAt(const QModelIndex &index) const;
    /// The whole row as read (without template YAML and fields).
    [[nodiscard]] BugReport rowAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(BugReportId id) const;
    /// All matching reports, counted in SQL.
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Re-reads one report and applies it (called on changes and by tests).
    void applyChange(BugReportId id);

private:
    void onChanged(const QList<Casebook::Change> &changes);
    [[nodiscard]] int insertPosition(const BugReport &report) const;

    Database &m_database;
    BugReportFilter m_filter;
    QList<BugReport> m_rows;
    int m_total = 0;
    /// True while the model announces a change: fetchMore() then waits for the next ask,
    /// so a view (or QAbstractItemModelTester) reacting to the signal cannot nest a change.
    bool m_changing = false;
    QString m_lastError;
};

} // namespace Casebook
