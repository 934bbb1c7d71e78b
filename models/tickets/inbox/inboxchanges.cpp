// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxchanges.h"

#include "models/storage/changefeed.h"

namespace Casebook {

InboxChanges::Tickets InboxChanges::ticketsIn(const QList<Change> &changes)
{
    Tickets tickets;
    for (const Change &change : changes) {
        if (change.entity != u"ticket")
            continue;
        const TicketId id(change.entityId);
        if (!tickets.changed.contains(id))
            tickets.changed.append(id);
        if (change.op == Change::Op::Insert)
            tickets.created.insert(id);
    }
    return tickets;
}

void InboxChanges::clear()
{
    *this = InboxChanges();
}

void InboxChanges::rowsChanged()
{
    if (m_recounting)
        m_changedWhileCounting = true;
}

bool InboxChanges::wait(Unloaded change)
{
    m_pagesAhead = true;
    m_waiting.append(std::move(change));
    if (m_recounting)
        return false;
    m_changedWhileCounting = false;
    startRound();
    return true;
}

bool InboxChanges::counted()
{
    m_counting.clear();
    m_recounting = false;
    if (!m_waiting.isEmpty() || std::exchange(m_changedWhileCounting, false)) {
        m_raced = true;
        startRound();
        return true;
    }
    return false;
}

void InboxChanges::settle()
{
    m_pagesAhead = false;
    m_raced = false;
}

void InboxChanges::startRound()
{
    m_recounting = true;
    m_counting = std::exchange(m_waiting, {});
}

} // namespace Casebook
