// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclescheduler.h"

#include "models/shifts/businesshours.h"
#include "models/storage/storagelog.h"
#include "models/team/teamsettings.h"
#include "ticketlifecycle.h"

#include <QCoreApplication>
#include <QPointer>

namespace Casebook {

LifecycleScheduler::LifecycleScheduler(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LifecycleScheduler::runNow);
}

LifecycleScheduler::~LifecycleScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void LifecycleScheduler::start(int firstDelayMs, int intervalMs)
{
    m_intervalMs = intervalMs;
    m_timer.start(firstDelayMs);
}

void LifecycleScheduler::runNow()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<LifecycleScheduler> guard(this);
    m_pool.start([guard, database = &m_database, clock = &m_clock] {
        TicketLifecycle lifecycle(*database, *clock);
        // The team's settings and calendar are read each time: either may have changed since.
        const auto team = TeamSettingsStore(*database).read();
        const auto hours = team ? withTeamHolidays(*database, team->hours) : Result<BusinessHours>(team.error());
        const auto outcome = hours ? lifecycle.apply(TicketLifecycle::settingsFrom(team.value(), hours.value()))
                                   : Result<TicketLifecycle::Outcome>(hours.error());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, outcome] {
                if (!guard)
                    return;
                guard->m_running = false;
                if (guard->m_intervalMs > 0)
                    guard->m_timer.start(guard->m_intervalMs);
                if (!outcome) {
                    qCWarning(lcStorage) << "ticket lifecycle:" << outcome.error().message;
                    Q_EMIT guard->failed(outcome.error().message);
                    return;
                }
                if (outcome->closed + outcome->solved > 0)
                    qCInfo(lcStorage) << "ticket lifecycle: closed" << outcome->closed << "solved" << outcome->solved;
                Q_EMIT guard->applied(outcome->closed, outcome->solved);
            },
            Qt::QueuedConnection);
    });
}

} // namespace Casebook
