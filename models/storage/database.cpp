// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "changefeed.h"
#include "integritycheck.h"
#include "migrator.h"
#include "stemtokenizer.h"
#include "storagelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <atomic>
#include <optional>

namespace Casebook {

namespace {

// Names of every connection opened through any Database, so each can be removed.
QMutex s_connectionsMutex;

QString driverName(const DatabaseUrl &url)
{
    return url.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

// A value as libpq's connection string wants it: quoted, with \\ and ' escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

void configure(QSqlDatabase &db, const DatabaseUrl &url, int timeoutSeconds, bool readOnly = false)
{
    if (url.isPostgres()) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.databaseName);
        // The URL's options reach libpq as they are (DatabaseUrl let only known ones through).
        QStringList options;
        if (url.option(QStringLiteral("connect_timeout")).isEmpty())
            options.append(QStringLiteral("connect_timeout=%1").arg(timeoutSeconds));
        if (url.option(QStringLiteral("application_name")).isEmpty())
            options.append(QStringLiteral("application_name=Casebook"));
        for (const auto &[name, value] : url.options)
            options.append(name + u'=' + conninfoValue(value));
        db.setConnectOptions(options.join(u';'));
    } else {
        db.setDatabaseName(url.path);
        // Waits for another writer instead of failing at once.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutSeconds * 1000);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    }
}

// Per-connection settings that do not write to the file.
Status prepareConnection(QSqlDatabase &db, const DatabaseUrl &url)
{
    QSqlQuery query(db);
    if (url.isPostgres()) {
        if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
            return Database::errorFrom(query.lastError(), url.engine);
        // Casebook's statements read a few thousand rows by index, yet on a million tickets
        // the planner's cost estimates pass the JIT threshold: compiling took 30-70 ms of a
        // search that then ran in 30 ms (PostgreSQL 17, issue 13).
        if (!query.exec(QStringLiteral("SET jit = off")))
            return Database::errorFrom(query.lastError(), url.engine);
        return Done{};
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Database::errorFrom(query.lastError(), url.engine);
    // SQLite's own default is 2 MiB. A batch of an import outgrew it, and every page pushed
    // out of the cache mid-transaction is written to the WAL and again when it changes
    // next: a quarter of a Zendesk import went to writing pages (issue 15).
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -32768")))
        return Database::errorFrom(query.lastError(), url.engine);
    // A write inside a transaction keeps the pages it changes in a statement journal, to undo
    // itself alone if it fails. Past 64 KiB SQLite moves that journal to a temporary file:
    // a ticket's insert with its triggers passes it, and a CSV import wrote 250 KiB of
    // journal per ticket in 4 KiB system calls, a third of its time (issue 15). In memory,
    // the journal of one statement is a few hundred KiB at most.
    if (!query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return Database::errorFrom(query.lastError(), url.engine);
    return Done{};
}

Status checkSqliteFile(const DatabaseUrl &url)
{
    const QFileInfo info(url.path);
    if (info.exists()) {
        if (info.isDir())
            return Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("Casebook::Database", "%1 is a folder, not a Casebook database file.")
                    .arg(url.path),
                {}};
        if (!info.isReadable())
            return Error{Error::Kind::ReadOnly,
                         QCoreApplication::translate("Casebook::Database",
                                                     "Casebook may not read %1. Check the file's permissions.")
                             .arg(url.path),
                         {}};
        if (!info.isWritable())
            return Error{Error::Kind::ReadOnly,
                         QCoreApplication::translate(
                             "Casebook::Database",
                             "The database file %1 is read-only. Casebook needs to write to it: check its "
                             "permissions, or copy it to a folder you can write to.")
                             .arg(url.path),
                         {}};
        return Done{};
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() && !QDir().mkpath(folder.absoluteFilePath()))
        return Error{Error::Kind::ReadOnly,
                     QCoreApplication::translate("Casebook::Database", "Cannot create the folder %1 for the database.")
                         .arg(folder.absoluteFilePath()),
                     {}};
    if (!QFileInfo(folder.absoluteFilePath()).isWritable())
        return Error{Error::Kind::ReadOnly,
                     QCoreApplication::translate("Casebook::Database", "Cannot create %1: the folder is read-only.")
                         .arg(url.path),
                     {}};
    return Done{};
}

// PostgreSQL: the schema belongs to casebook_owner, and admins upgrade it as that role
// (packaging/postgresql/casebook-server-setup.sql). True when this connection switched to it.
Result<bool> becomeSchemaOwner(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'casebook_owner' "
            "AND pg_has_role(session_user, r.oid, 'SET') AND NOT pg_has_role(current_user, r.oid, 'USAGE'))"))
        || !query.next())
        return Database::errorFrom(query.lastError(), DatabaseUrl::Engine::PostgreSQL);
    if (!query.value(0).toBool())
        return false;
    if (!query.exec(QStringLiteral("SET ROLE casebook_owner")))
        return Database::errorFrom(query.lastError(), DatabaseUrl::Engine::PostgreSQL);
    return true;
}

