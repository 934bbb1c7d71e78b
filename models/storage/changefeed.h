// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDriver>

class QSqlDatabase;
class QTimer;

namespace Casebook {

class Database;

/**
 * Makes `db` (a connection of the calling thread) usable again after its server went away:
 * a cheap probe, and when it fails a new session with the settings every session gets.
 * Returns an Error::Kind::Connection error while the server cannot be reached.
 */
Status reviveConnection(const Database &database, QSqlDatabase &db);

/// One committed change, as recorded in `change_log`.
struct Change
{
    enum class Op { Insert, Update, Delete };

    qint64 seq = 0;
    QString entity; ///< table-like name: "ticket", "message", "customer", ...
    qint64 entityId = 0;
    Op op = Op::Update;

    static QString opName(Op op);
    static Op opFromName(QStringView name);
    friend bool operator==(const Change &, const Change &) = default;
};

/**
 * Announces every committed change exactly once per process.
 *
 * Writers record changes in `change_log` inside their transaction and hand them to
 * publish() after the commit; those are emitted at once. Changes made elsewhere (another
 * process on the same SQLite file, another agent on PostgreSQL) are read from
 * `change_log` by sequence number when PostgreSQL's NOTIFY arrives or SQLite's
 * `PRAGMA data_version` moves. A heartbeat notices a dropped server, reconnects,
 * re-subscribes and catches up, so nothing is missed.
 */
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr auto channel = "casebook_changes";
    /// Presence is not a change: no log row, only a nudge to read who is where again.
    static constexpr auto presenceChannel = "casebook_presence";
    /// The longest wait between two attempts to reach a server that went away.
    static constexpr int maxBackoffMs = 15000;

    explicit ChangeFeed(Database *database);
    ~ChangeFeed() override;

    /// Opens the feed's own connection, subscribes, and remembers where the log ends.
    Status start();

    /// Called by WriteTransaction after a successful commit.
    void publish(const QList<Change> &changes);

    /// Reads and announces changes after the last one seen. Returns how many were new.
    Result<int> catchUp();

    /// The highest sequence number read from the log so far.
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }

    /// The server process of the listening session (PostgreSQL; 0 otherwise), for a
    /// server administrator's view of who listens, and for tests that cut it off.
    [[nodiscard]] qint64 listenerBackend() const { return m_listenerBackend; }

    /// How often the heartbeat runs; tests shorten it.
    void setHeartbeatInterval(int ms);
    /// The wait before the next beat: the interval, doubled for each failed attempt in a row.
    [[nodiscard]] int currentBackoffMs() const;

Q_SIGNALS:
    /// Committed changes, in sequence order within one call.
    void changed(const QList<Casebook::Change> &changes);
    /// The server was gone and is back: subscribed again and caught up.
    void reconnected();
    /// Someone's presence on `ticket` changed (PostgreSQL NOTIFY; 0: not said which).
    void presenceNotified(qint64 ticket);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void heartbeat();
    Status openListener();
    /// The beat failed: the next comes later, up to maxBackoffMs.
    void backOff();
    /// Back after being away: the normal beat again, and say so.
    void recovered();

    Database *m_database = nullptr;
    QString m_connectionName;
    QTimer *m_heartbeat = nullptr;
    int m_interval = 2000;
    int m_failures = 0; ///< beats in a row that found the server gone
    qint64 m_listenerBackend = 0;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    QSet<qint64> m_published; ///< announced locally but not yet passed by m_lastSeq
};

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::Change)
