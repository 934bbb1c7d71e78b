// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"
#include "savedviews.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <optional>

class QTimer;

namespace Casebook {

class Clock;
class Database;
struct Change;

/// R14: how many tickets created in a period carry at least one tag.
struct TaggedShare
{
    int tickets = 0;
    int tagged = 0;
    /// 0..1; a month without tickets counts as fully tagged (nothing is missing).
    [[nodiscard]] double share() const { return tickets > 0 ? double(tagged) / double(tickets) : 1.0; }
};

/// The R14 goal: 70 % or more of the dialogues tagged.
inline constexpr double taggedShareGoal = 0.70;

/**
 * Counts tickets created in [from, to) and those of them with a tag. Reads the
 * `tickets_created` index range only, so it stays cheap on a million tickets: a month
 * holds a small slice of them.
 */
Result<TaggedShare> countTaggedShare(Database &database, qint64 from, qint64 to);

/// The first instant of the UTC month holding `now` (epoch ms).
qint64 monthStartMs(qint64 now);

/**
 * Live figures for the inbox header and view picker: each view's number of tickets and
 * the month's tagged share (R14). Everything is counted on one worker thread; changes from
 * the ChangeFeed schedule a recount at most once per `throttleMs`, so a burst of writes
 * costs one round of counts.
 */
class InboxCounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxCounts)

public:
    InboxCounts(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~InboxCounts() override;

    /// The views to count; `me` answers assignee:me. Starts a count at once.
    void setViews(const QList<SavedView> &views, AgentId me);
    /// The last known count of the view with this key; -1 while unknown.
    [[nodiscard]] int count(const QString &key) const { return m_counts.value(key, -1); }
    [[nodiscard]] std::optional<TaggedShare> taggedShare() const { return m_share; }
    /// Counts again now (on the worker).
    void refresh();
    /// The least time between two rounds caused by changes; tests shorten it.
    void setThrottle(int ms);
    /// True while a round is running on the worker.
    [[nodiscard]] bool isCounting() const { return m_running; }

Q_SIGNALS:
    /// A round finished: counts and the share are current.
    void countsChanged();

private:
    void onChanged(const QList<Casebook::Change> &changes);
    void arrived(quint64 generation, const QHash<QString, int> &counts, std::optional<TaggedShare> share);

    Database &m_database;
    const Clock &m_clock;
    QThreadPool m_pool; ///< one long-lived worker: its connection stays its own
    QTimer *m_throttle = nullptr;
    QList<SavedView> m_views;
    AgentId m_me;
    QHash<QString, int> m_counts;
    std::optional<TaggedShare> m_share;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false; ///< a change arrived while counting: one more round after this one
    bool m_pending = false; ///< changes arrived while the throttle ran: one more round at its end
};

} // namespace Casebook
