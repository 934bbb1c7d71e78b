// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Casebook {

/**
 * Applies the numbered SQL files under `:/sql/<dialect>/` that a database has not
 * seen yet, each in its own transaction, and records them in `schema_version`.
 */
class Migrator final
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /// `resourceRoot` is replaceable so tests can feed broken or future migrations.
    explicit Migrator(DatabaseUrl::Engine engine, const QString &resourceRoot = QStringLiteral(":/sql"));

    [[nodiscard]] const QList<Migration> &migrations() const { return m_migrations; }
    [[nodiscard]] int latestVersion() const;

    /// The version recorded in the database; 0 for an empty one. Reads only.
    Result<int> currentVersion(QSqlDatabase &db) const;

    /// Brings the database to latestVersion(). Refuses a newer one without writing.
    Result<int> migrate(QSqlDatabase &db) const;

private:
    DatabaseUrl::Engine m_engine;
    QList<Migration> m_migrations;
};

} // namespace Casebook