// True when the connected role may change the schema (create in it; tables are the owner's).
Result<bool> maySchemaChange(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')")) || !query.next())
        return Database::errorFrom(query.lastError(), DatabaseUrl::Engine::PostgreSQL);
    return query.value(0).toBool();
}

Error upgradeRefused(const DatabaseUrl &url, int current, int latest)
{
    //: %1 is the PostgreSQL role, %2 the command an admin runs
    const QString who = QCoreApplication::translate("Casebook::Database",
                                                    "Only a Casebook admin may do that; the server refuses it to %1. "
                                                    "Ask an admin to open the database in Casebook, or to run: %2")
                            .arg(url.user.isEmpty() ? QStringLiteral("this role") : url.user,
                                 QStringLiteral("casebook --database %1 --migrate").arg(url.toString()));
    const QString what = current == 0
        ? QCoreApplication::translate("Casebook::Database",
                                      "The database is empty and needs Casebook's schema installed.")
        : QCoreApplication::translate("Casebook::Database",
                                      "The database has schema %1 and this Casebook needs schema %2.")
              .arg(current)
              .arg(latest);
    return Error{Error::Kind::Migration, what + u' ' + who, {}};
}

// Test connection: what Casebook would find, and whether this role may install or upgrade it.
Result<QString> describeSchema(QSqlDatabase &db, const DatabaseUrl &url)
{
    Migrator migrator(url.engine);
    const auto version = migrator.currentVersion(db);
    if (!version)
        return version.error();
    const int latest = migrator.latestVersion();
    if (*version <= latest) {
        if (const Status known = migrator.checkApplied(db); !known)
            return known.error();
    }
    if (*version > latest)
        return Error{
            Error::Kind::SchemaTooNew,
            QCoreApplication::translate("Casebook::Database",
                                        "Connected, but the database was written by a newer Casebook (schema %1). "
                                        "Update Casebook to use it.")
                .arg(*version),
            {}};
    QString who;
    bool mayMigrate = true;
    if (url.isPostgres()) {
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SELECT current_user, has_schema_privilege(current_schema(), 'CREATE') OR EXISTS "
                               "(SELECT 1 FROM pg_roles r "
                               "WHERE r.rolname = 'casebook_owner' AND pg_has_role(current_user, r.oid, 'SET'))"))
            || !query.next())
            return Database::errorFrom(query.lastError(), url.engine);
        //: %1 is the PostgreSQL role name
        who =
            QCoreApplication::translate("Casebook::Database", "Signed in as %1.").arg(query.value(0).toString()) + u' ';
        mayMigrate = query.value(1).toBool();
    }
    if (*version < latest && !mayMigrate)
        return upgradeRefused(url, *version, latest);
    if (*version == 0)
        return QString(who
                       + QCoreApplication::translate("Casebook::Database",
                                                     "Connected. The database is empty; Casebook will set it up."));
    if (*version < latest)
        return QString(who
                       + QCoreApplication::translate(
                             "Casebook::Database", "Connected. The database (schema %1) will be upgraded to schema %2.")
                             .arg(*version)
                             .arg(latest));
    return QString(who
                   + QCoreApplication::translate("Casebook::Database", "Connected. The database is ready (schema %1).")
                         .arg(*version));
}

// SQLite says "disk I/O error" for more than a full disk; whether the folder still takes a
// megabyte tells them apart.
bool folderTakesMore(const QString &folder)
{
    QTemporaryFile probe(folder + QStringLiteral("/.casebook-space-XXXXXX"));
    if (!probe.open())
        return false;
    const QByteArray block(qsizetype(64) * 1024, '\0');
    for (int i = 0; i < 16; ++i) {
        if (probe.write(block) != block.size())
            return false;
    }
    return probe.flush();
}

