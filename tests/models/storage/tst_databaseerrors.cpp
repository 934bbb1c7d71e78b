// SPDX-License-Identifier: GPL-3.0-or-later
// Bad places to keep data must give a clear message quickly and never crash.
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 promptMs = 5000;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}
} // namespace

class TestDatabaseErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreachableServer();
    void wrongPassword();
    void missingServerDatabase();
    void corruptFile();
    void readOnlyFile();
    void fileInAFolderThatCannotBeMade();
    void diskFull();
    void diskFullDuringFirstSetUp();
    void testConnectionTellsWhatItFound();
};

void TestDatabaseErrors::unreachableServer()
{
    // Port 1 on loopback: nothing listens there, so the connection is refused.
    auto url = DatabaseUrl::parse(u"postgresql://casebook@127.0.0.1:1/casebook"_s).value();
    url.password = u"x"_s;
    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(url);
    QVERIFY(timer.elapsed() < promptMs);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Connection);
    QVERIFY2(db.error().message.contains(u"Cannot reach the PostgreSQL server"), qPrintable(db.error().message));

    timer.restart();
    const auto tested = Database::testConnection(url);
    QVERIFY(timer.elapsed() < promptMs);
    QCOMPARE(tested.error().kind, Error::Kind::Connection);
}

void TestDatabaseErrors::wrongPassword()
{
    CASEBOOK_REQUIRE_POSTGRES();
    auto url = Test::PostgresServer::instance().url();
    url.password = u"not-the-password"_s;
    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(url);
    QVERIFY(timer.elapsed() < promptMs);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Authentication);
    QVERIFY(!db.error().message.contains(u"not-the-password"));
}

void TestDatabaseErrors::missingServerDatabase()
{
    CASEBOOK_REQUIRE_POSTGRES();
    // "localhost" as people write it: libpq tries ::1 first, where the test server does not
    // listen, so its text holds "Connection refused" before the answer of 127.0.0.1.
    for (const QString &host : {Test::PostgresServer::instance().host, u"localhost"_s}) {
        auto url = Test::PostgresServer::instance().url(u"no_such_database"_s);
        url.host = host;
        const auto db = Database::open(url);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Connection);
        // Issue 17: the server was reached; it lacks the database, and the message names it.
        QVERIFY2(db.error().message.contains(u"has no database \"no_such_database\""), qPrintable(db.error().message));
        QVERIFY2(!db.error().message.contains(u"Cannot reach"), qPrintable(db.error().message));
        const auto tested = Database::testConnection(url);
        QVERIFY(!tested.ok());
        QVERIFY2(tested.error().message.contains(u"has no database"), qPrintable(tested.error().message));
    }
}

void TestDatabaseErrors::corruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.casebook"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(16384, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        file.write(junk);
    }
    const QByteArray before = fileHash(path);
    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY(timer.elapsed() < promptMs);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Corrupt);
    QVERIFY(db.error().message.contains(u"not a Casebook database"));
    QCOMPARE(fileHash(path), before);
}

void TestDatabaseErrors::readOnlyFile()
{
    if (geteuid() == 0)
        QSKIP("root writes to read-only files; tools/dev runs the tests as a normal user");
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    {
        auto db = testDb.open();
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(testDb.url().path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const auto db = Database::open(testDb.url());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::ReadOnly);
    QVERIFY(db.error().message.contains(u"read-only"));
    QVERIFY(db.error().message.contains(testDb.url().path));
}

void TestDatabaseErrors::fileInAFolderThatCannotBeMade()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(u"file"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const auto db = Database::open(DatabaseUrl::sqlite(blocker + u"/sub/db.casebook"_s));
    QVERIFY(!db.ok());
    QVERIFY(!db.error().message.isEmpty());
}

void TestDatabaseErrors::diskFull()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    {
        // SQLite reports a database that may not grow exactly as a full disk.
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
        const int pages = query.value(0).toInt();
        QVERIFY(query.exec(u"PRAGMA max_page_count = "_s + QString::number(pages + 1)));
    }
    WriteTransaction tx(*db);
    QVERIFY(tx.begin().ok());
    const QString big(200000, u'x');
    const auto inserted = tx.exec(u"INSERT INTO tickets (subject, created_at, updated_at) VALUES (?, 0, 0)"_s, {big});
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().kind, Error::Kind::DiskFull);
    QVERIFY(inserted.error().message.contains(u"disk is full"));
}

void TestDatabaseErrors::diskFullDuringFirstSetUp()
{
    // No small file system can be mounted here (no loop devices, no mount rights), so the
    // process's file size limit stands in for the full disk: writes past it fail as they
    // fail on a full disk, and SQLite sees the same short writes and I/O errors.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"first.casebook"_s);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = rlim_t(48) * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto db = Database::open(DatabaseUrl::sqlite(path));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::DiskFull);
    QVERIFY2(db.error().message.contains(u"disk is full"), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(u"set up"), qPrintable(db.error().message));

    // Once there is room, the next start finishes the set-up.
    const auto again = Database::open(DatabaseUrl::sqlite(path));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabaseErrors::testConnectionTellsWhatItFound()
{
    QTemporaryDir dir;
    const auto url = DatabaseUrl::sqlite(dir.filePath(u"new.casebook"_s));
    const auto fresh = Database::testConnection(url);
    QVERIFY(fresh.ok());
    QVERIFY(fresh->contains(u"does not exist yet"));
    {
        auto db = Database::open(url);
        QVERIFY(db.ok());
    }
    const auto ready = Database::testConnection(url);
    QVERIFY(ready.ok());
    QVERIFY2(ready->contains(u"ready"), qPrintable(*ready));
}

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "tst_databaseerrors.moc"
