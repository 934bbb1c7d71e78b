// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebulkload.h"

#include "models/storage/database.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Casebook {

using namespace Qt::StringLiterals;

namespace {
Error sqliteError(const QSqlError &error)
{
    return Database::errorFrom(error, DatabaseUrl::Engine::SQLite);
}
} // namespace

SqliteBulkLoad::SqliteBulkLoad(const QSqlDatabase &db)
    : m_db(db)
{
}

Status SqliteBulkLoad::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        Error error = sqliteError(q.lastError());
        error.detail = sql.left(80) + u": "_s + error.detail;
        return error;
    }
    return Done{};
}

Result<QString> SqliteBulkLoad::pragma(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqliteError(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status SqliteBulkLoad::begin()
{
    QSqlQuery q(m_db);
    // fts5( only: an fts5vocab table reads the index and has nothing to rebuild.
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5(%' "
                u"ORDER BY name"_s))
        return sqliteError(q.lastError());
    while (q.next())
        m_ftsTables.append(q.value(0).toString());

    // Triggers that feed the FTS tables, and the secondary indexes of the tables that get
    // millions of rows. Primary keys and UNIQUE constraints (sql IS NULL) stay. The triggers
    // that store response waits (migration 033) go too: without the message index they
    // would read every message at each one; the waits are recomputed in finish().
    if (!q.exec(
            u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
            u"((type = 'trigger' AND (name LIKE '%\\_fts\\_%' ESCAPE '\\' OR name LIKE 'response\\_%' ESCAPE '\\')) OR "
            u"(type = 'index' AND tbl_name IN ('tickets', 'messages', 'ticket_events', 'ticket_tags'))) "
            u"ORDER BY type, name"_s))
        return sqliteError(q.lastError());
    while (q.next())
        m_saved.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    auto mode = pragma(u"PRAGMA journal_mode"_s);
    if (!mode)
        return mode.error();
    m_journalMode = *mode;
    // Outside any transaction, as SQLite requires for these.
    for (const QString &sql : {u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA synchronous = OFF"_s,
                               u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -524288"_s}) {
        if (auto s = exec(sql); !s)
            return s;
    }
    // Without a journal a crash leaves a broken file; the generator's output is
    // disposable and rewritten from the seed, so speed wins here.
    auto loadMode = pragma(u"PRAGMA journal_mode = OFF"_s);
    m_loadJournalMode = loadMode ? *loadMode : m_journalMode;

    if (!m_db.transaction())
        return sqliteError(m_db.lastError());
    for (const SchemaObject &object : std::as_const(m_saved)) {
        const QString name = m_db.driver()->escapeIdentifier(object.name, QSqlDriver::TableName);
        if (auto s = exec((object.type == u"trigger" ? u"DROP TRIGGER "_s : u"DROP INDEX "_s) + name); !s) {
            m_db.rollback();
            return s;
        }
    }
    if (!m_db.commit())
        return sqliteError(m_db.lastError());
    return Done{};
}

Status SqliteBulkLoad::finish(const PhaseReport &report)
{
    QElapsedTimer timer;
    auto step = [&](const QString &phase, const std::function<Status()> &work) -> Status {
        timer.start();
        auto s = work();
        if (s && report)
            report(phase, timer.elapsed());
        return s;
    };
    auto inTransaction = [this](const QStringList &statements) -> Status {
        if (!m_db.transaction())
            return sqliteError(m_db.lastError());
        for (const QString &sql : statements) {
            if (auto s = exec(sql); !s) {
                m_db.rollback();
                return s;
            }
        }
        if (!m_db.commit())
            return sqliteError(m_db.lastError());
        return Done{};
    };

    for (const QString &table : std::as_const(m_ftsTables)) {
        const QString t = m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const QString command = u"INSERT INTO "_s + t + u'(' + t + u") VALUES "_s;
        if (auto s = step(u"rebuild "_s + table, [&] { return inTransaction({command + u"('rebuild')"_s}); }); !s)
            return s;
    }
    QStringList recreate;
    for (const SchemaObject &object : std::as_const(m_saved))
        recreate.append(object.sql);
    // The response waits were not kept while their triggers were away: naming no team hours
    // makes the first read lay them out and recompute them all (ResponseWaits::ensure).
    recreate.append(u"UPDATE response_state SET hours_key = ''"_s);
    if (auto s = step(u"recreate indexes and triggers"_s, [&] { return inTransaction(recreate); }); !s)
        return s;
    for (const QString &table : std::as_const(m_ftsTables)) {
        const QString t = m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const QString command = u"INSERT INTO "_s + t + u'(' + t + u") VALUES ('optimize')"_s;
        if (auto s = step(u"optimize "_s + table, [&] { return inTransaction({command}); }); !s)
            return s;
    }
    if (auto s = step(u"analyze"_s, [&] { return exec(u"ANALYZE"_s); }); !s)
        return s;

    // The recreated objects must be the ones the migration made, word for word.
    QSqlQuery q(m_db);
    if (!q.prepare(u"SELECT sql FROM sqlite_master WHERE type = ? AND name = ?"_s))
        return sqliteError(q.lastError());
    for (const SchemaObject &object : std::as_const(m_saved)) {
        q.bindValue(0, object.type);
        q.bindValue(1, object.name);
        if (!q.exec())
            return sqliteError(q.lastError());
        if (!q.next() || q.value(0).toString() != object.sql)
            return Error{Error::Kind::Query, u"%1 %2 was not recreated as it was"_s.arg(object.type, object.name), {}};
    }
    auto restored = pragma(u"PRAGMA journal_mode = "_s + (m_journalMode.isEmpty() ? u"wal"_s : m_journalMode));
    if (!restored)
        return restored.error();
    for (const QString &sql : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto s = exec(sql); !s)
            return s;
    }
    return Done{};
}

Status SqliteBulkLoad::check()
{
    for (const QString &table : std::as_const(m_ftsTables)) {
        const QString t = m_db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        if (auto s = exec(u"INSERT INTO "_s + t + u'(' + t + u") VALUES ('integrity-check')"_s); !s)
            return s;
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return sqliteError(q.lastError());
    if (q.next())
        return Error{Error::Kind::Query, u"foreign key violation in %1"_s.arg(q.value(0).toString()), {}};
    return Done{};
}

} // namespace Casebook
