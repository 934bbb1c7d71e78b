// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "database.h"
#include "storagelog.h"

#include <QDateTime>
#include <QSqlError>

namespace Casebook {

namespace {
// Any fixed number; only Casebook's writers take this advisory lock.
constexpr qint64 changeLogLock = 0x43617365626F6F6B; // "Casebook"
} // namespace

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
    , m_db(database.connection())
{
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    // SQLite rolls a transaction back by itself after some errors (a full disk among them):
    // then there is nothing left to roll back, and nothing to warn about.
    if (!rollback.exec(QStringLiteral("ROLLBACK"))
        && !rollback.lastError().databaseText().contains(u"no transaction is active"))
        qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
}

Status WriteTransaction::begin()
{
    if (!m_db.isOpen() && !m_db.open())
        return m_database.errorFrom(m_db.lastError());
    const QString begin = m_database.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    QSqlQuery query(m_db);
    if (!query.exec(begin)) {
        if (!m_database.isPostgres())
            return m_database.errorFrom(query.lastError());
        // The server may have restarted (or ended this session) since this thread last
        // wrote: nothing of this transaction happened yet, so a new session and one more
        // try are safe. A healthy session passes the probe and fails the same way again.
        query.finish();
        if (auto revived = reviveConnection(m_database, m_db); !revived)
            return revived;
        QSqlQuery again(m_db);
        if (!again.exec(begin))
            return m_database.errorFrom(again.lastError());
    }
    m_open = true;
    if (m_database.isPostgres()) {
        // Sequence numbers are drawn at INSERT, not at COMMIT. Holding one lock to the end of
        // the transaction makes them commit in number order, so a reader that has seen number
        // n can never later find a smaller one. It is taken first, before any row lock: taken
        // at the first change, a writer holding it could wait for a row another writer had
        // locked while that one waited for it (a deadlock the server breaks by failing one).
        auto locked = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {changeLogLock});
        if (!locked)
            return locked.error();
        locked.value().finish();
    }
    return Done{};
}

QSqlQuery WriteTransaction::query() const
{
    return QSqlQuery(m_db);
}

Status WriteTransaction::exec(QSqlQuery &query) const
{
    if (!query.exec())
        return m_database.errorFrom(query.lastError());
    return Done{};
}

Result<QSqlQuery> WriteTransaction::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q;
}

Result<qint64> WriteTransaction::insert(const QString &sql, const QVariantList &values) const
{
    auto q = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return m_database.errorFrom(q.value().lastError());
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

Status WriteTransaction::record(const QString &entity, qint64 entityId, Change::Op op)
{
    auto q =
        exec(QStringLiteral("INSERT INTO change_log (entity, entity_id, op, at) VALUES (?, ?, ?, ?) RETURNING seq"),
             {entity, entityId, Change::opName(op), QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return m_database.errorFrom(q.value().lastError());
    m_changes.append({q.value().value(0).toLongLong(), entity, entityId, op});
    q.value().finish();
    return Done{};
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return Error{Error::Kind::Invalid, QStringLiteral("commit without begin"), {}};
    if (m_database.isPostgres() && !m_changes.isEmpty()) {
        auto notify = exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(ChangeFeed::channel), QString::number(m_changes.constLast().seq)});
        if (!notify)
            return notify.error();
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return m_database.errorFrom(query.lastError());
    m_open = false;
    m_database.changeFeed()->publish(m_changes);
    m_changes.clear();
    return Done{};
}

} // namespace Casebook
