// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Casebook {

/**
 * Where the data lives: an SQLite file or a PostgreSQL server.
 *
 * Accepted forms: a plain path, `sqlite:///abs/path`, and
 * `postgresql://user@host:port/dbname` (also `postgres://`). A password in the URL is
 * refused, so that it never lands in shell history; it comes from the environment
 * (`CASEBOOK_PGPASSWORD`, then `PGPASSWORD`) or, later, from the keychain.
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

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqlite(const QString &path);

    /// The URL without the password, for settings and logs.
    [[nodiscard]] QString toString() const;
    /// Short text for the status bar: the file name, or user@host/db.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isPostgres() const { return engine == Engine::PostgreSQL; }

    /// Fills the password from the environment when none is set.
    void takePasswordFromEnvironment();
};

} // namespace Casebook
