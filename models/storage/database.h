// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "dialect.h"
#include "integritycheck.h"
#include "result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class QSqlError;

namespace Casebook {

class ChangeFeed;
class Migrator;

/**
 * The open database: one per application. It hands out a named connection per
 * thread (never Qt's default connection), runs migrations on open, and is the one
 * place that knows how SQLite and PostgreSQL differ.
 */
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class State { Connected, Disconnected };
    Q_ENUM(State)

    struct Options
    {
        bool migrate = true; ///< false: refuse a database whose schema is not current
        int connectTimeoutSeconds = 4; ///< every failure must be reported within 5 s; a URL's connect_timeout wins
        /// SQLite: the quick check of the file already made (off the UI thread, where it is long);
        /// none: open() makes it before anything writes.
        std::optional<IntegrityReport> integrity;
    };

    /// Opens, checks and migrates. A newer schema, or one with a migration this build does
    /// not know, is refused and the file left untouched. A damaged SQLite file (its quick
    /// check finds problems) opens read-only with a current schema, and is refused otherwise.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const Options &options);
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url) { return open(url, Options{}); }

    /// Connects, asks for the schema version, disconnects; for Settings' "Test connection".
    /// On success the text tells what was found (empty database, schema N, newer schema).
    static Result<QString> testConnection(const DatabaseUrl &url);

    /// The schema version this build knows how to create and read.
    static int latestSchemaVersion();

    ~Database() override;

    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] bool isPostgres() const { return m_url.isPostgres(); }
    /// How this engine spells what differs between SQLite and PostgreSQL.
    [[nodiscard]] Dialect dialect() const { return Dialect(m_url.engine); }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// True when the file is damaged and open read-only: every write fails, and nothing that
    /// writes at start (lifecycle, reminders, seeding) should run.
    [[nodiscard]] bool isReadOnly() const { return !m_integrity.isSound(); }
    /// The quick check made when an SQLite file was opened (sound for PostgreSQL).
    [[nodiscard]] const IntegrityReport &integrity() const { return m_integrity; }
    [[nodiscard]] State state() const { return m_state; }
    /// PostgreSQL: the role this connection works as (current_user), which names the agent.
    /// Empty on SQLite.
    [[nodiscard]] QString serverUser() const { return m_serverUser; }

    /// The connection for the calling thread, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;

    /// Announces every committed change, locally and (PostgreSQL) across machines.
    [[nodiscard]] ChangeFeed *changeFeed() const { return m_feed; }

    /// Turns a driver error into words a person can act on.
    [[nodiscard]] Error errorFrom(const QSqlError &error) const;
    static Error errorFrom(const QSqlError &error, DatabaseUrl::Engine engine);

    /// Called by the change feed's heartbeat; emits stateChanged on a change.
    void setState(State state, const QString &reason = {});

Q_SIGNALS:
    void stateChanged(Casebook::Database::State state, const QString &reason);

private:
    explicit Database(const DatabaseUrl &url, const Options &options);
    Status initialise();
    /// SQLite: the quick check, unless the caller made it already.
    Status checkIntegrity();
    /// Applies what is missing; on PostgreSQL as the schema's owner when this role may
    /// become it, and refused in words when it may not change the schema at all.
    Result<int> migrateAsOwner(QSqlDatabase &db, const Migrator &migrator, int current) const;

    DatabaseUrl m_url;
    Options m_options;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    IntegrityReport m_integrity;
    bool m_writable = false; ///< an SQLite file opened sound: closing it leaves the clean note
    QString m_serverUser;
    State m_state = State::Connected;
    ChangeFeed *m_feed = nullptr;
};

} // namespace Casebook
