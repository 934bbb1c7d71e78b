// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged SQLite file is found before anything writes, opens read-only, and what can be
// read is copied into a sound new file (issue 17, point 1).
#include "models/storage/database.h"
#include "models/storage/integritycheck.h"
#include "models/storage/migrator.h"
#include "models/storage/readablecopy.h"
#include "models/storage/writetransaction.h"
#include "tests/support/damagedfile.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr quint32 damageSeed = 20261206;

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestIntegrity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soundFileOpensForWriting();
    void damagedFileOpensReadOnlyAndStaysUntouched();
    void checkMadeEarlierIsUsed();
    void readableCopyIsSound();
    void aFileClosedCleanIsNotReadAgain();
    void testConnectionNamesADamagedFile();
};

void TestIntegrity::soundFileOpensForWriting()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    {
        auto db = testDb.open();
        QVERIFY(db);
    }
    const auto report = IntegrityCheck::quickCheck(testDb.url().path);
    QVERIFY(report.ok());
    QVERIFY(report->isSound());
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(!db->isReadOnly());
}

void TestIntegrity::damagedFileOpensReadOnlyAndStaysUntouched()
{
    QTemporaryDir dir;
    const QString path = Test::makeDamagedDatabase(dir.path(), damageSeed);
    QVERIFY(!path.isEmpty());
    const QByteArray before = Test::fileHash(path);

    const auto report = IntegrityCheck::quickCheck(path);
    QVERIFY(report.ok());
    QVERIFY2(!report->isSound(), "the damage was not found");
    {
        auto opened = Database::open(DatabaseUrl::sqlite(path));
        QVERIFY2(opened.ok(),
                 qPrintable(opened.ok() ? QString() : opened.error().message + u" / "_s + opened.error().detail));
        Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.integrity().problems.isEmpty());
        // What is still readable is.
        QCOMPARE(count(db.connection(), u"SELECT count(*) FROM schema_version"_s),
                 int(Migrator(DatabaseUrl::Engine::SQLite).migrations().size()));

        // A write that slips through fails instead of landing in the damaged file.
        WriteTransaction tx(db);
        const Status begun = tx.begin();
        if (begun.ok()) {
            const auto written = tx.exec(u"INSERT INTO tags (name, created_at) VALUES ('after-damage', 0)"_s, {});
            QVERIFY(!written.ok());
            QCOMPARE(written.error().kind, Error::Kind::ReadOnly);
        } else {
            QCOMPARE(begun.error().kind, Error::Kind::ReadOnly);
        }
    }
    QCOMPARE(Test::fileHash(path), before);
}

void TestIntegrity::testConnectionNamesADamagedFile()
{
    // Settings' "Test connection" says what opening would find, before anyone switches to it.
    QTemporaryDir dir;
    const QString path = Test::makeDamagedDatabase(dir.path(), damageSeed);
    QVERIFY(!path.isEmpty());
    const QByteArray before = Test::fileHash(path);
    const auto tested = Database::testConnection(DatabaseUrl::sqlite(path));
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, Error::Kind::Corrupt);
    QVERIFY2(tested.error().message.contains(u"damaged"_s), qPrintable(tested.error().message));
    QCOMPARE(Test::fileHash(path), before);
}

void TestIntegrity::checkMadeEarlierIsUsed()
{
    QTemporaryDir dir;
    const QString path = Test::makeDamagedDatabase(dir.path(), damageSeed);
    QVERIFY(!path.isEmpty());
    // The window checks off its thread and hands the finding over; open() does not check again.
    Database::Options options;
    options.integrity = IntegrityReport{path, {u"found earlier"_s}, 0};
    auto opened = Database::open(DatabaseUrl::sqlite(path), options);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->integrity().problems, QStringList{u"found earlier"_s});
}

void TestIntegrity::readableCopyIsSound()
{
    QTemporaryDir dir;
    const QString path = Test::makeDamagedDatabase(dir.path(), damageSeed);
    QVERIFY(!path.isEmpty());
    const QByteArray before = Test::fileHash(path);
    const QString target = dir.filePath(u"copy.casebook"_s);

    const auto copied = ReadableCopy::copy(path, target);
    QVERIFY2(copied.ok(),
             qPrintable(copied.ok() ? QString() : copied.error().message + u" / "_s + copied.error().detail));
    QVERIFY(copied->rowsCopied > 0);
    QVERIFY2(!copied->losses.isEmpty(), "the damage should cost some rows, and say so");
    QCOMPARE(Test::fileHash(path), before);
    qInfo() << "kept" << copied->rowsCopied << "rows; lost:" << copied->losses;

    {
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy-check"_s);
        check.setDatabaseName(target);
        QVERIFY(check.open());
        QSqlQuery query(check);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        QVERIFY(count(check, u"SELECT count(*) FROM tickets"_s) > 0);
        QVERIFY(count(check, u"SELECT count(*) FROM tickets"_s) <= 400);
        query.finish();
        check.close();
    }
    QSqlDatabase::removeDatabase(u"copy-check"_s);

    // The copy is a working database: sound, writable, searchable.
    auto reopened = Database::open(DatabaseUrl::sqlite(target));
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
    QVERIFY(!reopened.value()->isReadOnly());
    QVERIFY(
        count(reopened.value()->connection(), u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'invoice'"_s)
        > 0);

    // A copy never overwrites a file.
    const auto again = ReadableCopy::copy(path, target);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
}

void TestIntegrity::aFileClosedCleanIsNotReadAgain()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    const QString path = testDb.url().path;
    {
        auto db = testDb.open();
        QVERIFY(db);
        // While it is open for writing, a crash must mean a full check next time.
        QVERIFY(!IntegrityCheck::isClosedCleanAndUntouched(path));
    }
    auto skipped = IntegrityCheck::quickCheck(path);
    QVERIFY(skipped.ok());
    QVERIFY(skipped->closedClean);
    QVERIFY(skipped->isSound());

    // Any change since, by whatever program, and the file is read in full again.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size()));
        QVERIFY(file.write(QByteArray(4096, '\0')) == 4096);
    }
    auto checked = IntegrityCheck::quickCheck(path);
    QVERIFY(checked.ok());
    QVERIFY(!checked->closedClean);
}

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
