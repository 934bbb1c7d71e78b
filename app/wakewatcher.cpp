// SPDX-License-Identifier: GPL-3.0-or-later
#include "wakewatcher.h"

#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace Casebook {

WakeWatcher::WakeWatcher(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
{
    // Only logind's own name may send it: anyone on the bus can emit a signal of that shape.
    // QDBusConnection::connect() takes its slot by name only: Qt D-Bus has no function-pointer form.
    QDBusConnection connection(bus);
    if (connection.isConnected())
        m_listening = connection.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                                         u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
                                         SLOT(prepareForSleep(bool)));
}

void WakeWatcher::prepareForSleep(bool sleeping)
{
    if (!sleeping)
        Q_EMIT woke();
}

} // namespace Casebook
