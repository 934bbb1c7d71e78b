// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Casebook::Bench {

/**
 * A PostgreSQL server of the benchmark's own, as the test harness starts one
 * (CASEBOOK_PGSERVER_SCRIPT), so the figures never share it; stopped when this goes.
 * Test::PostgresServer::instance() and Test::TestDatabase reach it once it runs.
 */
class OwnPostgres final
{
    Q_DISABLE_COPY_MOVE(OwnPostgres)

public:
    OwnPostgres()
    {
        m_running = m_dir.isValid() && run(QStringLiteral("start"));
        if (m_running)
            qputenv("CASEBOOK_TEST_PG_INFO", m_dir.filePath(QStringLiteral("server.env")).toUtf8());
    }
    ~OwnPostgres()
    {
        if (m_running)
            (void)run(QStringLiteral("stop"));
    }

    /// Started, and the harness's description of it reads as a running server.
    [[nodiscard]] bool isRunning() const { return m_running && Test::PostgresServer::instance().available; }
    [[nodiscard]] QString reason() const
    {
        return m_running ? Test::PostgresServer::instance().reason : QStringLiteral("the server did not start");
    }

    /// A new database on it, opened (it lives as long as this); why not when the server is not
    /// running or the database cannot be made.
    [[nodiscard]] Result<std::unique_ptr<Database>> freshDatabase()
    {
        if (!isRunning())
            return Error{Error::Kind::Connection, reason(), {}};
        m_database = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::PostgreSQL);
        return Database::open(m_database->url());
    }

private:
    bool run(const QString &action) const
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral(CASEBOOK_PGSERVER_SCRIPT), {action, m_dir.path()});
        return script.waitForFinished(120'000) && script.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    bool m_running = false;
    std::unique_ptr<Test::TestDatabase> m_database;
};

} // namespace Casebook::Bench
