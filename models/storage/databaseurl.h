// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <utility>

namespace Casebook {

/**
 * Where the data lives: an SQLite file or a PostgreSQL server.
 *
 * Accepted forms: a plain path, `sqlite:///abs/path`, and
 * `postgresql://user@host:port/dbname?option=value&...` (also `postgres://`). A password in
 * the URL is refused, so that it never lands in shell history; it comes from the environment
 * (`CASEBOOK_PGPASSWORD`, then `PGPASSWORD`) or, later, from the keychain.
 *
 * Every option in a PostgreSQL URL is one libpq knows (`sslmode`, `sslrootcert`, `sslcert`,
 * `sslkey`, `connect_timeout`, `application_name`, ...) and is passed on to it, or the URL is
 * refused naming the option: an option dropped in silence (`sslmode=require` connecting in
 * plain text) is worse than none. SQLite URLs take no options.
 */
struct DatabaseUrl
{
    enum class Engine { SQLite, PostgreSQL };

    Engine engine = Engine::SQLite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL host name, address or unix socket folder
    int port = 5432;
    QString user;
    QString databaseName;
    QString password; ///< never printed, never part of toString()
    /// PostgreSQL connection options from the URL, in its order, each one libpq knows.
    QList<std::pair<QString, QString>> options;

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    /// The URL without the password, for settings and logs.
    [[nodiscard]] QString toString() const;
    /// Short text for the status bar: the file name, or user@host/db.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isPostgres() const { return engine == Engine::PostgreSQL; }

    /// The value of a URL option; empty when the URL does not set it.
    [[nodiscard]] QString option(const QString &name) const;

    /// Fills the password from the environment when none is set.
    void takePasswordFromEnvironment();
};

} // namespace Casebook
