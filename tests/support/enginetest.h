// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <memory>

namespace Casebook::Test {

/**
 * The set-up of a test class that runs each test on both engines (its
 * `initTestCase_data()` calls addEngineColumn()): derive from it after QObject, call
 * openDatabase() at the start of init() (and return when it says no) and closeDatabase()
 * in cleanup(). Every test then has a fresh, migrated `m_db` and a fake `m_clock`.
 */
class EngineTest
{
protected:
    EngineTest() = default;
    ~EngineTest() = default;
    Q_DISABLE_COPY_MOVE(EngineTest)

    /// A fresh database on the current row's engine and a clock standing at `nowMs`.
    /// False when the test cannot run: skipped without a PostgreSQL server (failed in CI
    /// or with CASEBOOK_REQUIRE_POSTGRES=1), failed when the database does not open.
    [[nodiscard]] bool openDatabase(qint64 nowMs = 0);
    void closeDatabase();

    /// A new active agent, created on `m_clock`.
    [[nodiscard]] AgentId addAgent(const QString &login, const QString &displayName, AgentRole role = AgentRole::Agent);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
};

} // namespace Casebook::Test
