// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "database.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Casebook {

QString Change::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Update:
        break;
    }
    return QStringLiteral("update");
}

Change::Op Change::opFromName(QStringView name)
{
    if (name == u"insert")
        return Op::Insert;
    if (name == u"delete")
        return Op::Delete;
    return Op::Update;
}

Status reviveConnection(const Database &database, QSqlDatabase &db)
{
    if (db.isOpen()) {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return Done{};
        probe.finish();
        db.close();
    }
    if (!db.open())
        return database.errorFrom(db.lastError());
    QSqlQuery setup(db);
    // Every session of Casebook reads and writes epoch milliseconds in UTC (as Database does
    // for the sessions it opens).
    if (database.isPostgres() && !setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return database.errorFrom(setup.lastError());
    if (!database.isPostgres() && !setup.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return database.errorFrom(setup.lastError());
    return Done{};
}

ChangeFeed::ChangeFeed(Database *database)
    : QObject(database)
    , m_database(database)
    , m_connectionName(database->connection().connectionName() + QStringLiteral("/feed"))
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(m_interval);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeFeed::heartbeat);
}

ChangeFeed::~ChangeFeed()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen() && m_database->isPostgres()) {
                db.driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
                db.driver()->unsubscribeFromNotification(QString::fromLatin1(presenceChannel));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ChangeFeed::setHeartbeatInterval(int ms)
{
    m_interval = ms;
    m_heartbeat->setInterval(currentBackoffMs());
}

int ChangeFeed::currentBackoffMs() const
{
    qint64 wait = m_interval;
    for (int i = 0; i < m_failures && wait < maxBackoffMs; ++i)
        wait *= 2;
    return int(std::min<qint64>(wait, std::max(maxBackoffMs, m_interval)));
}

void ChangeFeed::backOff()
{
    ++m_failures;
    m_heartbeat->setInterval(currentBackoffMs());
}

Status ChangeFeed::openListener()
{
    if (!QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::cloneDatabase(m_database->connection(), m_connectionName);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() && !db.open())
        return m_database->errorFrom(db.lastError());
    if (m_database->isPostgres()) {
        QSqlDriver *driver = db.driver();
        // The driver object survives close/open, so connect once and subscribe each time.
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
        // The driver forgets its subscriptions when the session closes: a new one after a
        // reconnect subscribes again.
        for (const char *name : {channel, presenceChannel}) {
            const QString subscription = QString::fromLatin1(name);
            if (!driver->subscribedToNotifications().contains(subscription)
                && !driver->subscribeToNotification(subscription))
                return m_database->errorFrom(driver->lastError());
        }
        QSqlQuery pid(db);
        if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
            return m_database->errorFrom(pid.lastError());
        m_listenerBackend = pid.value(0).toLongLong();
    }
    return Done{};
}

Status ChangeFeed::start()
{
    if (auto opened = openListener(); !opened)
        return opened;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !query.next())
        return m_database->errorFrom(query.lastError());
    m_lastSeq = query.value(0).toLongLong();
    if (!m_database->isPostgres()) {
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return m_database->errorFrom(query.lastError());
        m_dataVersion = query.value(0).toLongLong();
    }
    m_heartbeat->start();
    return Done{};
}

void ChangeFeed::publish(const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    if (QThread::currentThread() != thread()) {
        // A store used on a worker thread committed: announce from the feed's own thread.
        QMetaObject::invokeMethod(this, [this, changes] { publish(changes); }, Qt::QueuedConnection);
        return;
    }
    for (const Change &change : changes) {
        if (change.seq > m_lastSeq)
            m_published.insert(change.seq);
    }
    Q_EMIT changed(changes);
}

Result<int> ChangeFeed::catchUp()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, entity, entity_id, op FROM change_log WHERE seq > ? ORDER BY seq"));
    query.addBindValue(m_lastSeq);
    if (!query.exec())
        return m_database->errorFrom(query.lastError());
    QList<Change> fresh;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        m_lastSeq = std::max(m_lastSeq, seq);
        if (m_published.remove(seq))
            continue; // this process wrote it and announced it already
        fresh.append({seq, query.value(1).toString(), query.value(2).toLongLong(),
                      Change::opFromName(query.value(3).toString())});
    }
    if (!fresh.isEmpty())
        Q_EMIT changed(fresh);
    return int(fresh.size());
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == QLatin1StringView(presenceChannel)) {
        Q_EMIT presenceNotified(payload.toLongLong());
        return;
    }
    if (name != QLatin1StringView(channel))
        return;
    // The payload is the sequence number; one we have read already needs no query.
    if (payload.toLongLong() > 0 && payload.toLongLong() <= m_lastSeq)
        return;
    if (auto result = catchUp(); !result)
        qCWarning(lcStorage) << "catching up after NOTIFY failed:" << result.error().detail;
}

void ChangeFeed::recovered()
{
    m_failures = 0;
    m_heartbeat->setInterval(m_interval);
    Q_EMIT reconnected();
}

void ChangeFeed::heartbeat()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const bool alive = m_database->isPostgres() ? query.exec(QStringLiteral("SELECT 1"))
                                                : (query.exec(QStringLiteral("PRAGMA data_version")) && query.next());
    const bool wasAway = !alive || m_failures > 0;
    if (!alive) {
        m_database->setState(Database::State::Disconnected, m_database->errorFrom(query.lastError()).message);
        query.finish();
        db.close();
        if (auto reopened = openListener(); !reopened) {
            backOff(); // the server is still away: ask less often, up to maxBackoffMs
            return;
        }
    }
    if (wasAway) {
        // The sessions this thread reads and writes with died with the listener's.
        QSqlDatabase own = m_database->connection();
        if (auto revived = reviveConnection(*m_database, own); !revived) {
            backOff();
            return;
        }
    }
    if (m_database->isPostgres()) {
        // A NOTIFY sent while we were away is lost; the log is not.
        auto result = catchUp();
        if (!result) {
            backOff();
            return;
        }
        m_database->setState(Database::State::Connected);
        if (wasAway)
            recovered();
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    m_database->setState(Database::State::Connected);
    if (wasAway)
        recovered();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        if (auto result = catchUp(); !result)
            qCWarning(lcStorage) << "catching up failed:" << result.error().detail;
    }
}

} // namespace Casebook
