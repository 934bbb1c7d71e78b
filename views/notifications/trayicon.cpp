// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "models/agents/session.h"
#include "models/reminders/notificationmodel.h"
#include "models/reminders/remindertexts.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/clock.h"
#include "views/mainwindow.h"
#include "views/notifications/desktopnotifier.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Casebook {

TrayIcon::TrayIcon(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_notifier(new DesktopNotifier(m_tray, this))
{
    auto *menu = new QMenu(&window);
    QAction *open = menu->addAction(tr("Show Casebook"));
    connect(open, &QAction::triggered, &window, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    m_tray->setContextMenu(menu);
    NotificationModel *model = window.notifications();
    connect(model, &NotificationModel::arrived, this, &TrayIcon::show);
    connect(model, &NotificationModel::pendingCountChanged, this, &TrayIcon::updateState);
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this](TicketId ticket) {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
        m_window.openTicket(ticket);
    });
    connect(m_notifier, &DesktopNotifier::acknowledgeRequested, model, &NotificationModel::acknowledge);
    connect(m_notifier, &DesktopNotifier::snoozeRequested, model, &NotificationModel::snooze);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            m_window.setVisible(!m_window.isVisible());
    });
    updateState();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

QString TrayIcon::stateText() const
{
    return m_tray->toolTip();
}

void TrayIcon::show(const NotificationRow &notification)
{
    m_notifier->show(notification);
    updateState();
}

void TrayIcon::updateState()
{
    Session &session = m_window.session();
    const qint64 now = session.clock().nowMs();
    QString state;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::UTC).date();
    if (const auto roster = RosterStore(session.database()).roster(today.addDays(-1), today.addDays(1))) {
        const AgentId me = session.agentId();
        if (const auto end = Shifts::shiftEnd(*roster, me, now)) {
            state = Shifts::isInLastMinutes(*roster, me, now)
                //: R06: the last half hour of the shift
                ? tr("Not taking new dialogues; shift ends at %1").arg(ReminderTexts::teamTime(roster->hours, *end))
                : tr("On shift until %1").arg(ReminderTexts::teamTime(roster->hours, *end));
            if (Shifts::isAtLunch(*roster, me, now))
                state = tr("At lunch");
        } else {
            state = tr("Off duty");
        }
    }
    const int pending = m_window.notifications()->pendingCount();
    //: Tray tool tip: %1 is the agent's state, %2 the open notifications
    m_tray->setToolTip(tr("Casebook — %1 — %n notification(s)", nullptr, pending).arg(state));
}

} // namespace Casebook
