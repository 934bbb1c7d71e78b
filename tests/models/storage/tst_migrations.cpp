// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "models/storage/migrator.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Copies the shipped migrations and adds `extra` as the next one.
QString migrationsWith(const QTemporaryDir &dir, const QString &dialect, const QString &extraName, const QString &extra)
{
    const QString root = dir.filePath(u"sql"_s);
    QDir().mkpath(root + u'/' + dialect);
    const QDir shipped(u":/sql/"_s + dialect);
    for (const QString &name : shipped.entryList(QDir::Files))
        QFile::copy(shipped.filePath(name), root + u'/' + dialect + u'/' + name);
    QFile file(root + u'/' + dialect + u'/' + extraName);
    if (file.open(QIODevice::WriteOnly))
        file.write(extra.toUtf8());
    return root;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseGetsTheWholeSchema_data() { Test::addEngineColumn(); }
    void freshDatabaseGetsTheWholeSchema();
    void reopeningDoesNotMigrateAgain_data() { Test::addEngineColumn(); }
    void reopeningDoesNotMigrateAgain();
    void olderSchemaIsUpgraded_data() { Test::addEngineColumn(); }
    void olderSchemaIsUpgraded();
    void newerSchemaIsRefused_data() { Test::addEngineColumn(); }
    void newerSchemaIsRefused();
    void newerSqliteFileIsLeftUntouched();
    void unknownMigrationIsRefused_data();
    void unknownMigrationIsRefused();
    void failedMigrationRollsBack_data() { Test::addEngineColumn(); }
    void failedMigrationRollsBack();
    void fullTextSearchFollowsWrites_data() { Test::addEngineColumn(); }
    void fullTextSearchFollowsWrites();
    void sqliteUsesWalAndForeignKeys();
};

void TestMigrations::freshDatabaseGetsTheWholeSchema()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);

    const QSqlDatabase conn = db->connection();
    const QStringList tables = conn.tables();
    for (const char *table : {"agents",
                              "customers",
                              "customer_emails",
                              "customer_tags",
                              "customer_notes",
                              "tags",
                              "tickets",
                              "ticket_tags",
                              "ticket_links",
                              "ticket_tasks",
                              "messages",
                              "ticket_events",
                              "drafts",
                              "canned_replies",
                              "bug_templates",
                              "bug_reports",
                              "bug_report_events",
                              "product_areas",
                              "proposals",
                              "proposal_requests",
                              "shift_templates",
                              "roster",
                              "team_calendar",
                              "team_settings",
                              "reminder_rules",
                              "reminder_deliveries",
                              "notifications",
                              "sla_policies",
                              "vault_keys",
                              "vault_entries",
                              "change_log",
                              "schema_version"}) {
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    }
    // The playbook's default roster (R01, R03) ships with the schema.
    QCOMPARE(count(conn, u"SELECT count(*) FROM shift_templates"_s), 3);
    QCOMPARE(count(conn, u"SELECT count(*) FROM shift_templates WHERE start_minute = 540 AND end_minute = 1080"_s), 1);
    QCOMPARE(count(conn, u"SELECT count(*) FROM shift_templates WHERE start_minute = 600 AND end_minute = 1140"_s), 1);

    // Every mutable table carries a version for optimistic locking.
    for (const char *table : {"agents", "customers", "tickets", "drafts", "bug_reports", "proposals", "roster"}) {
        QSqlQuery query(conn);
        QVERIFY2(query.exec(u"SELECT version FROM "_s + QString::fromLatin1(table) + u" WHERE 1 = 0"_s), table);
    }
}

void TestMigrations::reopeningDoesNotMigrateAgain()
{
    CASEBOOK_TEST_DATABASE(testDb);
    {
        auto db = testDb.open();
        QVERIFY(db);
    }
    auto db = testDb.open();
    QVERIFY(db);
    // One row per migration file; numbers may have gaps (each feature reserves its own).
    QCOMPARE(count(db->connection(), u"SELECT count(*) FROM schema_version"_s),
             int(Migrator(engine).migrations().size()));
}

