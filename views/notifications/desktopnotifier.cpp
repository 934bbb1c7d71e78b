// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "models/reminders/notificationmodel.h"

#include <QSystemTrayIcon>

#ifdef CASEBOOK_HAVE_KNOTIFICATIONS
#include <KNotification>
#endif

using namespace Qt::StringLiterals;

namespace Casebook {

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *fallback, QObject *parent)
    : QObject(parent)
    , m_fallback(fallback)
{
    if (m_fallback) {
        connect(m_fallback, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastTicket.isValid())
                Q_EMIT openRequested(m_lastTicket);
        });
    }
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::hasActions()
{
#ifdef CASEBOOK_HAVE_KNOTIFICATIONS
    return true;
#else
    return false;
#endif
}

void DesktopNotifier::show(const NotificationRow &notification)
{
#ifdef CASEBOOK_HAVE_KNOTIFICATIONS
    // Deletes itself once closed (by the person, the server or a timeout); parented so that
    // one still open when the window goes is closed with it.
    auto *note = new KNotification(QString::fromLatin1(eventId), KNotification::CloseOnTimeout, this);
    note->setComponentName(QString::fromLatin1(componentName));
    note->setTitle(notification.title);
    note->setText(notification.body);
    const TicketId ticket = notification.ticket;
    const NotificationId id = notification.id;
    if (ticket.isValid()) {
        // The default action is the notification's click, and "Open" where actions are listed.
        //: A desktop notification's action: open the ticket it is about
        KNotificationAction *open = note->addDefaultAction(tr("Open"));
        connect(open, &KNotificationAction::activated, this, [this, ticket] { Q_EMIT openRequested(ticket); });
    }
    //: A desktop notification's action: the reminder was seen and is dealt with
    KNotificationAction *acknowledge = note->addAction(tr("Acknowledge"));
    connect(acknowledge, &KNotificationAction::activated, this, [this, id] { Q_EMIT acknowledgeRequested(id); });
    //: A desktop notification's action
    KNotificationAction *snooze = note->addAction(tr("Snooze for %n minute(s)", nullptr, snoozeMinutes));
    connect(snooze, &KNotificationAction::activated, this, [this, id] { Q_EMIT snoozeRequested(id, snoozeMinutes); });
    note->sendEvent();
#else
    if (!m_fallback)
        return;
    m_lastTicket = notification.ticket;
    m_fallback->showMessage(notification.title, notification.body, QSystemTrayIcon::Information, 15'000);
#endif
}

} // namespace Casebook
