// SPDX-License-Identifier: GPL-3.0-or-later
// InboxModel's side of live changes: each changed ticket becomes one precise signal, and
// the agent's ticket keeps its row when a change takes it out of the view. What to batch
// for the worker is InboxChanges'; where a ticket belongs is InboxSql's to count.
#include "inboxmodel.h"

#include "inboxsql.h"
#include "inboxworker.h"
#include "models/storage/database.h"
#include "models/tickets/search/searchhits.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

/// Landmarks are read again once the rows have settled for this long.
constexpr int landmarkDelayMs = 1500;

} // namespace

void InboxModel::onChanged(const QList<Change> &changes)
{
    const InboxChanges::Tickets tickets = InboxChanges::ticketsIn(changes);
    if (tickets.changed.isEmpty())
        return;
    if (m_search) {
        // Read again on the worker: a thousand ranked hits would hold the UI thread. What
        // the worker may still be reading predates the change: it starts over.
        ++m_generation;
        readAllHits(true);
        return;
    }
    // Rows may have moved: landmarks are read again once the changes settle for a moment.
    m_worker->retireLandmarks(landmarkDelayMs);
    m_changes.rowsChanged();
    if (!m_countKnown) {
        // The total is still being counted: count again, and let every shown row refresh;
        // once the total is known, persistent indexes find their tickets again.
        if (m_held.ticket().isValid() && tickets.changed.contains(m_held.ticket()))
            followHeldWhileCounting();
        ++m_generation;
        dropPages();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        m_remapAfterCount = true;
        startCount();
        return;
    }
    for (const TicketId id : tickets.changed)
        applyChange(id, tickets.created.contains(id));
}

