// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxrow.h"

namespace Casebook {

/**
 * The agent's ticket, kept in the list when an edit moves it out of the view.
 *
 * The view says which ticket the agent is on (InboxModel::setHeldTicket). When a change
 * (theirs or anyone's) takes that ticket out of the query's rows, the list keeps its row
 * where it was, marked out of view, so the current index and the ticket beside the list
 * stay on it; when the agent moves on, the kept row leaves. It is the only row of the
 * model that is not a row of the query: the rows around it are the query's, shifted past it.
 */
class HeldRow final
{
public:
    [[nodiscard]] TicketId ticket() const { return m_ticket; }
    void hold(TicketId ticket) { m_ticket = ticket; }

    /// Whether the held ticket left the view and its row is kept.
    [[nodiscard]] bool isKept() const { return m_row >= 0; }
    /// The kept row's place in the model; -1 when none is kept.
    [[nodiscard]] int row() const { return m_row; }
    /// What the kept row shows: the ticket as it is now.
    [[nodiscard]] const InboxRow &data() const { return m_data; }

    void keep(int row, const InboxRow &data);
    void update(const InboxRow &data) { m_data = data; }
    void moveTo(int row) { m_row = row; }
    void release() { m_row = -1; }

    /// The query's row shown at model row `row`; -1 for the kept row.
    [[nodiscard]] int toQuery(int row) const;
    /// The model row of the query's row `queryRow` (rows from the kept row's place on
    /// show one further down; rows inserted there go below it).
    [[nodiscard]] int toModel(int queryRow) const;

private:
    TicketId m_ticket;
    int m_row = -1;
    InboxRow m_data;
};

} // namespace Casebook
