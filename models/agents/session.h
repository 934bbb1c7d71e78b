// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent.h"
#include "models/storage/result.h"

#include <QObject>

class QSettings;

namespace Casebook {

/// What only some roles may do. The app asks Session::can() before each; on PostgreSQL the
/// server's grants refuse the same writes (resources/sql/postgres/014_people_and_privacy.sql).
enum class Permission {
    ManageTeamRules, ///< leads: canned replies, bug templates, rosters, reminders, SLA, team settings
    ManagePeople, ///< admins: add, edit and deactivate agents
    SeePrivateTickets, ///< leads (R40); an assignee sees their own private tickets too
    UpgradeSchema, ///< admins: install or upgrade the database's schema
};

class Clock;
class Database;

/**
 * Who is working at this desktop, against which database, on which clock. Views take one
 * Session instead of three references, and ask it for "me" (the Mine view, Take, drafts).
 *
 * The agent is found, in order: the login remembered in the settings for this database; on
 * PostgreSQL the server role name (DESIGN: each agent connects as their own role); the
 * CASEBOOK_AGENT environment variable (a login); the first active agent. A database without
 * agents gives an invalid id, and actions that need one say so.
 */
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// `settings` may be null (tests); nothing is remembered then.
    Session(Database &database, const Clock &clock, QSettings *settings, QObject *parent = nullptr);
    ~Session() override;

    [[nodiscard]] Database &database() const { return m_database; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] QSettings *settings() const { return m_settings; }

    [[nodiscard]] AgentId agentId() const { return m_agent.id; }
    [[nodiscard]] const Agent &agent() const { return m_agent; }
    /// True when the agent at this desktop may do `permission`; false with nobody signed in.
    [[nodiscard]] bool can(Permission permission) const;
    [[nodiscard]] bool isLead() const { return can(Permission::ManageTeamRules); }
    /// True on a database without any agent: the first person to sign in becomes its admin.
    [[nodiscard]] bool needsFirstPerson() const { return m_needsFirstPerson; }
    /// Makes the person at this desktop the database's first agent, as its admin, and signs
    /// in as them. On PostgreSQL the login is the server role; on a file, `login`. Refused
    /// when the database already has agents.
    Status becomeFirstAdmin(const QString &login, const QString &displayName, const QString &email);

    /// Signs in as another agent of this database and remembers the choice for it.
    void setAgent(AgentId id);
    /// Looks the agent up again (after the database changed under us).
    void reload();

Q_SIGNALS:
    void agentChanged();

private:
    [[nodiscard]] QString settingsKey() const;

    Database &m_database;
    const Clock &m_clock;
    QSettings *m_settings = nullptr;
    Agent m_agent;
    bool m_needsFirstPerson = false;
};

} // namespace Casebook
