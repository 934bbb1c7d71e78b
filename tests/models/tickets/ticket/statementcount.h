// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Casebook::Test {

/**
 * How many SQL statements a PostgreSQL test database has run, from the server's
 * pg_stat_statements (the test server preloads it). The counting itself runs on the
 * maintenance database, so it adds nothing to the count. QPSQL's DEALLOCATE of a finished
 * prepared statement is left out: it follows every prepared statement one for one and is
 * the driver's housekeeping, not a statement the code asked for.
 */
class StatementCount final
{
    Q_DISABLE_COPY_MOVE(StatementCount)

public:
    explicit StatementCount(const Database &counted)
        : m_connection(QStringLiteral("casebook-test-count-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_databaseName(counted.url().databaseName)
    {
        // The counted database's server and role, on the maintenance database.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(counted.connection(), m_connection);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")))
            m_error = q.lastError().text();
    }

    ~StatementCount()
    {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    /// Empty when counting works; else why not (the server lacks the module).
    [[nodiscard]] QString error() const { return m_error; }

    /// Statements run on the counted database so far; -1 when they cannot be counted.
    [[nodiscard]] qint64 total() const
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s "
                                 "JOIN pg_database d ON d.oid = s.dbid "
                                 "WHERE d.datname = ? AND s.query NOT ILIKE 'deallocate%'"));
        q.addBindValue(m_databaseName);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_connection;
    QString m_databaseName;
    QString m_error;
};

} // namespace Casebook::Test