void InboxModel::applyChange(TicketId id, bool created)
{
    const auto found = m_sql->readTicket(id);
    if (!found)
        return; // the connection is down; the next change or a reload catches up
    const std::optional<InboxRow> &fresh = found.value();
    if (m_held.isKept() && id == m_held.ticket()) {
        changeKeptRow(fresh);
        return;
    }

    if (created) {
        // New: it was in no list before, so no count is needed; it lands where it sorts
        // (near the top in the default order, where placing it is cheap).
        if (!fresh)
            return;
        const auto before = InboxSql::count(m_database, m_sql->countBefore(*fresh));
        if (!before)
            return;
        insertQueryRows(std::min(*before, m_count), 1, true);
        Q_EMIT countChanged(m_count);
        return;
    }
    const bool held = id == m_held.ticket();
    int oldRow = m_pages.find(id, m_count);
    if (oldRow < 0 && held && !fresh)
        oldRow = pinnedHeldRow(); // its page is gone from memory, not its row
    if (oldRow < 0) {
        // Not loaded: whether it was in the list before shows in the total, and where it
        // belongs in the rows before it. Both counts can walk much of a big view, so they
        // run on the worker, one round for every change that arrives meanwhile.
        pinPersistent(); // the pages still match the rows; from now on they may not
        if (m_changes.wait({id, fresh ? m_sql->countBefore(*fresh) : InboxSql::Statement{}}))
            startCount();
        return;
    }
    if (!fresh) {
        if (held) {
            keepHeldRow(oldRow);
            return;
        }
        removeQueryRows(oldRow, 1, true);
        Q_EMIT countChanged(m_count);
        return;
    }
    // A loaded row sits near where someone looks, mostly near the top: cheap to place.
    const auto before = InboxSql::count(m_database, m_sql->countBefore(*fresh));
    if (!before)
        return;
    const int newRow = *before;
    if (newRow == oldRow) {
        m_pages.replace(oldRow, *fresh);
        const int row = m_held.toModel(oldRow);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    moveQueryRow(oldRow, newRow);
}

// The worker's total (and each ticket's row) arrived for the tickets in counting(),
// none of them loaded when they changed.
void InboxModel::applyUnloadedChanges(int count, const QList<int> &rows)
{
    const qsizetype changed = m_changes.counting().size();
    const int row = rows.value(0, -1);
    if (changed == 1 && count == m_count + 1 && row >= 0) {
        insertQueryRows(std::min(row, m_count), 1, true);
        Q_EMIT countChanged(m_count);
    } else if (count != m_count) {
        // It left from (or several came to) rows nobody has looked at; where exactly is
        // unknown, so change the end and let the persistent indexes find their tickets.
        if (count > m_count)
            insertQueryRows(m_count, count - m_count, false);
        else
            removeQueryRows(count, m_count - count, false);
        Q_EMIT countChanged(m_count);
        remapPersistentIndexes();
    } else if (std::any_of(rows.cbegin(), rows.cend(), [](int r) { return r >= 0; })) {
        remapPersistentIndexes(); // it moved between rows nobody has loaded
    }
    if (m_changes.counted()) {
        startCount();
    } else {
        // Each round placed its tickets by counts taken while others changed: one last
        // look puts every persistent index on its ticket's row as it is now.
        if (m_changes.raced())
            remapPersistentIndexes();
        dropPages(); // pages read while waiting may be ahead of the rows; now they agree
        m_changes.settle();
    }
}

void InboxModel::followHeldWhileCounting()
{
    const auto found = m_sql->readTicket(m_held.ticket());
    if (!found)
        return;
    if (m_held.isKept()) {
        changeKeptRow(found.value());
        return;
    }
    if (found->has_value())
        return; // still in the view: the remap after the count finds its row
    int row = m_pages.find(m_held.ticket(), m_count);
    if (row < 0)
        row = pinnedHeldRow();
    if (row >= 0)
        keepHeldRow(row);
}

void InboxModel::keepHeldRow(int queryRow)
{
    // Shown as it is now, though it no longer matches: the agent sees what their edit did.
    InboxRow shown;
    if (const InboxRow *loaded = m_pages.loaded(queryRow))
        shown = *loaded;
    shown.id = m_held.ticket();
    if (const auto now = m_sql->readTicket(m_held.ticket(), InboxSql::Scope::Anywhere); now && now->has_value())
        shown = **now;
    dropPages(); // with the rows as they were: the query's rows below it move up one
    --m_count;
    m_held.keep(queryRow, shown); // no row was kept, so its query row is its model row
    Q_EMIT dataChanged(index(queryRow, 0), index(queryRow, ColumnCount - 1));
    Q_EMIT countChanged(m_count);
}

void InboxModel::changeKeptRow(const std::optional<InboxRow> &inView)
{
    const int kept = m_held.row();
    if (!inView) {
        if (const auto now = m_sql->readTicket(m_held.ticket(), InboxSql::Scope::Anywhere); now && now->has_value())
            m_held.update(**now);
        Q_EMIT dataChanged(index(kept, 0), index(kept, ColumnCount - 1));
        return;
    }
    // Back in the view: the kept row becomes the ticket's row in the list, where it sorts.
    const auto before = InboxSql::count(m_database, m_sql->countBefore(*inView));
    if (!before)
        return;
    const int row = std::min(*before, m_count);
    if (row == kept) {
        dropPages();
        m_held.release();
        ++m_count;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginMoveRows({}, kept, kept, {}, row > kept ? row + 1 : row);
        dropPages();
        m_held.release();
        ++m_count;
        endMoveRows();
    }
    Q_EMIT countChanged(m_count);
}

int InboxModel::pinnedHeldRow() const
{
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        if (m_pinned.at(index.row()) == m_held.ticket())
            return m_held.toQuery(index.row());
    }
    return -1;
}

// The same hits in another order, at once: the selection stays on its ticket. A read the
// worker has under way is in the old order: it is dropped. While the worker still reads the
// rest, only the first page is read here, and the worker starts over in the new order.
void InboxModel::refreshSearch()
{
    ++m_generation;
    const bool whole = m_countKnown;
    const auto hits = m_hits->read(whole ? searchLimit : searchFirst);
    if (!hits)
        return;
    showHits(hits.value(), true); // read now: it may hold a change a dropped read was for
    if (!whole)
        readAllHits(false);
}

