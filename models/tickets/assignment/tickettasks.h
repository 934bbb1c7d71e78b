// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/enumnames.h"
#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook {

class Clock;
class Database;

using TicketTaskId = Id<struct TicketTaskTag>;

/// R37: the side work a ticket gives rise to.
enum class TicketTaskKind { Docs, Testing, Bug, Other };

inline constexpr EnumNames<TicketTaskKind, 4> ticketTaskKindNames{{{
    {TicketTaskKind::Docs, "docs"},
    {TicketTaskKind::Testing, "testing"},
    {TicketTaskKind::Bug, "bug"},
    {TicketTaskKind::Other, "other"},
}}};

struct TicketTask
{
    TicketTaskId id;
    TicketId ticket;
    QString title;
    TicketTaskKind kind = TicketTaskKind::Other;
    QString url; ///< the task in the team's tracker, when there is one
    bool done = false;
    qint64 createdAt = 0;
    qint64 version = 0;
    friend bool operator==(const TicketTask &, const TicketTask &) = default;
};

/**
 * R37: side tasks linked to a ticket (docs update, testing, a bug). They are listed with the
 * ticket and in the internal message (R43), and never keep the ticket open: solving does not
 * look at them.
 */
class TicketTasks final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::TicketTasks)

public:
    TicketTasks(Database &database, const Clock &clock);

    Result<TicketTaskId> add(TicketId ticket, const QString &title, TicketTaskKind kind, const QString &url,
                             AgentId by);
    /// Marks done or not done; returns the new version.
    Result<qint64> setDone(TicketTaskId task, bool done, qint64 expectedVersion, AgentId by);
    /// Oldest first.
    Result<QList<TicketTask>> tasks(TicketId ticket) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::TicketTaskId)
