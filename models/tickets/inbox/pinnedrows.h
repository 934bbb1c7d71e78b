// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QHash>
#include <QSet>

namespace Casebook {

/**
 * Which ticket each persistent index (selection, current row) showed, kept while the
 * pages that held those rows are gone from memory, so the indexes can find their tickets
 * again after rows moved in ways no single signal described. The rows shift with every
 * row inserted, removed or moved, as the persistent indexes themselves do.
 */
class PinnedRows final
{
public:
    void pin(int row, TicketId ticket) { m_rows.insert(row, ticket); }
    [[nodiscard]] bool contains(int row) const { return m_rows.contains(row); }
    [[nodiscard]] TicketId at(int row) const { return m_rows.value(row); }
    void clear() { m_rows.clear(); }
    /// Forgets the rows no persistent index is on any more: a new index there shows
    /// whatever ticket it was given, not the one an earlier index was pinned to.
    void keepOnly(const QSet<int> &rows);

    void inserted(int first, int count) { shift(first, count); }
    void removed(int first, int count) { shift(first, -count); }
    void moved(int start, int end, int destination);

private:
    /// Rows from `first` on move by `count`; with a negative count, rows [first, first - count) go.
    void shift(int first, int count);

    QHash<int, TicketId> m_rows;
};

} // namespace Casebook
