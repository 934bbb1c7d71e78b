// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/storage/result.h"
#include "models/tickets/search/searchquery.h"
#include "models/tickets/ticket.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Casebook {

class Clock;
class Database;
struct Change;

/**
 * The inbox: tickets matching a view's filters, sorted in SQL, read in pages by key.
 *
 * Never loads the whole table: pages of `pageSize` rows are fetched on demand and at
 * most `maxPages` are kept. The total is counted on a worker thread; until it arrives the
 * model shows the first page. Changes from the ChangeFeed become precise signals (a row
 * changes, moves, arrives or leaves), and persistent indexes follow their tickets, so
 * selection and scroll position survive live updates.
 */
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        MarkerColumn, ///< severity or complexity
        SubjectColumn,
        CustomerColumn,
        StatusColumn,
        AssigneeColumn,
        TagsColumn,
        ChannelColumn,
        LastActivityColumn,
        FirstResponseDueColumn, ///< the first response, then each next one (R15, R34)
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int pageSize = 128;
    static constexpr int maxPages = 48;
    /// A query with words lists at most this many tickets, best match first.
    static constexpr int searchLimit = 1000;
    /// Rows between two landmarks (see hasLandmarks()).
    static constexpr int landmarkSpacing = 4096;

    struct Row
    {
        TicketId id;
        QString subject;
        QString customer;
        LicenceState licence = LicenceState::None;
        TicketStatus status = TicketStatus::New;
        QString assignee;
        QString tags;
        Channel channel = Channel::Email;
        qint64 updatedAt = 0;
        std::optional<qint64> firstResponseDueAt;
        bool responded = false;
        std::optional<qint64> nextResponseDueAt;
        /// Ticket::responseDueAt(): the answer the customer awaits now.
        [[nodiscard]] std::optional<qint64> responseDueAt() const;
        std::optional<Complexity> complexity;
        std::optional<Severity> severity;
        QVariant sortKey;
    };

    InboxModel(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~InboxModel() override;

    /**
     * Shows the tickets matching `view`; `me` answers assignee:me. Filters alone list every
     * match in the chosen sort order, paged by key. With words, the list holds the best
     * `searchLimit` matches ranked by TicketSearch, best first; sort() then orders those.
     */
    Status setQuery(const SearchQuery &view, AgentId me);
    [[nodiscard]] const SearchQuery &query() const { return m_view; }
    /// True when the query has words: rows are the best search hits.
    [[nodiscard]] bool isSearch() const { return m_search; }
    /// True while a search's hits are in rank order: until sort() picks a column for them.
    [[nodiscard]] bool isRanked() const { return m_search && m_ranked; }
    /// The words and phrases to highlight in what the rows show (negated ones left out).
    [[nodiscard]] QStringList highlightTerms() const;

    [[nodiscard]] TicketId ticketAt(const QModelIndex &index) const;
    /// The row of a ticket among the loaded pages; invalid when it is not loaded.
    [[nodiscard]] QModelIndex indexOf(TicketId ticket) const;
    [[nodiscard]] bool isCountKnown() const { return m_countKnown; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int loadedPages() const { return int(m_pages.size()); }
    /**
     * Whether the keys of every `landmarkSpacing`-th row are known. A worker reads them once
     * the total is known (and again a moment after the rows change); then a jump deep into
     * a big list seeks the nearest landmark and skips fewer than `landmarkSpacing` rows,
     * instead of stepping over every row above it. Orders no index serves get none.
     */
    [[nodiscard]] bool hasLandmarks() const { return !m_landmarks.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The total arrived or changed.
    void countChanged(int count);

private:
    struct Sql
    {
        QString where;
        QVariantList binds;
    };

    Sql baseWhere() const;
    QString sortExpression() const;
    Result<QList<Row>> fetch(const QString &extraCondition, const QVariantList &extraBinds, int limit, int offset) const;
    Result<int> countBefore(const Row &row) const;
    /// The SQL (and its binds) that counts the rows before `row`: its index in the list.
    Sql countBeforeSql(const Row &row) const;
    /// `(sort key, id) op (row's key, row's id)`, written so the engine can seek the index.
    QString keyset(const QString &op, const QVariant &sortKey, TicketId id, QVariantList &binds) const;
    /// `sort_key` comes back as text for the text orders and is bound back as such.
    bool isSortKeyNumeric() const;
    /// The SQL of one page: ids and sort keys in order, `extra` ANDed to `where` (baseWhere()'s).
    QString pageSql(const QString &where, const QString &extra) const;
    QString countSql(const Sql &base) const;
    const Row *rowAt(int row) const;
    /// Counts the total on the worker, and the rows before each ticket in m_counting.
    void startCount();
    void countArrived(quint64 generation, int count, const QList<int> &rows);
    void onChanged(const QList<Casebook::Change> &changes);
    void applyChange(TicketId id, bool created);
    void applyUnloadedChanges(int count, const QList<int> &rows);
    Result<QList<Row>> fetchHits(int page) const;
    /// The search's tickets: best first, or in the sort order once one was chosen.
    Result<QList<TicketId>> searchHits() const;
    void refreshSearch();
    void dropPages();
    /// Remembers which ticket each persistent index in `page` (all pages: -1) shows, so
    /// they can find it again after the rows holding them were dropped from memory.
    void pinPersistent(int page = -1) const;
    void shiftPinned(int first, int count);
    void remapPersistentIndexes();
    /// Forgets the landmarks (rows moved) and reads them again after `delayMs`.
    void invalidateLandmarks(int delayMs);
    void startLandmarks();

    Database &m_database;
    const Clock &m_clock;
    QThreadPool m_pool; ///< one long-lived worker: its connection stays its own
    SearchQuery m_view;
    AgentId m_me;
    Column m_sortColumn = LastActivityColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    bool m_countKnown = false;
    quint64 m_generation = 0;
    QString m_lastError;
    bool m_search = false;
    bool m_ranked = true;
    QList<TicketId> m_hits; ///< a search's tickets, best first
    /// Changed tickets outside the loaded pages: whether they came or left shows in the
    /// total, counted on the worker with the row where each belongs now.
    struct Unloaded
    {
        TicketId id;
        Sql before; ///< counts the rows before it; empty when it left the view
    };
    QList<Unloaded> m_unloaded; ///< waiting for the next count
    QList<Unloaded> m_counting; ///< the count running now answers for these
    bool m_recounting = false;
    /// Rows changed while the worker counted: its total may or may not include them, so
    /// one more count follows; the list settles once a count ran undisturbed.
    bool m_changedWhileCounting = false;
    /// Changes wait for the worker: pages read now may show rows the model has not moved yet.
    bool m_pagesAhead = false;
    /// Rows of persistent indexes (selection, current row) and their tickets, kept while
    /// the pages that showed them are gone; they shift with every row inserted, removed or
    /// moved, like the persistent indexes themselves.
    mutable QHash<int, TicketId> m_pinned;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recentPages; ///< most recently used last
    struct Landmark
    {
        QVariant sortKey;
        TicketId id;
    };
    QList<Landmark> m_landmarks; ///< [k] is the row (k + 1) * landmarkSpacing - 1
    /// Bumped whenever landmarks go stale; the worker stops reading outdated ones.
    std::shared_ptr<std::atomic<quint64>> m_landmarkEpoch = std::make_shared<std::atomic<quint64>>(0);
    QTimer m_landmarkTimer;
};

} // namespace Casebook