void TestMigrations::olderSchemaIsUpgraded()
{
    CASEBOOK_TEST_DATABASE(testDb);
    const bool postgres = engine == DatabaseUrl::Engine::PostgreSQL;
    const QString dialect = postgres ? u"postgres"_s : u"sqlite"_s;
    // Schema 1 only, as the first release wrote it.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"sql/"_s + dialect));
    QVERIFY(QFile::copy(u":/sql/"_s + dialect + u"/001_initial.sql"_s,
                        dir.filePath(u"sql/"_s + dialect + u"/001_initial.sql"_s)));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, u"schema-one"_s);
        const DatabaseUrl &url = testDb.url();
        conn.setDatabaseName(postgres ? url.databaseName : url.path);
        conn.setHostName(url.host);
        conn.setPort(url.port);
        conn.setUserName(url.user);
        conn.setPassword(url.password);
        QVERIFY(conn.open());
        const auto first = Migrator(engine, dir.filePath(u"sql"_s)).migrate(conn);
        QVERIFY(first.ok());
        QCOMPARE(*first, 1);
        QSqlQuery query(conn);
        QVERIFY(query.exec(
            u"INSERT INTO tickets (subject, created_at, updated_at) VALUES ('Kept across the upgrade', 0, 0)"_s));
        QVERIFY(query.exec(u"INSERT INTO messages (ticket_id, kind, body, created_at) SELECT id, 'customer', "
                           "'Прошу подтвердить оплату, payments are stuck', 0 FROM tickets"_s));
        query.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"schema-one"_s);
    // The application asks first, so that a long upgrade runs off the UI thread.
    if (!postgres)
        QCOMPARE(Migrator::isSqliteFileBehind(testDb.url().path).value(), true);

    auto db = testDb.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    if (!postgres)
        QCOMPARE(Migrator::isSqliteFileBehind(testDb.url().path).value(), false);
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(count(db->connection(), u"SELECT count(*) FROM tickets WHERE subject = 'Kept across the upgrade'"_s), 1);
    // One row per migration file; numbers may have gaps (each feature reserves its own).
    QCOMPARE(count(db->connection(), u"SELECT count(*) FROM schema_version"_s),
             int(Migrator(engine).migrations().size()));
    // Issue 18: migration 025 indexed the rows written before it by their stems.
    const Dialect spelling = db->dialect();
    const Dialect::TextIndex messages = spelling.textIndex(u"messages"_s, u"m"_s);
    for (const QString &word : {u"оплата"_s, u"payment"_s, u"подтвердите"_s}) {
        QVariantList binds;
        QSqlQuery q(db->connection());
        QVERIFY(q.prepare(u"SELECT count(*) FROM "_s + messages.from() + u" WHERE "_s
                          + messages.match(spelling.textTerm({word}, false), binds)));
        for (const QVariant &value : std::as_const(binds))
            q.addBindValue(value);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(word));
    }
}

void TestMigrations::newerSchemaIsRefused()
{
    CASEBOOK_TEST_DATABASE(testDb);
    {
        auto db = testDb.open();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.prepare(
            u"INSERT INTO schema_version (version, name, applied_at, app_version) VALUES (?, 'future', 0, '99')"_s));
        query.addBindValue(Database::latestSchemaVersion() + 5);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const auto refused = Database::open(testDb.url());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::SchemaTooNew);
    QVERIFY(refused.error().message.contains(u"newer Casebook"));
    QVERIFY(refused.error().message.contains(QString::number(Database::latestSchemaVersion() + 5)));

    const auto tested = Database::testConnection(testDb.url());
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, Error::Kind::SchemaTooNew);
}

void TestMigrations::newerSqliteFileIsLeftUntouched()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    {
        auto db = testDb.open();
        QVERIFY(db);
    }
    {
        // A newer Casebook wrote this; with a rollback journal, any write of ours would
        // show in the file's bytes.
        QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future-writer"_s);
        conn.setDatabaseName(testDb.url().path);
        QVERIFY(conn.open());
        QSqlQuery query(conn);
        QVERIFY(query.exec(
            u"INSERT INTO schema_version (version, name, applied_at, app_version) VALUES (1000, 'future', 0, '99')"_s));
        QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        query.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"future-writer"_s);
    const QByteArray before = fileHash(testDb.url().path);
    const QDateTime modified = QFileInfo(testDb.url().path).lastModified();
    QVERIFY(!before.isEmpty());

    const auto refused = Database::open(testDb.url());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::SchemaTooNew);
    QCOMPARE(fileHash(testDb.url().path), before);
    QCOMPARE(QFileInfo(testDb.url().path).lastModified(), modified);
    QVERIFY(!QFile::exists(testDb.url().path + u"-wal"_s) || QFileInfo(testDb.url().path + u"-wal"_s).size() == 0);
}

void TestMigrations::unknownMigrationIsRefused_data()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<QString>("change"); // what another build of Casebook left in schema_version
    QTest::addColumn<QString>("named"); // the message names it
    for (const auto &[engine, name] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, {DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        QTest::addRow("%s: 3, a number this build skips", name)
            << engine
            << u"INSERT INTO schema_version (version, name, applied_at, app_version) VALUES (3, 'offline_sync', 0, '9')"_s
            << u"offline_sync"_s;
        QTest::addRow("%s: 7, a number this build skips", name)
            << engine
            << u"INSERT INTO schema_version (version, name, applied_at, app_version) VALUES (7, 'kanban', 0, '9')"_s
            << u"kanban"_s;
        QTest::addRow("%s: 2 recorded as something else", name)
            << engine << u"UPDATE schema_version SET name = 'ticket_colours' WHERE version = 2"_s
            << u"ticket_colours"_s;
    }
}

