// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Casebook {

/**
 * Makes an SQLite file fast to fill and puts it back in shape afterwards.
 *
 * Keeping FTS5 and every secondary index in step row by row costs several times the
 * insert itself. So begin() saves the `sql` of the full-text triggers and of the big
 * tables' indexes from sqlite_master and drops them; finish() rebuilds the full-text
 * tables in one pass, recreates triggers and indexes from the saved text exactly,
 * optimises and analyses.
 */
class SqliteBulkLoad final
{
    Q_DISABLE_COPY_MOVE(SqliteBulkLoad)

public:
    /// Called once per finished step with its name and duration.
    using PhaseReport = std::function<void(const QString &phase, qint64 ms)>;

    explicit SqliteBulkLoad(const QSqlDatabase &db);

    Status begin();
    Status finish(const PhaseReport &report);
    /// Slow, for smoke tests: FTS integrity-check and foreign_key_check (keys were off while loading).
    Status check();

    /// The journal mode SQLite agreed to while loading ("off" unless another connection is open).
    [[nodiscard]] QString loadJournalMode() const { return m_loadJournalMode; }

private:
    struct SchemaObject
    {
        QString type;
        QString name;
        QString sql;
    };

    Status exec(const QString &sql);
    Result<QString> pragma(const QString &sql);

    QSqlDatabase m_db;
    QList<SchemaObject> m_saved;
    QStringList m_ftsTables;
    QString m_journalMode;
    QString m_loadJournalMode;
};

} // namespace Casebook
