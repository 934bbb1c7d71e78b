// SPDX-License-Identifier: GPL-3.0-or-later
// A team server that requires TLS with certificate checks: the URL's options reach the
// connection, and a failed check reads as one (issue 17, point 3).
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// A fresh database of the test server with these URL options.
Result<DatabaseUrl> serverUrl(const Test::TestDatabase &testDb, const QString &options)
{
    const auto &server = Test::PostgresServer::instance();
    auto url = DatabaseUrl::parse(u"postgresql://%1@%2:%3/%4?%5"_s.arg(server.user, server.host)
                                      .arg(server.port)
                                      .arg(testDb.url().databaseName, options));
    if (url)
        url.value().password = server.password;
    return url;
}

// What the server says about this session's TLS (pg_stat_ssl), and its application name.
std::pair<bool, QString> sessionInfo(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT s.ssl, a.application_name FROM pg_stat_ssl s JOIN pg_stat_activity a ON a.pid = s.pid "
                    "WHERE s.pid = pg_backend_pid()"_s)
        || !query.next())
        return {false, QString()};
    return {query.value(0).toBool(), query.value(1).toString()};
}

} // namespace

class TestServerTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void requireEncrypts();
    void disableIsHonoured();
    void verifyFullWithTheCa();
    void verifyFullWithoutTheCaSaysSo();
    void verifyFullWithAnotherCaSaysSo();
};

void TestServerTls::init()
{
    CASEBOOK_REQUIRE_POSTGRES();
    if (Test::PostgresServer::instance().caCertificate.isEmpty())
        QSKIP(qPrintable(Test::PostgresServer::instance().tlsReason));
}

void TestServerTls::requireEncrypts()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    const auto url = serverUrl(testDb, u"sslmode=require&application_name=Desk%203"_s);
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    const auto [ssl, application] = sessionInfo(*db.value());
    QVERIFY(ssl);
    QCOMPARE(application, u"Desk 3"_s);
}

void TestServerTls::disableIsHonoured()
{
    // The server offers TLS, so only an option that really reaches libpq turns it off.
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    const auto url = serverUrl(testDb, u"sslmode=disable"_s);
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(sessionInfo(*db.value()).first, false);
    QCOMPARE(sessionInfo(*db.value()).second, u"Casebook"_s);
}

void TestServerTls::verifyFullWithTheCa()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    const auto url =
        serverUrl(testDb, u"sslmode=verify-full&sslrootcert="_s + Test::PostgresServer::instance().caCertificate);
    QVERIFY(url.ok());
    auto db = Database::open(url.value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message + u" / "_s + db.error().detail));
    QVERIFY(sessionInfo(*db.value()).first);
    const auto tested = Database::testConnection(url.value());
    QVERIFY2(tested.ok(), qPrintable(tested.ok() ? QString() : tested.error().message));
}

void TestServerTls::verifyFullWithoutTheCaSaysSo()
{
    // libpq would look in ~/.postgresql/root.crt; a folder with none is the case to test.
    const QByteArray home = qgetenv("HOME");
    QTemporaryDir emptyHome;
    qputenv("HOME", emptyHome.path().toUtf8());
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    const auto url = serverUrl(testDb, u"sslmode=verify-full"_s);
    QVERIFY(url.ok());
    const auto db = Database::open(url.value());
    qputenv("HOME", home);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Connection);
    QVERIFY2(db.error().message.contains(u"sslrootcert"), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"certificate"), qPrintable(db.error().message));
}

void TestServerTls::verifyFullWithAnotherCaSaysSo()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::PostgreSQL);
    QVERIFY2(testDb.isValid(), qPrintable(testDb.error()));
    const auto url =
        serverUrl(testDb, u"sslmode=verify-full&sslrootcert="_s + Test::PostgresServer::instance().otherCaCertificate);
    QVERIFY(url.ok());
    const auto db = Database::open(url.value());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Connection);
    QVERIFY2(db.error().message.contains(u"not signed by"), qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
