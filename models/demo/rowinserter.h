// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"
#include "models/storage/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

namespace Casebook {

/**
 * One prepared INSERT for one table, reused for every row: the generator writes
 * millions of rows and preparing once per table is what keeps it fast.
 * Table and column names come from the generator's own code, never from users.
 */
class RowInserter final
{
    Q_DISABLE_COPY_MOVE(RowInserter)

public:
    RowInserter(const QSqlDatabase &db, DatabaseUrl::Engine engine, const QString &table, const QStringList &columns);

    /// Binds the values in column order and executes.
    Status insert(std::initializer_list<QVariant> values);
    Status insert(const QVariantList &values);

private:
    QSqlQuery m_query;
    DatabaseUrl::Engine m_engine;
    QString m_table;
    qsizetype m_columns = 0;
    bool m_prepared = false;
    QString m_sql;
};

} // namespace Casebook