// Where the disk ran out of room while the schema was made, that is what the person must
// hear, not "the upgrade failed": SQLite reports a full disk as SQLITE_FULL, or as an I/O
// error when the journal or WAL index could not grow, and the server as SQLSTATE 53100.
Error setUpFailed(const DatabaseUrl &url, Error error, int current)
{
    const bool full = error.kind == Error::Kind::DiskFull
        || (!url.isPostgres() && error.detail.contains(u"disk I/O error")
            && !folderTakesMore(QFileInfo(url.path).absolutePath()));
    if (!full)
        return error;
    error.kind = Error::Kind::DiskFull;
    if (url.isPostgres())
        error.message = current == 0
            ? QCoreApplication::translate(
                  "Casebook::Database",
                  "The database server's disk is full: Casebook could not set up the "
                  "database. What was made so far was rolled back; an admin frees space on the server, "
                  "then Casebook can start again.")
            : QCoreApplication::translate(
                  "Casebook::Database",
                  "The database server's disk is full: the upgrade of the database "
                  "could not finish and was rolled back. An admin frees space on the server, then "
                  "Casebook can start again.");
    else
        //: %1 is the folder of the database file
        error.message = current == 0
            ? QCoreApplication::translate(
                  "Casebook::Database",
                  "The disk is full: Casebook could not set up the new database in %1. "
                  "Nothing half-made is used. Free some space there, or choose a folder on another disk, "
                  "and start again.")
                  .arg(QDir::toNativeSeparators(QFileInfo(url.path).absolutePath()))
            : QCoreApplication::translate("Casebook::Database",
                                          "The disk is full: the upgrade of the database in %1 could not finish "
                                          "and was rolled back. Free some space there and start again.")
                  .arg(QDir::toNativeSeparators(QFileInfo(url.path).absolutePath()));
    return error;
}

} // namespace

Result<int> Database::migrateAsOwner(QSqlDatabase &db, const Migrator &migrator, int current) const
{
    if (!m_url.isPostgres())
        return migrator.migrate(db);
    const Result<bool> switched = becomeSchemaOwner(db);
    if (!switched)
        return switched.error();
    Result<int> migrated = [&]() -> Result<int> {
        if (current < migrator.latestVersion()) {
            // Refused here in words, before the server refuses the first statement in its own.
            const Result<bool> may = maySchemaChange(db);
            if (!may)
                return may.error();
            if (!*may)
                return upgradeRefused(m_url, current, migrator.latestVersion());
        }
        Result<int> result = migrator.migrate(db);
        if (!result && result.error().kind == Error::Kind::ReadOnly) {
            Error refused = upgradeRefused(m_url, current, migrator.latestVersion());
            refused.detail = result.error().detail;
            return refused;
        }
        return result;
    }();
    if (*switched) {
        QSqlQuery reset(db);
        if (!reset.exec(QStringLiteral("RESET ROLE")))
            return errorFrom(reset.lastError());
    }
    return migrated;
}

Database::Database(const DatabaseUrl &url, const Options &options)
    : m_url(url)
    , m_options(options)
    , m_connectionPrefix(QStringLiteral("casebook-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    delete m_feed; // owns a connection of its own; it must go before the connections are removed
    m_feed = nullptr;
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        // removeDatabase() closes it; fetching it first would touch other threads' connections.
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
    if (m_writable)
        IntegrityCheck::markClosedClean(m_url.path);
}

int Database::latestSchemaVersion()
{
    const int sqlite = Migrator(DatabaseUrl::Engine::SQLite).latestVersion();
    return sqlite;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const Options &options)
{
    DatabaseUrl resolved = url;
    if (resolved.isPostgres())
        resolved.takePasswordFromEnvironment();
    else if (auto fileOk = checkSqliteFile(resolved); !fileOk)
        return fileOk.error();
    // Before the first connection: the full-text tables name the tokenizer.
    if (!resolved.isPostgres())
        StemTokenizer::registerForEveryConnection();

    std::unique_ptr<Database> db(new Database(resolved, options));
    if (auto status = db->initialise(); !status)
        return status.error();
    return db;
}

Status Database::checkIntegrity()
{
    m_integrity = IntegrityReport{m_url.path, {}, 0};
    const QFileInfo file(m_url.path);
    if (m_url.isPostgres() || !file.exists() || file.size() == 0)
        return Done{};
    if (m_options.integrity && m_options.integrity->path == m_url.path) {
        m_integrity = *m_options.integrity;
        return Done{};
    }
    Result<IntegrityReport> checked = IntegrityCheck::quickCheck(m_url.path);
    if (!checked)
        return checked.error();
    m_integrity = std::move(checked).value();
    return Done{};
}

Status Database::initialise()
{
    // Before anything writes: a damaged file is only ever read from here on.
    if (const Status checked = checkIntegrity(); !checked)
        return checked;
    if (isReadOnly())
        qCWarning(lcStorage) << "damaged, opened read-only:" << m_url.displayName() << m_integrity.problems;
    else if (!m_url.isPostgres())
        IntegrityCheck::forgetClosedClean(m_url.path); // until this connection closes cleanly

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(m_url), m_connectionPrefix + QStringLiteral("/main"));
        if (!db.isValid())
            return Error{Error::Kind::Connection,
                         QCoreApplication::translate("Casebook::Database", "The Qt SQL driver %1 is not installed.")
                             .arg(driverName(m_url)),
                         {}};
        configure(db, m_url, m_options.connectTimeoutSeconds, isReadOnly());
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return errorFrom(db.lastError());

    Migrator migrator(m_url.engine);
    auto current = migrator.currentVersion(db);
    if (!current)
        return current.error();
    // Refused before anything below writes to the file.
    if (const Status known = migrator.checkApplied(db); !known)
        return known;
    if (isReadOnly()) {
        if (*current != migrator.latestVersion())
            return Error{
                Error::Kind::Corrupt,
                QCoreApplication::translate("Casebook::Database",
                                            "The file is damaged, and it has an older schema, which "
                                            "cannot be upgraded in a damaged file. Nothing was changed in it. Restore "
                                            "a backup, or open it with the Casebook that wrote it and copy out what "
                                            "can be read."),
                m_integrity.problems.join(u'\n')};
        m_schemaVersion = *current;
    } else {
        if (!m_options.migrate && *current != migrator.latestVersion())
            return Error{Error::Kind::Migration,
                         QCoreApplication::translate("Casebook::Database",
                                                     "The database needs an upgrade, which was not allowed here."),
                         {}};

        if (!m_url.isPostgres()) {
            QSqlQuery query(db);
            // WAL lets readers go on while someone writes; NORMAL is safe with WAL.
            for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
                if (!query.exec(QString::fromLatin1(pragma)))
                    return errorFrom(query.lastError());
            }
        }

        auto migrated = migrateAsOwner(db, migrator, *current);
        if (!migrated)
            return setUpFailed(m_url, migrated.error(), *current);
        m_schemaVersion = *migrated;
    }
    if (m_url.isPostgres()) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT current_user")) && query.next())
            m_serverUser = query.value(0).toString();
    }

    m_feed = new ChangeFeed(this);
    if (auto started = m_feed->start(); !started)
        return started.error();
    qCInfo(lcStorage) << "opened" << m_url.displayName() << "schema" << m_schemaVersion
                      << (isReadOnly() ? "read-only" : "");
    m_writable = !m_url.isPostgres() && !isReadOnly() && QFileInfo::exists(m_url.path);
    return Done{};
}

