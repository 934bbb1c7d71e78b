// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "sqlscript.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Casebook {

Migrator::Migrator(DatabaseUrl::Engine engine, const QString &resourceRoot)
    : m_engine(engine)
{
    const QString dialect =
        engine == DatabaseUrl::Engine::PostgreSQL ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    const QDir dir(resourceRoot + u'/' + dialect);
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([\\w-]+)\\.sql$"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        m_migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<bool> Migrator::isSqliteFileBehind(const QString &path)
{
    const QString name = QStringLiteral("casebook-version-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> behind = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            behind = Database::errorFrom(db.lastError(), DatabaseUrl::Engine::SQLite);
        } else {
            const Migrator migrator(DatabaseUrl::Engine::SQLite);
            const Result<int> version = migrator.currentVersion(db);
            if (version)
                behind = version.value() < migrator.latestVersion();
            else
                behind = version.error();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return behind;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    const QString probe = m_engine == DatabaseUrl::Engine::PostgreSQL
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name = 'schema_version'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!query.exec(probe) || !query.next())
        return Database::errorFrom(query.lastError(), m_engine);
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return Database::errorFrom(query.lastError(), m_engine);
    return query.value(0).toInt();
}

Result<QList<Migrator::Applied>> Migrator::applied(QSqlDatabase &db) const
{
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    QList<Applied> result;
    if (*current == 0)
        return result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version, name FROM schema_version ORDER BY version")))
        return Database::errorFrom(query.lastError(), m_engine);
    while (query.next())
        result.append({query.value(0).toInt(), query.value(1).toString()});
    return result;
}

Status Migrator::checkApplied(QSqlDatabase &db) const
{
    const auto recorded = applied(db);
    if (!recorded)
        return recorded.error();
    const int latest = latestVersion();
    if (!recorded->isEmpty() && recorded->constLast().version > latest) {
        return Error{Error::Kind::SchemaTooNew,
                     QCoreApplication::translate(
                         "Casebook::Migrator",
                         "This database was written by a newer Casebook (schema %1; this version reads up to "
                         "schema %2). It was left untouched. Please update Casebook to open it.")
                         .arg(recorded->constLast().version)
                         .arg(latest),
                     {}};
    }
    for (const Applied &entry : *recorded) {
        const auto own = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                      [&](const Migration &migration) { return migration.version == entry.version; });
        // Numbers are reserved per feature, so a gap here may be filled by another build's
        // migration: building on a schema this build does not know would break it silently.
        if (own == m_migrations.cend())
            return Error{
                Error::Kind::Migration,
                //: %1 is a migration number, %2 its recorded name
                QCoreApplication::translate(
                    "Casebook::Migrator",
                    "This database records schema change %1 (\"%2\"), which this Casebook does not "
                    "know: another build of Casebook changed it. It was left untouched. Open it with that build, or "
                    "restore a copy made before.")
                    .arg(entry.version)
                    .arg(entry.name),
                {}};
        if (own->name != entry.name)
            return Error{
                Error::Kind::Migration,
                //: %1 is a migration number, %2 and %3 names of migrations
                QCoreApplication::translate(
                    "Casebook::Migrator",
                    "This database records schema change %1 as \"%2\", but this Casebook's "
                    "change %1 is \"%3\": another build of Casebook changed it. It was left untouched. Open it with "
                    "that build, or restore a copy made before.")
                    .arg(entry.version)
                    .arg(entry.name, own->name),
                {}};
    }
    return Done{};
}

Result<int> Migrator::migrate(QSqlDatabase &db) const
{
    if (const Status known = checkApplied(db); !known)
        return known.error();
    const auto recorded = applied(db);
    if (!recorded)
        return recorded.error();

    // Applied by number, not by "above the newest": features reserve their numbers ahead, so a
    // database may hold 008 before 004 lands; each missing one is applied once, in order.
    QSet<int> done;
    for (const Applied &entry : *recorded)
        done.insert(entry.version);
    for (const Migration &migration : m_migrations) {
        if (done.contains(migration.version))
            continue;
        qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
        if (!db.transaction())
            return Database::errorFrom(db.lastError(), m_engine);

        auto fail = [&](const QSqlError &error, const QString &statement) -> Result<int> {
            db.rollback();
            Error result = Database::errorFrom(error, m_engine);
            if (result.kind == Error::Kind::Query) {
                result.kind = Error::Kind::Migration;
                result.message = QCoreApplication::translate(
                                     "Casebook::Migrator",
                                     "Upgrading the database to schema %1 (%2) failed; it was left as it was. %3")
                                     .arg(migration.version)
                                     .arg(migration.name, error.databaseText());
            }
            result.detail = statement.left(200) + u"\n" + error.text();
            return result;
        };

        QSqlQuery query(db);
        const QString createVersionTable = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at BIGINT NOT NULL, app_version TEXT NOT NULL)");
        if (!query.exec(createVersionTable))
            return fail(query.lastError(), createVersionTable);
        const QStringList statements = splitSqlScript(migration.sql);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return fail(query.lastError(), statement);
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(migration.name);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(QStringLiteral(CASEBOOK_VERSION));
        if (!query.exec())
            return fail(query.lastError(), QStringLiteral("INSERT INTO schema_version"));
        query.finish();
        if (!db.commit())
            return fail(db.lastError(), QStringLiteral("COMMIT"));
    }
    return latestVersion();
}

} // namespace Casebook
