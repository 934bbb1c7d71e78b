// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/database.h"
#include "models/storage/databaseurl.h"

#include <QTemporaryDir>

#include <memory>

namespace Casebook::Test {

/// The throwaway PostgreSQL server that ctest's `postgres` fixture started.
struct PostgresServer
{
    bool available = false;
    QString reason; ///< why not, when unavailable
    QString host;
    int port = 0;
    QString user;
    QString password;
    /// The CA that signed the server's TLS certificate (for 127.0.0.1 and localhost), and
    /// one that signed nothing; empty when the server runs without TLS (tlsReason says why).
    QString caCertificate;
    QString otherCaCertificate;
    QString tlsReason;

    static const PostgresServer &instance();
    /// A URL to the server's maintenance database, with the password filled in.
    [[nodiscard]] DatabaseUrl url(const QString &databaseName = QStringLiteral("postgres")) const;
};

/**
 * A fresh, empty database on one engine: an SQLite file in a temporary folder, or a
 * new database on the test server (dropped again, with any open sessions, at the end).
 */
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    explicit TestDatabase(DatabaseUrl::Engine engine);
    ~TestDatabase();

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const DatabaseUrl &url() const { return m_url; }

    /// Opens (and migrates) it; fails the calling test on error.
    std::unique_ptr<Database> open() const;

private:
    DatabaseUrl m_url;
    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
};

/// Adds the `engine` column with the rows "sqlite" and "postgres".
void addEngineColumn();

/// True when the PostgreSQL server runs. Otherwise records the calling test as failed in
/// CI (or with CASEBOOK_REQUIRE_POSTGRES=1) and as skipped elsewhere; the caller returns.
[[nodiscard]] bool requirePostgres(const char *file, int line);

} // namespace Casebook::Test

/// Fails the test when the PostgreSQL server is missing in CI (or with
/// CASEBOOK_REQUIRE_POSTGRES=1), and skips it elsewhere.
#define CASEBOOK_REQUIRE_POSTGRES()                                                                                    \
    do {                                                                                                               \
        if (!Casebook::Test::requirePostgres(__FILE__, __LINE__))                                                      \
            return;                                                                                                    \
    } while (false)

/// Makes a test database for the row's engine (see CASEBOOK_REQUIRE_POSTGRES).
// NOLINTBEGIN(bugprone-macro-parentheses): `var` is the name of the variable the macro declares.
#define CASEBOOK_TEST_DATABASE(var)                                                                                    \
    QFETCH(Casebook::DatabaseUrl::Engine, engine);                                                                     \
    if (engine == Casebook::DatabaseUrl::Engine::PostgreSQL)                                                           \
        CASEBOOK_REQUIRE_POSTGRES();                                                                                   \
    Casebook::Test::TestDatabase var(engine);                                                                          \
    QVERIFY2(var.isValid(), qPrintable(var.error()))
// NOLINTEND(bugprone-macro-parentheses)

Q_DECLARE_METATYPE(Casebook::DatabaseUrl::Engine)
