// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QObject>

class QSystemTrayIcon;

namespace Casebook {

class DesktopNotifier;
class MainWindow;
struct NotificationRow;

/**
 * The tray icon: the agent's state in its tool tip (on shift, not taking new dialogues in the
 * last half hour (R06), off duty) with the count of open notifications, and each notification
 * delivered to this agent shown as a desktop notification (DesktopNotifier) whose actions open
 * the ticket, acknowledge or snooze it.
 */
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(MainWindow &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Whether the desktop has a tray to show it in.
    [[nodiscard]] bool isVisible() const;
    /// The agent's state as the tool tip says it.
    [[nodiscard]] QString stateText() const;

private:
    void show(const NotificationRow &notification);
    void updateState();

    MainWindow &m_window;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier *m_notifier = nullptr;
};

} // namespace Casebook
