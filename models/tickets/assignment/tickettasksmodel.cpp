// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettasksmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"

using namespace Qt::StringLiterals;

namespace Casebook {

TicketTasksModel::TicketTasksModel(Database &database, const Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_tasks(database, clock)
{
}

Status TicketTasksModel::setTicket(TicketId ticket, AgentId agent)
{
    m_agent = agent;
    if (ticket != m_ticket) {
        beginResetModel();
        m_ticket = ticket;
        m_rows.clear();
        endResetModel();
    }
    return refresh();
}

int TicketTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketTask &task = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return task.title;
    case Qt::CheckStateRole:
        return task.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return task.url;
    case RawValueRole:
        return task.done;
    case IdRole:
        return task.id.value();
    case CreatedAtRole:
        return task.createdAt;
    default:
        return {};
    }
}

bool TicketTasksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TicketTask task = m_rows.at(index.row());
    const bool done = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    if (done == task.done)
        return true;
    const auto changed = m_tasks.setDone(task.id, done, task.version, m_agent);
    if (!changed) {
        Q_EMIT failed(changed.error().message);
        (void)refresh();
        return false;
    }
    (void)refresh();
    return true;
}

Qt::ItemFlags TicketTasksModel::flags(const QModelIndex &index) const
{
    // Views and QAbstractItemModelTester ask about the root too (a drop on empty space): it
    // has no flags, and asking is no mistake worth a warning.
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

TicketTask TicketTasksModel::taskAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : TicketTask{};
}

Status TicketTasksModel::refresh()
{
    QList<TicketTask> fresh;
    if (m_ticket.isValid()) {
        auto loaded = m_tasks.tasks(m_ticket);
        if (!loaded) {
            m_lastError = loaded.error().message;
            return loaded.error();
        }
        fresh = std::move(loaded).value();
    }
    m_lastError.clear();
    syncRows(
        m_rows, fresh, [](const TicketTask &t) { return t.id; },
        [](const TicketTask &a, const TicketTask &b) { return a == b; });
    return Done{};
}

void TicketTasksModel::applyChanges(const QList<Change> &changes)
{
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(), [this](const Change &c) {
        return c.entity == u"ticket_task" || (c.entity == u"ticket" && c.entityId == m_ticket.value());
    });
    if (relevant)
        (void)refresh();
}

} // namespace Casebook
