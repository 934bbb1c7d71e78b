// SPDX-License-Identifier: GPL-3.0-or-later
// How InboxModel follows the ChangeFeed: each changed ticket becomes one precise signal.
#include "inboxmodel.h"

#include "models/storage/changefeed.h"
#include "models/storage/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int landmarkDelayMs = 1500;

} // namespace

void InboxModel::onChanged(const QList<Change> &changes)
{
    QList<TicketId> tickets;
    QSet<TicketId> created;
    for (const Change &change : changes) {
        const TicketId id(change.entityId);
        if (change.entity != u"ticket")
            continue;
        if (!tickets.contains(id))
            tickets.append(id);
        if (change.op == Change::Op::Insert)
            created.insert(id);
    }
    if (tickets.isEmpty())
        return;
    if (m_search) {
        refreshSearch();
        return;
    }
    // Rows may have moved: landmarks are read again once the changes settle for a moment.
    invalidateLandmarks(landmarkDelayMs);
    if (m_recounting)
        m_changedWhileCounting = true;
    if (!m_countKnown) {
        // The total is still being counted: count again, and let every shown row refresh.
        ++m_generation;
        dropPages();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        startCount();
        return;
    }
    for (const TicketId id : std::as_const(tickets))
        applyChange(id, created.contains(id));
}

void InboxModel::applyChange(TicketId id, bool created)
{
    const int oldRow = indexOf(id).row();
    const auto found = fetch(u"t.id = ?"_s, {id.value()}, 1, 0);
    if (!found)
        return; // the connection is down; the next change or a reload catches up
    const std::optional<Row> fresh = found->isEmpty() ? std::nullopt : std::optional(found->first());

    if (created) {
        // New: it was in no list before, so no count is needed; it lands where it sorts
        // (near the top in the default order, where placing it is cheap).
        if (!fresh)
            return;
        const auto before = countBefore(*fresh);
        if (!before)
            return;
        const int row = std::min(*before, m_count);
        beginInsertRows({}, row, row);
        ++m_count;
        dropPages();
        endInsertRows();
        Q_EMIT countChanged(m_count);
        return;
    }
    if (oldRow < 0) {
        // Not loaded: whether it was in the list before shows in the total, and where it
        // belongs in the rows before it. Both counts can walk much of a big view, so they
        // run on the worker, one round for every change that arrives meanwhile.
        pinPersistent(); // the pages still match the rows; from now on they may not
        m_pagesAhead = true;
        m_unloaded.append({id, fresh ? countBeforeSql(*fresh) : Sql{}});
        if (!m_recounting) {
            m_changedWhileCounting = false;
            m_recounting = true;
            m_counting = std::exchange(m_unloaded, {});
            startCount();
        }
        return;
    }
    if (!fresh) {
        beginRemoveRows({}, oldRow, oldRow);
        --m_count;
        dropPages();
        endRemoveRows();
        Q_EMIT countChanged(m_count);
        return;
    }
    // A loaded row sits near where someone looks, mostly near the top: cheap to place.
    const auto before = countBefore(*fresh);
    if (!before)
        return;
    const int newRow = *before;
    if (newRow == oldRow) {
        m_pages[oldRow / pageSize][oldRow % pageSize] = *fresh;
        Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
    dropPages();
    endMoveRows();
}

// The worker's total (and each ticket's row) arrived for the tickets in m_counting,
// none of them loaded when they changed.
void InboxModel::applyUnloadedChanges(int count, const QList<int> &rows)
{
    const QList<Unloaded> changed = std::exchange(m_counting, {});
    m_recounting = false;
    const int row = rows.value(0, -1);
    if (changed.size() == 1 && count == m_count + 1 && row >= 0) {
        beginInsertRows({}, std::min(row, m_count), std::min(row, m_count));
        ++m_count;
        dropPages();
        endInsertRows();
        Q_EMIT countChanged(m_count);
    } else if (count != m_count) {
        // It left from (or several came to) rows nobody has looked at; where exactly is
        // unknown, so change the end and let the persistent indexes find their tickets.
        if (count > m_count) {
            beginInsertRows({}, m_count, count - 1);
            m_count = count;
            endInsertRows();
        } else {
            beginRemoveRows({}, count, m_count - 1);
            m_count = count;
            endRemoveRows();
        }
        Q_EMIT countChanged(m_count);
        remapPersistentIndexes();
    } else if (std::any_of(rows.cbegin(), rows.cend(), [](int r) { return r >= 0; })) {
        remapPersistentIndexes(); // it moved between rows nobody has loaded
    }
    if (!m_unloaded.isEmpty() || std::exchange(m_changedWhileCounting, false)) {
        m_recounting = true;
        m_counting = std::exchange(m_unloaded, {});
        startCount();
    } else {
        dropPages(); // pages read while waiting may be ahead of the rows; now they agree
        m_pagesAhead = false;
    }
}

// A search's hits are few: run it again and keep the rows where the list is unchanged.
void InboxModel::refreshSearch()
{
    const auto hits = searchHits();
    if (!hits)
        return;
    const QList<TicketId> &ids = hits.value();
    if (ids == m_hits) {
        dropPages();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        return;
    }
    // Another order: persistent indexes follow their tickets, rows that left go invalid.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    const int before = m_count;
    const int kept = std::min<int>(before, int(ids.size()));
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &old : persistent) {
        const qsizetype row = ids.indexOf(m_hits.value(old.row()));
        to.append(row >= 0 && row < kept ? createIndex(int(row), old.column()) : QModelIndex());
    }
    m_hits = ids;
    dropPages();
    // Size changes are told as rows at the end, outside the layout change.
    m_count = kept;
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (ids.size() > before) {
        beginInsertRows({}, before, int(ids.size()) - 1);
        m_count = int(ids.size());
        endInsertRows();
    } else if (ids.size() < before) {
        beginRemoveRows({}, int(ids.size()), before - 1);
        m_count = int(ids.size());
        endRemoveRows();
    }
    if (m_count != before)
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
        ids.append(m_pinned.value(index.row()));
    m_pinned.clear();
    m_pages.clear();
    m_recentPages.clear();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        QModelIndex target;
        if (ids.at(i).isValid()) {
            const auto found = fetch(u"t.id = ?"_s, {ids.at(i).value()}, 1, 0);
            if (found && !found->isEmpty()) {
                if (const auto row = countBefore(found->first()); row && *row < m_count)
                    target = index(*row, persistent.at(i).column());
            }
        } else if (persistent.at(i).row() < m_count) {
            target = persistent.at(i);
        }
        to.append(target);
        if (target.isValid() && ids.at(i).isValid())
            m_pinned.insert(target.row(), ids.at(i)); // their pages are not loaded now
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Casebook
