// SPDX-License-Identifier: GPL-3.0-or-later
// How InboxModel follows the ChangeFeed: each changed ticket becomes one precise signal.
#include "inboxmodel.h"

#include "storage/changefeed.h"
#include "storage/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Casebook {

void InboxModel::onChanged(const QList<Change> &changes)
{
    QList<TicketId> tickets;
    for (const Change &change : changes) {
        const TicketId id(change.entityId);
        if (change.entity == u"ticket" && !tickets.contains(id))
            tickets.append(id);
    }
    if (tickets.isEmpty())
        return;
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
        applyChange(id);
}

void InboxModel::applyChange(TicketId id)
{
    const int oldRow = indexOf(id).row();
    const auto found = fetch(u"t.id = ?"_s, {id.value()}, 1, 0);
    if (!found)
        return; // the connection is down; the next change or a reload catches up
    const std::optional<Row> fresh = found->isEmpty() ? std::nullopt : std::optional(found->first());
    int newRow = -1;
    if (fresh) {
        const auto before = countBefore(*fresh);
        if (!before)
            return;
        newRow = *before;
    }

    if (oldRow >= 0 && fresh) {
        if (newRow == oldRow) {
            m_pages[oldRow / pageSize][oldRow % pageSize] = *fresh;
            Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
            return;
        }
        beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
        dropPages();
        endMoveRows();
        return;
    }
    if (oldRow >= 0) {
        beginRemoveRows({}, oldRow, oldRow);
        --m_count;
        dropPages();
        endRemoveRows();
        Q_EMIT countChanged(m_count);
        return;
    }

    // Not loaded: whether it was in the list before shows in the total.
    const auto total = totalCount();
    if (!total)
        return;
    const int count = *total;
    if (fresh && count == m_count + 1) {
        beginInsertRows({}, newRow, newRow);
        ++m_count;
        dropPages();
        endInsertRows();
        Q_EMIT countChanged(m_count);
    } else if (!fresh && count == m_count - 1) {
        // It left from a row nobody has looked at; where exactly is unknown, so take the
        // end and let the persistent indexes find their tickets again below.
        beginRemoveRows({}, m_count - 1, m_count - 1);
        --m_count;
        endRemoveRows();
        Q_EMIT countChanged(m_count);
        remapPersistentIndexes();
    } else if (count == m_count && fresh) {
        remapPersistentIndexes(); // it moved between rows nobody has loaded
    } else if (count != m_count) {
        ++m_generation;
        startCount();
        remapPersistentIndexes();
    }
}

// Rows moved in ways no single signal describes: every persistent index (selection,
// current row) is pointed at the row where its ticket is now.
void InboxModel::remapPersistentIndexes()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<TicketId> ids;
    ids.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        const auto page = m_pages.constFind(index.row() / pageSize);
        const bool loaded = page != m_pages.cend() && index.row() % pageSize < page->size();
        ids.append(loaded ? page->at(index.row() % pageSize).id : TicketId());
    }
    dropPages();
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
    }
    changePersistentIndexList(persistent, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Casebook
