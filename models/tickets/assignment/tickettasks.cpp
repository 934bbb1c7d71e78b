// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettasks.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketwrite.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketTasks::TicketTasks(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<TicketTaskId> TicketTasks::add(TicketId ticket, const QString &title, TicketTaskKind kind, const QString &url,
                                      AgentId by)
{
    if (title.trimmed().isEmpty())
        return TicketWrite::invalid(tr("A task needs a title."));
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto id = tx.insert(u"INSERT INTO ticket_tasks (ticket_id, title, kind, url, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {ticket.value(), title.trimmed(), ticketTaskKindNames.name(kind),
                         url.trimmed().isEmpty() ? Sql::null<QString>() : QVariant(url.trimmed()), now, now});
    if (!id)
        return id.error();
    if (auto recorded = tx.record(u"ticket_task"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto event = TicketWrite::event(tx, ticket, by, u"task_added"_s, Sql::null<QString>(), title.trimmed(),
                                        Sql::null<QString>(), now);
        !event)
        return event.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return TicketTaskId(*id);
}

Result<qint64> TicketTasks::setDone(TicketTaskId task, bool done, qint64 expectedVersion, AgentId by)
{
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto row = tx.exec(u"SELECT ticket_id, title FROM ticket_tasks WHERE id = ?"_s, {task.value()});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Error{Error::Kind::NotFound, tr("The task no longer exists."), {}};
    const TicketId ticket(row.value().value(0).toLongLong());
    const QString title = row.value().value(1).toString();
    row.value().finish();
    auto updated = tx.exec(u"UPDATE ticket_tasks SET done = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {done, now, task.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error{
            Error::Kind::Conflict, tr("Someone changed the task \"%1\" first; reload to see it.").arg(title), {}};
    if (auto recorded = tx.record(u"ticket_task"_s, task.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto event = TicketWrite::event(tx, ticket, by, done ? u"task_done"_s : u"task_reopened"_s,
                                        Sql::null<QString>(), title, Sql::null<QString>(), now);
        !event)
        return event.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<QList<TicketTask>> TicketTasks::tasks(TicketId ticket) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, title, kind, url, done, created_at, version FROM ticket_tasks WHERE ticket_id = ? "
              "ORDER BY created_at, id"_s);
    q.addBindValue(ticket.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<TicketTask> result;
    while (q.next()) {
        TicketTask t;
        t.id = TicketTaskId(q.value(0).toLongLong());
        t.ticket = ticket;
        t.title = q.value(1).toString();
        t.kind = ticketTaskKindNames.parse(q.value(2).toString()).value_or(TicketTaskKind::Other);
        t.url = q.value(3).toString();
        t.done = q.value(4).toBool();
        t.createdAt = q.value(5).toLongLong();
        t.version = q.value(6).toLongLong();
        result.append(t);
    }
    return result;
}

} // namespace Casebook
