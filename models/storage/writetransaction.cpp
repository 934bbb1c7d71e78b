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
// Statements built with a varying number of values are different texts: a few are kept.
constexpr std::size_t maxStatements = 64;

// Runs a prepared statement with this call's values, bound by position.
bool run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}
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

Result<QSqlQuery *> WriteTransaction::prepared(const QString &sql) const
{
    if (const auto known = m_statements.find(sql); known != m_statements.end())
        return &known->second;
    if (m_statements.size() >= maxStatements)
        m_statements.clear();
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return m_database.errorFrom(query.lastError());
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

Result<qint64> WriteTransaction::firstValue(const QString &sql, const QVariantList &values) const
{
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    if (!run(q, values) || !q.next())
        return m_database.errorFrom(q.lastError());
    const qint64 value = q.value(0).toLongLong();
    // SQLite refuses to COMMIT while a statement is still open.
    q.finish();
    return value;
}

Result<qint64> WriteTransaction::insert(const QString &sql, const QVariantList &values) const
{
    return firstValue(sql + QStringLiteral(" RETURNING id"), values);
}

Result<int> WriteTransaction::write(const QString &sql, const QVariantList &values) const
{
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    if (!run(q, values))
        return m_database.errorFrom(q.lastError());
    const int changed = q.numRowsAffected();
    q.finish();
    return changed;
}

Status WriteTransaction::record(const QString &entity, qint64 entityId, Change::Op op)
{
    const auto seq = firstValue(
        QStringLiteral("INSERT INTO change_log (entity, entity_id, op, at) VALUES (?, ?, ?, ?) RETURNING seq"),
        {entity, entityId, Change::opName(op), QDateTime::currentMSecsSinceEpoch()});
    if (!seq)
        return seq.error();
    m_changes.append({*seq, entity, entityId, op});
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
