// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"
#include "models/common/listsync.h"
#include "models/shifts/businesshours.h"
#include "models/storage/result.h"

#include <chrono>

class QTimer;

namespace Casebook {

class Clock;
class Database;
struct Change;

/// R19: how much one agent holds right now.
struct AgentLoad
{
    AgentId agent;
    QString name;
    AgentRole role = AgentRole::Agent;
    int open = 0; ///< new, open, pending and on-hold tickets assigned to them
    int longHeld = 0; ///< R24: of those, held past the team's limit
    friend bool operator==(const AgentLoad &, const AgentLoad &) = default;
};

/**
 * R19: each active agent's open load, heaviest first, so anyone can see who needs help.
 * One index probe per agent (tickets_assignee_updated), never a scan of all tickets.
 * Follows the ChangeFeed, and reads again every minute for the holds that grow long meanwhile.
 */
class AgentLoadModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLoadModel)

public:
    AgentLoadModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Working days for R24's "long held"; the weekday 09:00-19:00 default until set.
    void setBusinessHours(const BusinessHours &hours);
    /// R24 flags come with time, not with a change: the loads are read again this often
    /// (a minute unless set; tests shorten it).
    void setRecheckInterval(std::chrono::milliseconds interval);

    /// The loads, read now.
    static Result<QList<AgentLoad>> loads(const Database &database, qint64 longHeldThreshold);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] AgentLoad loadAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(AgentId agent) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    Status refresh();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    Database &m_database;
    const Clock &m_clock;
    BusinessHours m_hours;
    QList<AgentLoad> m_rows;
    QString m_lastError;
    QTimer *m_recheck = nullptr;
};

} // namespace Casebook
