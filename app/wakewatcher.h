// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusConnection;

namespace Casebook {

/**
 * Says when the machine wakes from sleep, from logind's PrepareForSleep(false) on the system
 * bus. Timers count monotonic time, which stands still while the machine sleeps: without this a
 * scheduler armed for ten minutes would notice a night's sleep only when that timer fires.
 * Where there is no logind or no bus it never fires, and the schedulers' own limits apply.
 */
class WakeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WakeWatcher)

public:
    /// Listens on `bus` (the system bus in the application; a test's own bus in tests).
    explicit WakeWatcher(const QDBusConnection &bus, QObject *parent = nullptr);
    ~WakeWatcher() override = default;

    [[nodiscard]] bool isListening() const { return m_listening; }

Q_SIGNALS:
    void woke();

private Q_SLOTS:
    void prepareForSleep(bool sleeping);

private:
    bool m_listening = false;
};

} // namespace Casebook
