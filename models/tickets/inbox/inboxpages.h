// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxrow.h"
#include "models/storage/result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Casebook {

class InboxSql;

/**
 * The inbox's rows in memory: a bounded cache of pages, and how a missing page is read
 * by key. Never the whole list: at most `maxPages` pages of `pageSize` rows, the least
 * recently used dropped first. Rows here are the query's rows (InboxModel maps them to its
 * own, around the row it keeps for the agent).
 *
 * A page is read on from the page above by key, whatever the depth; without it, from the
 * landmark above (the key of every `landmarkSpacing`-th row, read by InboxWorker), skipping
 * fewer than `landmarkSpacing` rows; only without either by OFFSET.
 */
class InboxPages final
{
public:
    static constexpr int pageSize = 128;
    static constexpr int maxPages = 48;
    static constexpr int landmarkSpacing = 4096;

    /// The key of a row deep in the list: landmarks[k] is the row (k + 1) * landmarkSpacing - 1.
    struct Landmark
    {
        QVariant sortKey;
        TicketId id;
    };

    using Loader = std::function<Result<QList<InboxRow>>(int page)>;

    /// `evicting` hears of a page about to be dropped, while its rows are still readable.
    explicit InboxPages(std::function<void(int page)> evicting);

    /// The row, reading its page through `load` when it is not in memory; nullptr when
    /// the page cannot be read or is shorter.
    const InboxRow *at(int row, const Loader &load);
    /// The row when its page is in memory, else nullptr; never reads.
    [[nodiscard]] const InboxRow *loaded(int row) const;
    /// The row of `ticket` among the pages in memory, if it is one of the list's first
    /// `rows` (pages read ahead of the list may hold more); -1 otherwise.
    [[nodiscard]] int find(TicketId ticket, int rows) const;
    /// Replaces a row in memory (same place in the order); false when its page is not loaded.
    bool replace(int row, const InboxRow &data);
    /// Keeps `rows` as page `page`, as if it had been read.
    void keep(int page, const QList<InboxRow> &rows);
    void clear();
    [[nodiscard]] int loadedPages() const { return int(m_pages.size()); }

    /// Reads page `page` of the list by key, as described above; `landmarks` may be empty.
    Result<QList<InboxRow>> read(int page, const InboxSql &sql, const QList<Landmark> &landmarks) const;

private:
    std::function<void(int page)> m_evicting;
    QHash<int, QList<InboxRow>> m_pages;
    QList<int> m_recent; ///< most recently used last
};

} // namespace Casebook
