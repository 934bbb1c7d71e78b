// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agentstore.h"
#include "models/storage/clock.h"
#include "models/tickets/ticketstore.h"

#include <QTest>

namespace Casebook::Test {

inline constexpr qint64 fixtureStart = 1'795'000'000'000; // Wed 2026-11-18 11:06 UTC
inline constexpr qint64 fixtureMinute = 60'000;

/// An agent for a ticket-operation test; fails the test on error.
inline AgentId makeAgent(Database &db, const Clock &clock, const QString &login, const QString &name,
                         AgentRole role = AgentRole::Agent)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    agent.role = role;
    const auto id = AgentStore(db, clock).create(agent);
    if (!id) {
        QTest::qFail(qPrintable(id.error().message + u' ' + id.error().detail), __FILE__, __LINE__);
        return {};
    }
    return *id;
}

/// A ticket with one customer message; fails the test on error.
inline TicketId makeTicket(Database &db, const Clock &clock, const QString &subject,
                           const QString &body = QStringLiteral("Hello, it does not work."))
{
    const auto id = TicketStore(db, clock).create({subject, {}, Channel::Email, body});
    if (!id) {
        QTest::qFail(qPrintable(id.error().message + u' ' + id.error().detail), __FILE__, __LINE__);
        return {};
    }
    return *id;
}

inline qint64 versionOf(Database &db, TicketId id)
{
    const auto ticket = TicketStore(db).ticket(id);
    return ticket ? ticket->version : -1;
}

} // namespace Casebook::Test
