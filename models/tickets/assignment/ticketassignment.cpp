// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketassignment.h"

#include "models/agents/agentstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/ticketwrite.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketAssignment::TicketAssignment(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<qint64> TicketAssignment::take(TicketId id, qint64 expectedVersion, AgentId me)
{
    if (!me.isValid())
        return TicketWrite::invalid(tr("Sign in as an agent to take tickets."));
    TicketStore store(m_database, m_clock);
    const auto current = store.ticket(id);
    if (!current)
        return current.error();
    const auto takenBy = [&](AgentId holder) -> Error {
        return {Error::Kind::Conflict,
                tr("%1 took ticket %2 first; it is theirs now. Ask them or a lead to hand it over.")
                    .arg(TicketWrite::agentName(m_database, holder))
                    .arg(id.value()),
                {}};
    };
    if (current->status == TicketStatus::Closed)
        return TicketWrite::invalid(tr("Ticket %1 is closed; a closed ticket cannot be reopened.").arg(id.value()));
    if (current->assignee.isValid() && current->assignee != me)
        return takenBy(current->assignee);

    if (current->assignee == me) {
        const auto handed = isHandedTo(id, me);
        if (!handed)
            return handed.error();
        if (!handed.value())
            return current->version; // already mine: nothing to take
        const qint64 now = m_clock.nowMs();
        WriteTransaction tx(m_database);
        if (auto begun = tx.begin(); !begun)
            return begun.error();
        auto updated =
            tx.exec(u"UPDATE tickets SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                    {now, id.value(), expectedVersion});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return TicketWrite::conflict(m_database, id);
        if (auto recorded = TicketWrite::event(tx, id, me, u"takeover"_s, Sql::null<QString>(),
                                               QString::number(me.value()), Sql::null<QString>(), now);
            !recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return expectedVersion + 1;
    }

    auto assigned = store.assign(id, me, expectedVersion, me);
    if (assigned || assigned.error().kind != Error::Kind::Conflict)
        return assigned;
    // Lost a race: say who won when that is what happened.
    if (const auto now = store.ticket(id); now && now->assignee.isValid() && now->assignee != me)
        return takenBy(now->assignee);
    return assigned;
}

Result<TicketAssignment::HandOff> TicketAssignment::handOff(TicketId id, AgentId to, const QString &reason,
                                                            qint64 expectedVersion, AgentId by)
{
    return give(id, to, reason, expectedVersion, by, u"handoff"_s);
}

Result<TicketAssignment::HandOff> TicketAssignment::escalate(TicketId id, AgentId lead, const QString &reason,
                                                             qint64 expectedVersion, AgentId by)
{
    const auto agent = AgentStore(m_database, m_clock).agent(lead);
    if (!agent)
        return agent.error();
    if (agent->role == AgentRole::Agent)
        return TicketWrite::invalid(tr("A conflict goes to a lead; %1 is not one.").arg(agent->displayName));
    return give(id, lead, reason, expectedVersion, by, u"escalation"_s);
}

Result<TicketAssignment::HandOff> TicketAssignment::give(TicketId id, AgentId to, const QString &reason,
                                                         qint64 expectedVersion, AgentId by, const QString &eventKind)
{
    if (reason.trimmed().isEmpty())
        return TicketWrite::invalid(tr("Say why you hand the ticket over; the next agent reads it."));
    const auto target = AgentStore(m_database, m_clock).agent(to);
    if (!target)
        return target.error();
    if (!target->active)
        return TicketWrite::invalid(tr("%1 is no longer active.").arg(target->displayName));
    const auto current = TicketStore(m_database, m_clock).ticket(id);
    if (!current)
        return current.error();
    if (current->status == TicketStatus::Closed)
        return TicketWrite::invalid(tr("Ticket %1 is closed; a closed ticket cannot be reopened.").arg(id.value()));
    if (current->assignee == to)
        return TicketWrite::invalid(tr("%1 already holds ticket %2.").arg(target->displayName).arg(id.value()));

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated =
        tx.exec(u"UPDATE tickets SET assignee_id = ?, assigned_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ? AND version = ?"_s,
                {to.value(), now, now, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return TicketWrite::conflict(m_database, id);
    const QVariant from =
        current->assignee.isValid() ? QVariant(QString::number(current->assignee.value())) : Sql::null<QString>();
    if (auto recorded =
            TicketWrite::event(tx, id, by, eventKind, from, QString::number(to.value()), reason.trimmed(), now);
        !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return HandOff{expectedVersion + 1, QString::fromLatin1(handoffCannedKey)};
}

QString TicketAssignment::handedToColumn(const QString &ticketAlias)
{
    // The newest event about who holds the ticket decides.
    return u"(SELECT CASE WHEN e.kind IN ('handoff', 'escalation') THEN e.new_value END FROM ticket_events e "
           "WHERE e.ticket_id = %1.id AND e.kind IN ('assignment', 'handoff', 'escalation', 'takeover') "
           "ORDER BY e.created_at DESC, e.id DESC LIMIT 1)"_s.arg(ticketAlias);
}

Result<bool> TicketAssignment::isHandedTo(TicketId id, AgentId agent) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + handedToColumn(u"t"_s) + u" FROM tickets t WHERE t.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next() && !q.value(0).isNull() && q.value(0).toLongLong() == agent.value();
}

QString TicketAssignment::carpReminder()
{
    return tr("CARP: Control the situation. Acknowledge the dilemma. Refocus the conversation. "
              "Problem-solve so the customer leaves happy. No compensation, discounts or extra licence days.");
}

} // namespace Casebook
