// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxpages.h"
#include "inboxsql.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Casebook {

class Database;
class SearchHits;

/**
 * The inbox's worker thread, for what can walk much of a big list: the total and the
 * rows of changed tickets (counts), a search's hits past its first page, and the
 * landmarks InboxPages seeks from. One
 * long-lived thread, so its database connection stays its own; the statements are built
 * by InboxSql on the UI thread and only run here.
 *
 * Landmarks: once the total is known, one walk of the view's index reads the key of every
 * `landmarkSpacing`-th row. Rows moving make them wrong: retireLandmarks() forgets them at
 * once (a walk under way stops at its next step) and asks for them again after a pause,
 * through landmarksDue(). Orders no index serves get none: on SQLite the plan says so; on
 * PostgreSQL a slow step does.
 */
class InboxWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWorker)

public:
    using Statement = InboxSql::Statement;
    using Landmark = InboxPages::Landmark;
    /// The total (-1 when it failed) and each position's count (-1 for an empty statement or a failure).
    using Counted = std::function<void(int total, const QList<int> &positions)>;
    /// A search's hits in the list's order, or why it failed.
    using Searched = std::function<void(const Result<QList<TicketId>> &hits)>;

    explicit InboxWorker(Database &database, QObject *parent = nullptr);
    ~InboxWorker() override;

    /// Counts on the worker; `counted` runs afterwards on this object's thread, unless it is gone.
    void count(const Statement &total, const QList<Statement> &positions, Counted counted);
    /// Reads the best `limit` of `hits` on the worker, at the time `nowMs`; `searched` runs
    /// afterwards on this object's thread, unless it is gone.
    void search(const SearchHits &hits, qint64 nowMs, int limit, Searched searched);

    [[nodiscard]] const QList<Landmark> &landmarks() const { return m_landmarks; }
    [[nodiscard]] bool hasLandmarks() const { return !m_landmarks.isEmpty(); }
    /// Forgets the landmarks; landmarksDue() follows after `delayMs` (never when negative).
    void retireLandmarks(int delayMs);
    /// Walks the list of `sql` on the worker for its landmarks.
    void readLandmarks(const InboxSql &sql);

Q_SIGNALS:
    /// Time to read the landmarks again, if the list is big enough to want them.
    void landmarksDue();

private:
    Database &m_database;
    QThreadPool m_pool;
    QList<Landmark> m_landmarks;
    /// Bumped whenever landmarks go stale; the walk stops reading outdated ones.
    std::shared_ptr<std::atomic<quint64>> m_epoch = std::make_shared<std::atomic<quint64>>(0);
    QTimer m_due;
};

} // namespace Casebook
