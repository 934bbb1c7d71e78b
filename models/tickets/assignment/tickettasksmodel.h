// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/listsync.h"
#include "tickettasks.h"

namespace Casebook {

struct Change;

/**
 * R37: one ticket's side tasks, checkable: checking a row marks the task done through
 * TicketTasks (version-checked). Follows the changes its owner hands to applyChanges().
 */
class TicketTasksModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketTasksModel)

public:
    TicketTasksModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Shows this ticket's tasks; `agent` is recorded as who marks them done.
    Status setTicket(TicketId ticket, AgentId agent);
    [[nodiscard]] TicketId ticket() const { return m_ticket; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    [[nodiscard]] TicketTask taskAt(const QModelIndex &index) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    Status refresh();
    /// Reloads when a task or this ticket changed among `changes`.
    void applyChanges(const QList<Casebook::Change> &changes);

Q_SIGNALS:
    /// A change the person asked for was refused (a conflict, a lost connection).
    void failed(const QString &message);

private:
    TicketTasks m_tasks;
    TicketId m_ticket;
    AgentId m_agent;
    QList<TicketTask> m_rows;
    QString m_lastError;
};

} // namespace Casebook
