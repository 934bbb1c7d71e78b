// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinnedrows.h"

#include <optional>

namespace Casebook {

void PinnedRows::moved(int start, int end, int destination)
{
    const std::optional<TicketId> moved = m_rows.contains(start) ? std::optional(m_rows.value(start)) : std::nullopt;
    shift(start, -(end - start + 1));
    const int to = destination > start ? destination - (end - start + 1) : destination;
    shift(to, end - start + 1);
    if (moved)
        m_rows.insert(to, *moved);
}

void PinnedRows::keepOnly(const QSet<int> &rows)
{
    m_rows.removeIf([&rows](const auto &pin) { return !rows.contains(pin.key()); });
}

void PinnedRows::shift(int first, int count)
{
    if (m_rows.isEmpty())
        return;
    QHash<int, TicketId> shifted;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key() < first)
            shifted.insert(it.key(), it.value());
        else if (count > 0)
            shifted.insert(it.key() + count, it.value());
        else if (it.key() >= first - count)
            shifted.insert(it.key() + count, it.value());
    }
    m_rows = shifted;
}

} // namespace Casebook
