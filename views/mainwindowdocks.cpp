// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's docks: the notification list (issue 12) and the team's load (R19), tabbed
// together on the right and hidden until asked for.
#include "mainwindow.h"

#include "views/notifications/notificationlist.h"
#include "views/tickets/assignment/agentloadpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace Casebook {

void MainWindow::createNotificationDock()
{
    m_notificationDock = new QDockWidget(tr("Notifications"), this);
    m_notificationDock->setObjectName(QStringLiteral("notificationDock"));
    auto *notifications = new NotificationList(m_notifications, m_notificationDock);
    connect(notifications, &NotificationList::ticketRequested, this, &MainWindow::openTicket);
    m_notificationDock->setWidget(notifications);
    m_notificationDock->setMinimumWidth(200);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationDock);
    QAction *toggle = m_notificationDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("action.notifications"));
    m_viewMenu->addAction(toggle);

    // R19: each agent's open load, so whoever drowns can ask for help and a lead sees it.
    auto *loadDock = new QDockWidget(tr("Team Load"), this);
    loadDock->setObjectName(QStringLiteral("teamLoadDock"));
    loadDock->setWidget(new AgentLoadPanel(*m_session, loadDock));
    addDockWidget(Qt::RightDockWidgetArea, loadDock);
    tabifyDockWidget(m_notificationDock, loadDock);
    m_notificationDock->raise();
    QAction *loadToggle = loadDock->toggleViewAction();
    loadToggle->setObjectName(QStringLiteral("action.teamLoad"));
    m_viewMenu->addAction(loadToggle);
    // The ticket, its thread and the customer's card need the width on a laptop screen; the
    // docks are one click away in the View menu, and a window that showed them keeps them.
    m_notificationDock->hide();
    loadDock->hide();
}

} // namespace Casebook
