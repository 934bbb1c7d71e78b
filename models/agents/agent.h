// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/ids.h"

#include <QString>
#include <QStringList>

namespace Casebook {

/// Leads and admins may do what agents may not (hand-offs to leads, settings).
enum class AgentRole { Agent, Lead, Admin };

inline constexpr EnumNames<AgentRole, 3> agentRoleNames{{{
    {AgentRole::Agent, "agent"},
    {AgentRole::Lead, "lead"},
    {AgentRole::Admin, "admin"},
}}};

struct Agent
{
    AgentId id;
    QString login;
    QString displayName;
    QString email{};
    AgentRole role = AgentRole::Agent;
    QString timeZone = QStringLiteral("UTC"); ///< IANA id of the agent's own zone
    QString locale = QStringLiteral("en");
    int mailCheckMinutes = 60; ///< R08: 30 or 60
    bool active = true;
    qint64 version = 0;
    QStringList languages{}; ///< the languages they answer in, as codes ("en", "ru")
};

} // namespace Casebook
