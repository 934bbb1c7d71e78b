// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heldrow.h"
#include "inboxchanges.h"
#include "inboxpages.h"
#include "models/storage/result.h"
#include "models/tickets/search/searchquery.h"
#include "pinnedrows.h"

#include <QAbstractTableModel>

#include <memory>

namespace Casebook {

class Clock;
class Database;
class InboxSql;
class InboxWorker;
class SearchHits;
struct Change;

/**
 * The inbox: tickets matching a view's filters, sorted in SQL, read in pages by key; the
 * one table model the inbox view sees. It composes the parts that do the work:
 *
 * - InboxSql: the statements of the current query (filters, order, pages, counts);
 * - InboxPages: the bounded page cache and keyset paging;
 * - InboxWorker: the total, changed tickets' places and landmarks, off the UI thread;
 * - SearchHits: with words, the best matches, ranked or in a column's order;
 * - InboxChanges: ChangeFeed changes batched for the worker;
 * - HeldRow: the agent's ticket, kept when an edit moves it out of the view;
 * - PinnedRows: which tickets the persistent indexes show while their pages are gone.
 *
 * Changes become precise signals (a row changes, moves, arrives or leaves), and persistent
 * indexes follow their tickets, so selection and scroll position survive live updates.
 * Rows carry data and states (roles in itemroles.h); how they look is the delegate's.
 */
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        SeverityColumn, ///< R28: how badly the customer is hit
        SubjectColumn,
        CustomerColumn,
        StatusColumn,
        AssigneeColumn,
        TagsColumn,
        ChannelColumn,
        LastActivityColumn,
        FirstResponseDueColumn, ///< the first response, then each next one (R15, R34)
        ComplexityColumn, ///< R10: how much work it is; the view shows it beside severity
        ReceivedColumn, ///< R34: when the request arrived; oldest first is the order received
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int pageSize = InboxPages::pageSize;
    static constexpr int maxPages = InboxPages::maxPages;
    /// A query with words lists at most this many tickets, best match first.
    static constexpr int searchLimit = 1000;
    /// ... of which this many come at once, for the first paint; the worker reads the rest.
    static constexpr int searchFirst = pageSize;
    /// Rows between two landmarks (see hasLandmarks()).
    static constexpr int landmarkSpacing = InboxPages::landmarkSpacing;

    InboxModel(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~InboxModel() override;

    /**
     * Shows the tickets matching `view`; `me` answers assignee:me. Filters alone list every
     * match in the chosen sort order, paged by key. With words, the list holds the best
     * `searchLimit` matches ranked by TicketSearch, best first; sort() then orders those.
     * The best `searchFirst` come at once; the rest arrive from the worker as rows added
     * at the end (until then isCountKnown() is false). A change reads the hits again on the
     * worker, the rows showing what they showed until then.
     */
    Status setQuery(const SearchQuery &view, AgentId me);
    [[nodiscard]] const SearchQuery &query() const;
    /// True when the query has words: rows are the best search hits.
    [[nodiscard]] bool isSearch() const { return m_search; }
    /// True while a search's hits are in rank order: until sort() picks a column for them.
    [[nodiscard]] bool isRanked() const;
    /// The words and phrases to highlight in what the rows show (negated ones left out).
    [[nodiscard]] QStringList highlightTerms() const;

    /**
     * The ticket the agent is on: the view's current row, told by the view whenever it
     * changes (invalid: none). When an edit takes that ticket out of the view, its row stays,
     * OutOfViewRole true, until another ticket is held; then that row leaves.
     */
    void setHeldTicket(TicketId ticket);
    [[nodiscard]] TicketId heldTicket() const { return m_held.ticket(); }

    [[nodiscard]] TicketId ticketAt(const QModelIndex &index) const;
    /// The row of a ticket among the loaded pages (or the kept row); invalid when it is not loaded.
    [[nodiscard]] QModelIndex indexOf(TicketId ticket) const;
    /// How many tickets match the view: the rows, less a row kept out of view.
    [[nodiscard]] int matchCount() const { return m_count; }
    [[nodiscard]] bool isCountKnown() const { return m_countKnown; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int loadedPages() const { return m_pages.loadedPages(); }
    /**
     * Whether the keys of every `landmarkSpacing`-th row are known. A worker reads them once
     * the total is known (and again a moment after the rows change); then a jump deep into
     * a big list seeks the nearest landmark and skips fewer than `landmarkSpacing` rows,
     * instead of stepping over every row above it. Orders no index serves get none.
     */
    [[nodiscard]] bool hasLandmarks() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The number of matching tickets arrived or changed.
    void countChanged(int count);

private:
    const InboxRow *rowAt(int row) const;
    Result<QList<InboxRow>> readPage(int page) const;
    void startCount();
    void countArrived(quint64 generation, int count, const QList<int> &rows);
    void readLandmarks();

    void onChanged(const QList<Casebook::Change> &changes);
    void applyChange(TicketId id, bool created);
    void applyUnloadedChanges(int count, const QList<int> &rows);
    /// The held ticket changed while the total was still being counted.
    void followHeldWhileCounting();
    /// Reads the search's hits again now, for another order.
    void refreshSearch();
    /// Reads the search's hits up to `searchLimit` on the worker; `rowsChanged`: after a
    /// change, so every shown row is read again too.
    void readAllHits(bool rowsChanged);
    void allHitsArrived(quint64 generation, const Result<QList<TicketId>> &hits, bool rowsChanged);
    /// Shows `ids` as the search's rows, the selection and the agent's row following their tickets.
    void showHits(const QList<TicketId> &ids, bool rowsChanged);
    void remapPersistentIndexes();

    /// The held ticket left the view from query row `queryRow`: its row stays.
    void keepHeldRow(int queryRow);
    /// The kept ticket changed: shown as it is now, or back in the list where it sorts.
    void changeKeptRow(const std::optional<InboxRow> &inView);
    /// The held ticket's query row known only from its persistent index; -1 when unknown.
    [[nodiscard]] int pinnedHeldRow() const;

    // Query rows arrive, leave or move: the signals in model rows, around the kept row.
    void insertQueryRows(int first, int count, bool dropPages);
    void removeQueryRows(int first, int count, bool dropPages);
    void moveQueryRow(int from, int to);

    /// Remembers which ticket each persistent index in `page` (all pages: -1) shows, so
    /// they can find it again after the rows holding them were dropped from memory.
    void pinPersistent(int page = -1) const;
    void dropPages();

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<InboxSql> m_sql;
    std::unique_ptr<SearchHits> m_hits;
    mutable InboxPages m_pages;
    InboxWorker *m_worker = nullptr;
    InboxChanges m_changes;
    HeldRow m_held;
    mutable PinnedRows m_pinned;
    int m_count = 0; ///< the query's rows
    bool m_countKnown = false;
    quint64 m_generation = 0;
    QString m_lastError;
    bool m_search = false;
    /// Rows changed while the total was being counted: persistent indexes find their
    /// tickets again once it is known.
    bool m_remapAfterCount = false;
};

} // namespace Casebook
