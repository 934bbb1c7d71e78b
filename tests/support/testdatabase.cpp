// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace Casebook::Test {

namespace {

// Runs one statement on the server's maintenance database.
QString adminExec(const QString &sql)
{
    const auto &server = PostgresServer::instance();
    const QString name = QStringLiteral("casebook-test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

const PostgresServer &PostgresServer::instance()
{
    static const PostgresServer server = [] {
        PostgresServer s;
        const QString infoPath = qEnvironmentVariable("CASEBOOK_TEST_PG_INFO");
        QFile file(infoPath);
        if (infoPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            s.reason = QStringLiteral("the PostgreSQL test server is not running (run the tests through ctest)");
            return s;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const QString key = line.section(u'=', 0, 0);
            const QString value = line.section(u'=', 1);
            if (key == u"unavailable")
                s.reason = value;
            else if (key == u"host")
                s.host = value;
            else if (key == u"port")
                s.port = value.toInt();
            else if (key == u"user")
                s.user = value;
            else if (key == u"password")
                s.password = value;
            else if (key == u"ca")
                s.caCertificate = value;
            else if (key == u"otherca")
                s.otherCaCertificate = value;
            else if (key == u"tls")
                s.tlsReason = value;
        }
        s.available = s.port > 0 && s.reason.isEmpty();
        return s;
    }();
    return server;
}

DatabaseUrl PostgresServer::url(const QString &databaseName) const
{
    DatabaseUrl url;
    url.engine = DatabaseUrl::Engine::PostgreSQL;
    url.host = host;
    url.port = port;
    url.user = user;
    url.password = password;
    url.databaseName = databaseName;
    return url;
}

TestDatabase::TestDatabase(DatabaseUrl::Engine engine)
{
    if (engine == DatabaseUrl::Engine::SQLite) {
        m_valid = m_dir.isValid();
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("test.casebook")));
        if (!m_valid)
            m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    const auto &server = PostgresServer::instance();
    if (!server.available) {
        m_error = server.reason;
        return;
    }
    const QString name = QStringLiteral("casebook_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_error = adminExec(QStringLiteral("CREATE DATABASE ") + name);
    m_valid = m_error.isEmpty();
    m_url = server.url(name);
}

TestDatabase::~TestDatabase()
{
    if (m_valid && m_url.isPostgres())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_url.databaseName + QStringLiteral(" WITH (FORCE)"));
}

std::unique_ptr<Database> TestDatabase::open() const
{
    auto db = Database::open(m_url);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message + u" / " + db.error().detail), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

void addEngineColumn()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::newRow("sqlite") << DatabaseUrl::Engine::SQLite;
    QTest::newRow("postgres") << DatabaseUrl::Engine::PostgreSQL;
}

bool requirePostgres(const char *file, int line)
{
    const auto &server = PostgresServer::instance();
    if (server.available)
        return true;
    if (qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIntValue("CASEBOOK_REQUIRE_POSTGRES"))
        QTest::qFail(qPrintable(server.reason), file, line);
    else
        QTest::qSkip(qPrintable(server.reason), file, line);
    return false;
}

} // namespace Casebook::Test
