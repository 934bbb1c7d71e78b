// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent.h"
#include "models/common/listsync.h"
#include "models/storage/result.h"

#include <QList>

namespace Casebook {

class Session;
struct Change;

/**
 * Settings > People: everyone who works on this database, active first, and what an admin
 * does to them. Each action asks Session::can(Permission::ManagePeople) first (on a team
 * server the grants refuse the same writes); a deactivated person stays in the list and
 * in history, and their open tickets can be handed on (R45).
 *
 * Rows follow the ChangeFeed with precise signals, so a selection survives another
 * admin's edit.
 */
class PeopleModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    enum Role {
        AgentIdRole = Qt::UserRole + 100, ///< qint64
        EmailRole, ///< QString
        LanguagesRole, ///< QStringList of codes
        AgentRoleRole, ///< int(AgentRole)
        ActiveRole, ///< bool
    };

    explicit PeopleModel(Session &session, QObject *parent = nullptr);
    ~PeopleModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] Agent agentAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(AgentId id) const;
    /// The active people other than `except`, to hand tickets to.
    [[nodiscard]] QList<Agent> handOffTargets(AgentId except) const;
    /// True when the person at this desktop may add, edit and deactivate people.
    [[nodiscard]] bool mayManage() const;
    /// True on a team server: each person gets a login role and a password.
    [[nodiscard]] bool hasLoginRoles() const;

    /// Reads the list again (also done on every change to an agent).
    Status reload();
    /// `password` is for a team server's login role; empty keeps the current one.
    Result<AgentId> add(const Agent &agent, const QString &password);
    Status edit(const Agent &agent, const QString &password);
    /// How many open tickets `agent` holds (offered for hand-off before deactivating).
    Result<int> openTicketCount(AgentId agent) const;
    /// Hands `agent`'s open tickets to `to` (when valid), then deactivates them; the name
    /// stays on every ticket, message and event they touched.
    Status deactivate(AgentId agent, AgentId to);
    Status reactivate(AgentId agent);

private:
    void onChanged(const QList<Change> &changes);
    [[nodiscard]] Status refusedUnlessAdmin() const;
    Status setActive(AgentId agent, bool active);

    Session &m_session;
    QList<Agent> m_people;
};

/// The role's name for people ("Agent", "Lead", "Admin").
[[nodiscard]] QString agentRoleText(AgentRole role);

} // namespace Casebook
