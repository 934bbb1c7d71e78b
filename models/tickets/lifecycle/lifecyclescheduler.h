// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace Casebook {

class Clock;
class Database;

/**
 * Runs TicketLifecycle on a worker thread: once shortly after start, then every few
 * minutes, so solved tickets close and silent pending ones are solved (R32, R36) while the
 * app is open. On a shared server every desktop runs it; the version checks make the
 * second one find nothing left to do.
 */
class LifecycleScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleScheduler)

public:
    LifecycleScheduler(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~LifecycleScheduler() override;

    /// The first run after `firstDelayMs`, then one every `intervalMs`.
    void start(int firstDelayMs = 30'000, int intervalMs = 5 * 60'000);
    /// Runs now, unless a run is under way.
    void runNow();

Q_SIGNALS:
    /// A run finished; `closed` and `solved` tickets were moved on.
    void applied(int closed, int solved);
    /// A run failed (for example, the server went away); the next one tries again.
    void failed(const QString &message);

private:
    Database &m_database;
    const Clock &m_clock;
    QTimer m_timer;
    QThreadPool m_pool; ///< one worker: its connection stays its own
    int m_intervalMs = 0;
    bool m_running = false;
};

} // namespace Casebook
