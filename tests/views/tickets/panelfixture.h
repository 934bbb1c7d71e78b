// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticket/openticket.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

namespace Casebook::Test {

/// One SQLite database, a fake clock and three agents (two agents and a lead).
struct PanelFixture
{
    std::unique_ptr<TestDatabase> testDb = std::make_unique<TestDatabase>(DatabaseUrl::Engine::SQLite);
    std::unique_ptr<Database> db = testDb->open();
    FakeClock clock{1'795'000'000'000};
    AgentId anna;
    AgentId ivan;
    AgentId vera;

    PanelFixture()
    {
        if (!db)
            return;
        AgentStore agents(*db, clock);
        const auto make = [&](const QString &login, const QString &name, AgentRole role) {
            Agent agent;
            agent.login = login;
            agent.displayName = name;
            agent.role = role;
            return agents.create(agent).value();
        };
        anna = make(QStringLiteral("anna"), QStringLiteral("Anna Berg"), AgentRole::Agent);
        ivan = make(QStringLiteral("ivan"), QStringLiteral("Ivan Petrov"), AgentRole::Agent);
        vera = make(QStringLiteral("vera"), QStringLiteral("Vera Lead"), AgentRole::Lead);
    }
};

/// A view on its own open ticket, as one desktop shows it. The view goes first, then the
/// ticket, as when a window closes.
template<typename View>
struct OnTicket
{
    std::unique_ptr<OpenTicket> ticket;
    std::unique_ptr<View> view;

    [[nodiscard]] View *get() const { return view.get(); }
    [[nodiscard]] View *operator->() const { return view.get(); }
    [[nodiscard]] View &operator*() const { return *view; }
};

/// A view of `ticket` on an open ticket of its own, shown at a desk's size.
template<typename View>
OnTicket<View> showOnTicket(Session &session, TicketId ticket)
{
    OnTicket<View> desk;
    desk.ticket = std::make_unique<OpenTicket>(session);
    desk.view = std::make_unique<View>(*desk.ticket);
    desk->resize(1000, 700);
    desk->show();
    desk->setTicket(ticket);
    return desk;
}

/// Saves a widget's picture for a person to look at; the test does not judge it.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/shots");
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace Casebook::Test
