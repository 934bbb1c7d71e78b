// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changefeed.h"
#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <unordered_map>

namespace Casebook {

class Database;

/**
 * A write: one transaction, its change_log rows, and one announcement after COMMIT.
 * Rolls back when destroyed without commit(). On PostgreSQL the transaction ends with
 * one NOTIFY carrying its highest sequence number.
 */
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();

    /// Starts the transaction (SQLite: BEGIN IMMEDIATE, so two writers queue instead of failing;
    /// PostgreSQL: writers queue on one advisory lock, so change numbers commit in order).
    Status begin();

    /// A fresh query on this transaction's connection.
    [[nodiscard]] QSqlQuery query() const;

    /// Runs a prepared query, turning a failure into an Error.
    Status exec(QSqlQuery &query) const;

    /// Prepares, binds positionally and runs in one call.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values) const;

    /// Runs an INSERT with " RETURNING id" appended and gives the new id. The statement
    /// is finished at once: SQLite refuses to COMMIT while one is still open.
    Result<qint64> insert(const QString &sql, const QVariantList &values) const;

    /// Runs an INSERT, UPDATE or DELETE that returns no rows and gives the rows it changed.
    Result<int> write(const QString &sql, const QVariantList &values) const;

    /// Records a change in change_log; announced after commit().
    Status record(const QString &entity, qint64 entityId, Change::Op op);

    Status commit();

    [[nodiscard]] Database &database() const { return m_database; }

private:
    Result<QSqlQuery *> prepared(const QString &sql) const;
    Result<qint64> firstValue(const QString &sql, const QVariantList &values) const;

    Database &m_database;
    QSqlDatabase m_db;
    // insert(), write() and record() prepare each statement once per transaction. SQLite
    // compiles every trigger a write fires into the write's own statement: with the analytics
    // counters an INSERT INTO messages takes about 750 steps to prepare and one INTO tickets
    // 1,400, and a batch of mails wrote the same few statements hundreds of times (issue 15).
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    QList<Change> m_changes;
    bool m_open = false;
};

} // namespace Casebook