void InboxModel::showHits(const QList<TicketId> &ids, bool rowsChanged)
{
    const QList<TicketId> old = m_hits->ids();
    if (!rowsChanged && !m_held.isKept() && ids.size() > old.size()
        && std::equal(old.cbegin(), old.cend(), ids.cbegin())) {
        // The rest of the first page's list: rows at the end, nothing else moves.
        m_hits->setIds(ids);
        if (old.size() % pageSize != 0)
            m_pages.clear(); // the last page read is short
        beginInsertRows({}, int(old.size()), int(ids.size()) - 1);
        m_count = int(ids.size());
        endInsertRows();
        Q_EMIT countChanged(m_count);
        return;
    }
    const TicketId held = m_held.ticket();
    // The agent's ticket keeps its row when it no longer matches, where it was shown.
    const bool keep = held.isValid() && !ids.contains(held) && (m_held.isKept() || old.contains(held));
    const int before = rowCount();
    const int matchedBefore = m_count;
    const int after = int(ids.size()) + (keep ? 1 : 0);
    const int keptRow =
        !keep ? -1 : std::min(m_held.isKept() ? m_held.row() : m_held.toModel(int(old.indexOf(held))), after - 1);
    HeldRow next = m_held;
    if (keep) {
        InboxRow shown = m_held.isKept() ? m_held.data() : InboxRow{};
        shown.id = held;
        if (const auto now = m_sql->readTicket(held, InboxSql::Scope::Anywhere); now && now->has_value())
            shown = **now;
        next.keep(keptRow, shown);
    } else {
        next.release();
    }
    if (ids == old && keptRow == m_held.row()) {
        m_held = next;
        m_pages.clear();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // Another order: persistent indexes follow their tickets, rows that left go invalid.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    const int kept = std::min(before, after);
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const int queryRow = m_held.toQuery(index.row());
        const TicketId ticket = queryRow < 0 ? held : old.value(queryRow);
        const qsizetype found = ids.indexOf(ticket);
        const int row = keep && ticket == held ? keptRow : found >= 0 ? next.toModel(int(found)) : -1;
        to.append(row >= 0 && row < kept ? createIndex(row, index.column()) : QModelIndex());
    }
    m_hits->setIds(ids);
    m_held = next;
    m_pages.clear(); // pins serve the paged list; a search reads its few rows again
    // Size changes are told as rows at the end, outside the layout change: through it the
    // row count stays as it was, so the rows that then leave are still there to be removed.
    m_count = before - (keep ? 1 : 0);
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_count = int(ids.size());
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_count = int(ids.size());
        endRemoveRows();
    }
    m_count = int(ids.size());
    if (m_count != matchedBefore)
        Q_EMIT countChanged(m_count);
}

// Rows moved in ways no single signal describes: every persistent index (selection,
// current row) is pointed at the row where its ticket is now.
void InboxModel::remapPersistentIndexes()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<TicketId> ids;
    ids.reserve(persistent.size());
    pinPersistent();
    for (const QModelIndex &index : persistent)
        ids.append(m_held.toQuery(index.row()) < 0 ? m_held.ticket() : m_pinned.at(index.row()));
    m_pinned.clear();
    m_pages.clear();
    // Every ticket's place at once: a selection of many rows (or a model tester, which keeps
    // an index on each of the first hundred) costs two statements, not two per index.
    QSet<TicketId> placed;
    for (const TicketId ticket : std::as_const(ids)) {
        if (ticket.isValid() && !(m_held.isKept() && ticket == m_held.ticket()))
            placed.insert(ticket);
    }
    const auto places = m_sql->placesOf(placed.values());
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const TicketId ticket = ids.at(i);
        QModelIndex target;
        if (m_held.isKept() && ticket == m_held.ticket()) {
            target = index(m_held.row(), persistent.at(i).column());
        } else if (ticket.isValid()) {
            const int row = places ? places->value(ticket, -1) : -1;
            if (row >= 0 && row < m_count)
                target = index(m_held.toModel(row), persistent.at(i).column());
        } else if (persistent.at(i).row() < rowCount()) {
            target = persistent.at(i);
        }
        to.append(target);
        if (target.isValid() && ticket.isValid() && m_held.toQuery(target.row()) >= 0)
            m_pinned.pin(target.row(), ticket); // their pages are not loaded now
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Casebook
