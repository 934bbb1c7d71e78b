// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowinserter.h"

#include "models/storage/database.h"

#include <QSqlError>

namespace Casebook {

RowInserter::RowInserter(const QSqlDatabase &db, DatabaseUrl::Engine engine, const QString &table,
                         const QStringList &columns)
    : m_query(db)
    , m_engine(engine)
    , m_table(table)
    , m_columns(columns.size())
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    m_sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(u", ")
        + QStringLiteral(") VALUES (") + marks.join(u", ") + u')';
}

Status RowInserter::insert(std::initializer_list<QVariant> values)
{
    return insert(QVariantList(values));
}

Status RowInserter::insert(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns);
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return Database::errorFrom(m_query.lastError(), m_engine);
        m_prepared = true;
    }
    int i = 0;
    for (const QVariant &value : values)
        m_query.bindValue(i++, value);
    if (!m_query.exec()) {
        Error error = Database::errorFrom(m_query.lastError(), m_engine);
        error.detail = m_table + QStringLiteral(": ") + error.detail;
        return error;
    }
    return Done{};
}

} // namespace Casebook