void TestMigrations::unknownMigrationIsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, named);
    CASEBOOK_TEST_DATABASE(testDb);
    const Migrator migrator(engine);
    const auto &all = migrator.migrations();
    QVERIFY(!all.isEmpty());
    for (const int skipped : {3, 7}) {
        QVERIFY2(std::none_of(all.cbegin(), all.cend(), [&](const auto &m) { return m.version == skipped; }),
                 "this test needs 3 and 7 to stay unused");
    }
    {
        auto db = testDb.open();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY2(query.exec(change), qPrintable(query.lastError().text()));
    }
    const bool sqlite = engine == DatabaseUrl::Engine::SQLite;
    const QByteArray before = sqlite ? fileHash(testDb.url().path) : QByteArray();

    const auto refused = Database::open(testDb.url());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Migration);
    QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"left untouched"));
    if (sqlite)
        QCOMPARE(fileHash(testDb.url().path), before);

    const auto tested = Database::testConnection(testDb.url());
    QVERIFY(!tested.ok());
    QVERIFY(tested.error().message.contains(named));
}

void TestMigrations::failedMigrationRollsBack()
{
    CASEBOOK_TEST_DATABASE(testDb);
    {
        auto db = testDb.open();
        QVERIFY(db);
    }
    const bool postgres = engine == DatabaseUrl::Engine::PostgreSQL;
    QTemporaryDir dir;
    const QString root = migrationsWith(dir, postgres ? u"postgres"_s : u"sqlite"_s, u"900_broken.sql"_s,
                                        u"CREATE TABLE half_done (x INTEGER);\n"
                                        "INSERT INTO half_done VALUES (1);\n"
                                        "ALTER TABLE tickets ADD COLUMN extra INTEGER;\n"
                                        "THIS IS NOT SQL;\n"_s);
    const Migrator migrator(engine, root);
    QCOMPARE(migrator.latestVersion(), 900);

    const QString name = u"rollback-check"_s;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
        const DatabaseUrl &url = testDb.url();
        if (postgres) {
            conn.setHostName(url.host);
            conn.setPort(url.port);
            conn.setUserName(url.user);
            conn.setPassword(url.password);
            conn.setDatabaseName(url.databaseName);
        } else {
            conn.setDatabaseName(url.path);
        }
        QVERIFY(conn.open());
        const auto result = migrator.migrate(conn);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Migration);
        QVERIFY(result.error().message.contains(u"900"));
        QVERIFY(result.error().message.contains(u"left as it was"));

        QVERIFY(!conn.tables().contains(u"half_done"_s));
        QSqlQuery query(conn);
        QVERIFY(!query.exec(u"SELECT extra FROM tickets"_s));
        QCOMPARE(count(conn, u"SELECT max(version) FROM schema_version"_s), Database::latestSchemaVersion());
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);

    // The untouched database still opens with the shipped migrations.
    auto db = testDb.open();
    QVERIFY(db);
}

void TestMigrations::fullTextSearchFollowsWrites()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const bool postgres = engine == DatabaseUrl::Engine::PostgreSQL;
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(
        u"INSERT INTO tickets (id, subject, created_at, updated_at) VALUES (1, 'Invoice PDF is empty', 0, 0)"_s));
    QVERIFY(query.exec(
        u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (1, 'customer', 'The exported invoice shows no totals; Übergröße', 0)"_s));

    const QString ticketSql = postgres
        ? u"SELECT count(*) FROM tickets WHERE search @@ plainto_tsquery('casebook_stem', ?)"_s
        : u"SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH ?"_s;
    const QString messageSql = postgres
        ? u"SELECT count(*) FROM messages WHERE search @@ plainto_tsquery('casebook_stem', ?)"_s
        : u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"_s;
    auto hits = [&](const QString &sql, const QString &term) {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        q.addBindValue(postgres ? term : u'"' + term + u'"');
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    };
    QCOMPARE(hits(ticketSql, u"invoice"_s), 1);
    QCOMPARE(hits(messageSql, u"totals"_s), 1);
    QCOMPARE(hits(messageSql, u"total"_s), 1); // word forms (migration 025)
    QCOMPARE(hits(messageSql, u"missing"_s), 0);

    // An edit is searchable at once, and the old words are gone.
    QVERIFY(query.exec(u"UPDATE tickets SET subject = 'Login loop after update' WHERE id = 1"_s));
    QCOMPARE(hits(ticketSql, u"invoice"_s), 0);
    QCOMPARE(hits(ticketSql, u"login"_s), 1);
}

void TestMigrations::sqliteUsesWalAndForeignKeys()
{
    Test::TestDatabase testDb(DatabaseUrl::Engine::SQLite);
    auto db = testDb.open();
    QVERIFY(db);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(
        !query.exec(u"INSERT INTO messages (ticket_id, kind, body, created_at) VALUES (4242, 'customer', 'x', 0)"_s));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
