// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics.h"

#include <QObject>
#include <QThreadPool>
#include <QTimeZone>

class QTimer;

namespace Casebook {

class Clock;
class Database;
struct Change;

/**
 * The Analytics section's figures, counted off the UI thread: request() a view for a
 * period and figuresReady() brings them when one worker has read them. Only the newest
 * request is answered (a click through five periods counts the last one); until then the
 * section keeps what it shows. A change to tickets, tags or bug reports counts the shown
 * view again, at most once per throttle interval.
 */
class AnalyticsModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsModel)

public:
    AnalyticsModel(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~AnalyticsModel() override;

    /// The team's zone, in which every period's days begin (R07).
    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] Database &database() const { return m_database; }
    /// Counts `view` for `period`; an earlier request still running is not answered.
    void request(Analytics::View view, const AnalyticsPeriod &period);
    [[nodiscard]] bool isBusy() const { return m_running; }
    /// The least time between two recounts caused by changes; tests shorten it.
    void setThrottle(int ms);

    /// R42: the tags a lead may pick for `month` (FocusTags::candidates()).
    Result<QList<std::pair<TagId, QString>>> focusCandidates(const QString &month) const;
    /// R42: records the month's focus tags (FocusTags::choose()) and counts the shown view again.
    Status chooseFocusTags(const QString &month, const QList<TagId> &tags, AgentId by);

Q_SIGNALS:
    void figuresReady(Casebook::Analytics::View view, const QList<Casebook::Figure> &figures);
    void failed(Casebook::Analytics::View view, const QString &message);
    /// The stored response waits are being recomputed (after the upgrade or a change of
    /// the team's hours): `view`'s figures come when that is done, which may take minutes.
    void recomputing(Casebook::Analytics::View view);

private:
    void start();
    void onChanged(const QList<Casebook::Change> &changes);

    Database &m_database;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::UTC;
    QThreadPool m_pool; ///< one long-lived worker: its connection stays its own
    QTimer *m_throttle = nullptr;
    Analytics::View m_view = Analytics::View::Tagging;
    AnalyticsPeriod m_period;
    bool m_requested = false;
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0;
};

} // namespace Casebook
