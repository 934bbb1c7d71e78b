// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"
#include "models/storage/result.h"

#include <QVariantList>

#include <optional>

namespace Casebook {

class Database;

/**
 * Reads the tickets whose clocks give a reminder due in a range: a critical ticket's reaction
 * and its ladder (R12), the first and next response due (R15, R34), a ticket held too long
 * (R24). Each clock is one indexed range of an open-tickets index, earliest first, so the
 * cost follows what comes due in the range, not the size of the table; the four are one
 * statement (a UNION ALL of the ranges), since on a server each statement costs round trips.
 */
class TicketClocks final
{
public:
    struct Read
    {
        QList<TicketClock> tickets;
        /// With a limit: the clocks that stopped at it, each with the earliest due moment of a
        /// reminder it left out, and whether that rule is urgent. Empty: the read is whole.
        struct Cut
        {
            qint64 dueFrom = 0;
            bool urgent = false;
        };
        QList<Cut> cuts;
    };

    /// `snapshot` gives the rules, the team's calendar and the long-held days the ranges need.
    TicketClocks(Database &database, const PlanSnapshot &snapshot);

    /// Every ticket with a reminder due in (`dueAfter`, `dueUpTo`], reminders due a fortnight
    /// before `windowStart` left out; with `limit`, at most that many per clock, earliest first.
    Result<Read> due(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart, int limit = 0) const;

    /// A statement due() runs, with its values.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    /// The statements due() runs for the same arguments, unrun (their plans are tested).
    [[nodiscard]] QList<Statement> statements(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart, int limit = 0) const;

private:
    Result<Read> read(qint64 dueAfter, qint64 dueUpTo, qint64 windowStart, int limit, QList<Statement> *unrun) const;
    [[nodiscard]] qint64 ladderSpanMs() const;

    Database &m_database;
    const PlanSnapshot &m_snapshot;
};

} // namespace Casebook