QSqlDatabase Database::connection() const
{
    // A token per thread, never reused: a new thread may get a dead one's address, and a
    // connection must only be used by the thread that opened it.
    static std::atomic<quint64> nextToken = 1;
    static thread_local const quint64 threadToken = nextToken++;
    const QString name = m_connectionPrefix + u"/thread-" + QString::number(threadToken);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QMutexLocker lock(&s_connectionsMutex);
    // Named per thread: a QSqlDatabase must only be used by the thread that opened it.
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionPrefix + QStringLiteral("/main"), name);
    if (db.open()) {
        if (auto prepared = prepareConnection(db, m_url); !prepared)
            qCWarning(lcStorage) << "preparing connection failed:" << prepared.error().detail;
    } else {
        qCWarning(lcStorage) << "opening connection failed:" << db.lastError().text();
    }
    return db;
}

Result<QString> Database::testConnection(const DatabaseUrl &url)
{
    DatabaseUrl resolved = url;
    if (resolved.isPostgres())
        resolved.takePasswordFromEnvironment();
    else if (!QFileInfo::exists(resolved.path))
        return QCoreApplication::translate("Casebook::Database",
                                           "The file does not exist yet; Casebook will create a new database there.");
    else if (auto fileOk = checkSqliteFile(resolved); !fileOk)
        return fileOk.error();
    else if (!IntegrityCheck::isClosedCleanAndUntouched(resolved.path)) {
        // What opening it would find: a damaged file is named before someone switches to it.
        const auto report = IntegrityCheck::quickCheck(resolved.path, 3);
        if (!report)
            return report.error();
        if (!report->isSound()) {
            return Error{
                Error::Kind::Corrupt,
                QCoreApplication::translate("Casebook::Database",
                                            "The file is damaged: SQLite's check found problems in it. Casebook "
                                            "would open it read-only and offer to copy out what can be read."),
                report->problems.join(u'\n')};
        }
    }

    const QString name = QStringLiteral("casebook-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> result = QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(resolved), name);
        configure(db, resolved, Options{}.connectTimeoutSeconds);
        if (!db.open()) {
            result = errorFrom(db.lastError(), resolved.engine);
        } else {
            result = describeSchema(db, resolved);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void Database::setState(State state, const QString &reason)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcStorage) << "connection state" << state << reason;
    Q_EMIT stateChanged(state, reason);
}

} // namespace Casebook
