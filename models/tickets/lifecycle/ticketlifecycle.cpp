// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlifecycle.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketstore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketLifecycle::TicketLifecycle(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

TicketLifecycle::Settings TicketLifecycle::settingsFrom(const TeamSettings &team, const BusinessHours &hours)
{
    constexpr qint64 hourMs = 3600LL * 1000;
    return {team.solvedToClosedHours * hourMs, team.pendingToSolvedBusinessHours * hourMs, hours};
}

Result<TicketLifecycle::Settings> TicketLifecycle::settings(const BusinessHours &hours) const
{
    const auto team = TeamSettingsStore(m_database).read();
    if (!team)
        return team.error();
    return settingsFrom(team.value(), hours);
}

Result<TicketLifecycle::Outcome> TicketLifecycle::apply(const Settings &settings)
{
    const qint64 now = m_clock.nowMs();
    TicketStore store(m_database, m_clock);
    Outcome outcome;

    struct Due
    {
        TicketId id;
        qint64 version;
    };
    QList<Due> toClose;
    QList<Due> toSolve;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, version FROM tickets WHERE status = 'solved' AND solved_at <= ?"_s);
        q.addBindValue(now - settings.solvedToClosedMs);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next())
            toClose.append({TicketId(q.value(0).toLongLong()), q.value(1).toLongLong()});

        // Pending since the last move to pending; a customer reply after it stops the clock.
        q.prepare(u"SELECT t.id, t.version, max(e.created_at), t.last_customer_message_at FROM tickets t "
                  "JOIN ticket_events e ON e.ticket_id = t.id AND e.kind = 'status' AND e.new_value = 'pending' "
                  "WHERE t.status = 'pending' GROUP BY t.id, t.version, t.last_customer_message_at"_s);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next()) {
            const qint64 since = std::max(q.value(2).toLongLong(), q.value(3).toLongLong());
            if (settings.hours.workingMsBetween(since, now) >= settings.pendingToSolvedWorkingMs)
                toSolve.append({TicketId(q.value(0).toLongLong()), q.value(1).toLongLong()});
        }
    }

    for (const Due &due : std::as_const(toClose)) {
        const auto done = store.setStatus(due.id, TicketStatus::Closed, due.version, {});
        if (done)
            ++outcome.closed;
        else if (done.error().kind == Error::Kind::Conflict)
            ++outcome.skipped;
        else
            return done.error();
    }
    for (const Due &due : std::as_const(toSolve)) {
        const auto done = store.solve(due.id, Resolution::NoResponse, due.version, {});
        if (done)
            ++outcome.solved;
        else if (done.error().kind == Error::Kind::Conflict)
            ++outcome.skipped;
        else
            return done.error();
    }
    return outcome;
}

} // namespace Casebook
