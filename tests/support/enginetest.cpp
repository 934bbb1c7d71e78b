// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginetest.h"

#include "models/agents/agentstore.h"

#include <QTest>

namespace Casebook::Test {

bool EngineTest::openDatabase(qint64 nowMs)
{
    QFETCH_GLOBAL(DatabaseUrl::Engine, engine);
    if (engine == DatabaseUrl::Engine::PostgreSQL && !requirePostgres(__FILE__, __LINE__))
        return false;
    m_testDb = std::make_unique<TestDatabase>(engine);
    if (!m_testDb->isValid()) {
        QTest::qFail(qPrintable(m_testDb->error()), __FILE__, __LINE__);
        return false;
    }
    m_db = m_testDb->open(); // fails the test itself when it cannot
    m_clock = std::make_unique<FakeClock>(nowMs);
    return m_db != nullptr;
}

void EngineTest::closeDatabase()
{
    m_db.reset();
    m_testDb.reset();
}

AgentId EngineTest::addAgent(const QString &login, const QString &displayName, AgentRole role)
{
    Agent agent;
    agent.login = login;
    agent.displayName = displayName;
    agent.role = role;
    const auto created = AgentStore(*m_db, *m_clock).create(agent);
    if (!created) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return created.value();
}

} // namespace Casebook::Test
