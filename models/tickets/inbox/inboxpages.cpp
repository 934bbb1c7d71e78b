// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxpages.h"

#include "inboxsql.h"

namespace Casebook {

InboxPages::InboxPages(std::function<void(int page)> evicting)
    : m_evicting(std::move(evicting))
{
}

const InboxRow *InboxPages::at(int row, const Loader &load)
{
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const auto rows = load(page);
        if (!rows)
            return nullptr;
        // Evict first: inserting or removing invalidates QHash iterators.
        while (m_pages.size() >= maxPages && !m_recent.isEmpty()) {
            const int evicted = m_recent.takeFirst();
            m_evicting(evicted);
            m_pages.remove(evicted);
        }
        it = m_pages.insert(page, rows.value());
    }
    m_recent.removeOne(page);
    m_recent.append(page);
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const InboxRow *InboxPages::loaded(int row) const
{
    const auto found = m_pages.constFind(row / pageSize);
    return found != m_pages.cend() && row % pageSize < found->size() ? &found->at(row % pageSize) : nullptr;
}

int InboxPages::find(TicketId ticket, int rows) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == ticket) {
                const int row = it.key() * pageSize + int(i);
                return row < rows ? row : -1;
            }
        }
    }
    return -1;
}

bool InboxPages::replace(int row, const InboxRow &data)
{
    const auto found = m_pages.find(row / pageSize);
    if (found == m_pages.end() || row % pageSize >= found->size())
        return false;
    (*found)[row % pageSize] = data;
    return true;
}

void InboxPages::keep(int page, const QList<InboxRow> &rows)
{
    m_pages.insert(page, rows);
    m_recent.removeOne(page);
    m_recent.append(page);
}

void InboxPages::clear()
{
    m_pages.clear();
    m_recent.clear();
}

Result<QList<InboxRow>> InboxPages::read(int page, const InboxSql &sql, const QList<Landmark> &landmarks) const
{
    if (const auto previous = m_pages.constFind(page - 1); previous != m_pages.cend() && previous->size() == pageSize) {
        // Reading on from the page above: by key, whatever the depth.
        QVariantList binds;
        const QString after = sql.keyset(sql.onward(), previous->constLast().sortKey, previous->constLast().id, binds);
        return sql.read(after, binds, pageSize, 0);
    }
    if (const qsizetype mark = qsizetype(page) * pageSize / landmarkSpacing - 1; mark >= 0 && mark < landmarks.size()) {
        // Deep: from the landmark above, by key, skipping fewer than landmarkSpacing rows.
        QVariantList binds;
        const Landmark &landmark = landmarks.at(mark);
        const QString after = sql.keyset(sql.onward(), landmark.sortKey, landmark.id, binds);
        return sql.read(after, binds, pageSize, page * pageSize - int(mark + 1) * landmarkSpacing);
    }
    return sql.read({}, {}, pageSize, page * pageSize);
}

} // namespace Casebook
