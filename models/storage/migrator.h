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

    /// Whether the SQLite file at `path` holds an older schema than this build's, read on a
    /// read-only connection of its own (any thread): an upgrade can rebuild every search
    /// index, minutes on a large file, so the application runs it off the UI thread.
    static Result<bool> isSqliteFileBehind(const QString &path);

    /// Brings the database to latestVersion(). Refuses a newer one, or one that records a
    /// migration this build does not have, without writing.
    Result<int> migrate(QSqlDatabase &db) const;

    /// Compares the migrations the database records with this build's own, by number and
    /// name: a newer one, or an unknown one in a number this build skips (another build's
    /// migration), is refused in words. Reads only.
    Status checkApplied(QSqlDatabase &db) const;

private:
    struct Applied
    {
        int version = 0;
        QString name;
    };
    /// What `schema_version` records, in version order; empty for an empty database.
    Result<QList<Applied>> applied(QSqlDatabase &db) const;

    DatabaseUrl::Engine m_engine;
    QList<Migration> m_migrations;
};

} // namespace Casebook
