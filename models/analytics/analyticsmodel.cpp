// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticsmodel.h"

#include "focustags.h"
#include "responsewaits.h"

#include "models/shifts/businesshours.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

AnalyticsModel::AnalyticsModel(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_throttle(new QTimer(this))
{
    if (const auto team = TeamSettingsStore(database).read())
        m_zone = team->hours.zone;
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(5000);
    connect(m_throttle, &QTimer::timeout, this, &AnalyticsModel::start);
    connect(database.changeFeed(), &ChangeFeed::changed, this, &AnalyticsModel::onChanged);
}

AnalyticsModel::~AnalyticsModel()
{
    m_pool.waitForDone();
}

void AnalyticsModel::setThrottle(int ms)
{
    m_throttle->setInterval(ms);
}

Result<QList<std::pair<TagId, QString>>> AnalyticsModel::focusCandidates(const QString &month) const
{
    return FocusTags(m_database, m_zone, m_clock).candidates(month);
}

Status AnalyticsModel::chooseFocusTags(const QString &month, const QList<TagId> &tags, AgentId by)
{
    auto chosen = FocusTags(m_database, m_zone, m_clock).choose(month, tags, by);
    if (chosen && m_requested)
        start();
    return chosen;
}

void AnalyticsModel::request(Analytics::View view, const AnalyticsPeriod &period)
{
    m_view = view;
    m_period = period;
    m_requested = true;
    ++m_generation; // whatever runs now answers an older question
    start();
}

void AnalyticsModel::onChanged(const QList<Change> &changes)
{
    static const QStringList counted{u"ticket"_s, u"message"_s, u"bug_report"_s, u"proposal"_s,
                                     TeamSettingsStore::changeEntity()};
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(),
                                      [](const Change &change) { return counted.contains(change.entity); });
    if (relevant && m_requested && !m_throttle->isActive())
        m_throttle->start();
}

void AnalyticsModel::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    const quint64 generation = m_generation;
    const Analytics::View view = m_view;
    const AnalyticsPeriod period = m_period;
    const qint64 now = m_clock.nowMs();
    QPointer<AnalyticsModel> guard(this);
    Database *database = &m_database;
    m_pool.start([guard, database, view, period, now, generation] {
        QList<Figure> figures;
        QString error;
        const auto hours = teamBusinessHours(*database);
        // Said before the waits are worked out, which the figures below wait for: the
        // section keeps the previous chart and tells why the new one takes long.
        if (hours && view == Analytics::View::Response) {
            if (const auto pending = ResponseWaits::isPending(*database, *hours); pending && *pending)
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, generation, view] {
                        if (guard && generation == guard->m_generation)
                            Q_EMIT guard->recomputing(view);
                    },
                    Qt::QueuedConnection);
        }
        if (!hours) {
            error = hours.error().message;
        } else if (auto counted = Analytics(*database, *hours, now).figures(view, period); !counted) {
            error = counted.error().message;
        } else {
            figures = std::move(counted).value();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, view, figures, error] {
                if (!guard)
                    return;
                guard->m_running = false;
                if (generation == guard->m_generation) {
                    if (error.isEmpty())
                        Q_EMIT guard->figuresReady(view, figures);
                    else
                        Q_EMIT guard->failed(view, error);
                }
                if (guard->m_again || generation != guard->m_generation)
                    guard->start();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Casebook
