// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reminders/reminder.h"
#include "models/storage/ids.h"

#include <QObject>

class QSystemTrayIcon;

namespace Casebook {

struct NotificationRow;

/**
 * Shows a delivered notification on the desktop, with its actions: Open (the related ticket;
 * also what a click on the notification does), Acknowledge and Snooze. Through KDE Frameworks'
 * KNotification (the desktop's notification server, event "reminder" of casebook.notifyrc)
 * where Casebook was built with it, else as the tray icon's message, which has no actions
 * but a click. It only asks: the tray icon acts on the requests.
 */
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    /// The notifyrc component and event the notifications belong to.
    static constexpr auto componentName = "casebook";
    static constexpr auto eventId = "reminder";
    /// How long a snooze from the desktop notification lasts.
    static constexpr int snoozeMinutes = 15;

    /// `fallback` shows the message where KNotification is not built in; may be null.
    explicit DesktopNotifier(QSystemTrayIcon *fallback, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Whether notifications go through KNotification (with actions).
    [[nodiscard]] static bool hasActions();

    void show(const NotificationRow &notification);

Q_SIGNALS:
    void openRequested(Casebook::TicketId ticket);
    void acknowledgeRequested(Casebook::NotificationId notification);
    void snoozeRequested(Casebook::NotificationId notification, int minutes);

private:
    QSystemTrayIcon *m_fallback = nullptr;
    TicketId m_lastTicket; ///< the fallback's message: what its click opens
};

} // namespace Casebook
