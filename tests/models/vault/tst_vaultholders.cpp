// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds the team key (migration 035), on both engines: the person who sets the vault up
// holds it, an admin gives and takes it, and a desk whose person does not hold it says whom to
// ask, and follows a grant or a revocation made on another desk. What the server refuses a
// non-holder is proved in integration.vaultholders.
#include "models/agents/agentstore.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/migrator.h"
#include "models/vault/vaultholders.h"
#include "models/vault/vaultholdersmodel.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"our team passphrase, long enough"_s;

/// One desk: its own connection, the person at it, and its session of the vault.
struct Desk
{
    std::unique_ptr<Database> db;
    Test::FakeKeychain keychain;
    std::unique_ptr<VaultSession> vault;

    bool open(const Test::TestDatabase &testDb, const Clock &clock, AgentId person)
    {
        db = testDb.open();
        if (!db)
            return false;
        db->changeFeed()->setHeartbeatInterval(50);
        vault = std::make_unique<VaultSession>(*db, clock, keychain.borrow(), KdfParams::minimum());
        vault->setAgent(person);
        vault->start();
        return true;
    }
};

AgentId addPerson(Database &db, const Clock &clock, const QString &login, const QString &name, AgentRole role,
                  bool active = true)
{
    Agent person;
    person.login = login;
    person.displayName = name;
    person.role = role;
    person.active = active;
    return AgentStore(db, clock).create(person).value();
}

QStringList names(const QList<VaultKeyHolder> &people)
{
    QStringList result;
    for (const VaultKeyHolder &person : people)
        result << person.name;
    return result;
}

} // namespace

class TestVaultHolders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creatorHoldsAndAdminGivesAndTakes_data() { Test::addEngineColumn(); }
    void creatorHoldsAndAdminGivesAndTakes();
    void nonHolderDeskFollowsGrantsMadeElsewhere_data() { Test::addEngineColumn(); }
    void nonHolderDeskFollowsGrantsMadeElsewhere();
    void vaultOfAnOlderSchemaIsHeldByEveryActiveAgent_data() { Test::addEngineColumn(); }
    void vaultOfAnOlderSchemaIsHeldByEveryActiveAgent();
};

void TestVaultHolders::creatorHoldsAndAdminGivesAndTakes()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock{1'795'000'000'000};
    auto db = testDb.open();
    QVERIFY(db);
    const AgentId ada = addPerson(*db, clock, u"ada"_s, u"Ada Admin"_s, AgentRole::Admin);
    const AgentId mira = addPerson(*db, clock, u"mira"_s, u"Mira Kovač"_s, AgentRole::Agent);
    const AgentId olga = addPerson(*db, clock, u"olga"_s, u"Olga Other"_s, AgentRole::Lead);
    addPerson(*db, clock, u"gone"_s, u"Gone Person"_s, AgentRole::Agent, false);
    VaultHolderStore holders(*db, clock);
    QCOMPARE(holders.teamKey().value(), qint64(0));
    QVERIFY(holders.holders()->isEmpty());
    QCOMPARE(holders.grant(olga, ada).error().kind, Error::Kind::NotFound); // no vault to hold yet

    // Mira sets the vault up: the database makes her its first holder, in her own name.
    Desk miraDesk;
    QVERIFY(miraDesk.open(testDb, clock, mira));
    QCOMPARE(miraDesk.vault->state(), VaultSession::State::NotSetUp);
    QVERIFY(miraDesk.vault->setUp(passphrase).ok());
    QCOMPARE(miraDesk.vault->state(), VaultSession::State::Unlocked);
    QVERIFY(holders.teamKey().value() > 0);
    const QList<VaultKeyHolder> first = holders.holders().value();
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().agent, mira);
    QCOMPARE(first.first().grantedBy, mira);
    QCOMPARE(first.first().grantedAt, clock.nowMs());
    QVERIFY(holders.holds(mira).value());
    QVERIFY(!holders.holds(ada).value()); // an admin is not a holder by role alone
    QVERIFY(!holders.holds(olga).value()); // nor a lead

    // Ada, an admin, manages the list; it is kept under the model tester while it changes.
    Desk adaDesk;
    QVERIFY(adaDesk.open(testDb, clock, ada));
    VaultHoldersModel model(*adaDesk.vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canManage());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), u"Mira Kovač"_s);
    QCOMPARE(model.index(0).data(IdRole).toLongLong(), mira.value());
    QCOMPARE(names(model.candidates().value()), (QStringList{u"Ada Admin"_s, u"Olga Other"_s})); // active only
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    clock.advanceMs(60'000);
    QVERIFY(model.grant(olga).ok());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex olgaRow = model.indexOf(olga);
    QVERIFY(olgaRow.isValid());
    QVERIFY2(olgaRow.data(DetailRole).toString().contains(u"Ada Admin"_s),
             qPrintable(olgaRow.data(DetailRole).toString()));
    QCOMPARE(model.holderAt(olgaRow).grantedAt, clock.nowMs());
    // Given again: the first grant stays as it was.
    clock.advanceMs(60'000);
    QVERIFY(model.grant(olga).ok());
    QCOMPARE(model.holderAt(model.indexOf(olga)).grantedAt, clock.nowMs() - 60'000);
    QVERIFY(holders.holds(olga).value());
    QCOMPARE(names(model.candidates().value()), QStringList{u"Ada Admin"_s});

    QVERIFY(model.revoke(olga).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!holders.holds(olga).value());
    QCOMPARE(resets.count(), 0); // precise rows, not resets

    // Mira holds the key but does not manage it.
    VaultHoldersModel miraModel(*miraDesk.vault);
    QVERIFY(!miraModel.canManage());
}

void TestVaultHolders::nonHolderDeskFollowsGrantsMadeElsewhere()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock{1'795'000'000'000};
    auto db = testDb.open();
    QVERIFY(db);
    const AgentId ada = addPerson(*db, clock, u"ada"_s, u"Ada Admin"_s, AgentRole::Admin);
    const AgentId mira = addPerson(*db, clock, u"mira"_s, u"Mira Kovač"_s, AgentRole::Agent);
    const AgentId olga = addPerson(*db, clock, u"olga"_s, u"Olga Other"_s, AgentRole::Agent);
    Desk miraDesk;
    QVERIFY(miraDesk.open(testDb, clock, mira));
    QVERIFY(miraDesk.vault->setUp(passphrase).ok());

    // Olga does not hold the key: her desk says so and names whom to ask, and stays locked.
    Desk olgaDesk;
    QVERIFY(olgaDesk.open(testDb, clock, olga));
    QCOMPARE(olgaDesk.vault->state(), VaultSession::State::NotHolder);
    QVERIFY2(olgaDesk.vault->message().contains(u"Ada Admin"_s), qPrintable(olgaDesk.vault->message()));
    QVERIFY(!olgaDesk.vault->store().isUnlocked());

    // Ada gives it on her own desk; Olga's desk hears of it and asks for the passphrase.
    Desk adaDesk;
    QVERIFY(adaDesk.open(testDb, clock, ada));
    QVERIFY(adaDesk.vault->holders().grant(olga, ada).ok());
    QTRY_VERIFY_WITH_TIMEOUT(olgaDesk.vault->state() == VaultSession::State::Checking
                                 || olgaDesk.vault->state() == VaultSession::State::Locked,
                             5000);
    olgaDesk.vault->skipKeychain();
    QVERIFY(olgaDesk.vault->unlock(passphrase).ok());
    QCOMPARE(olgaDesk.vault->state(), VaultSession::State::Unlocked);

    // Taken back: her desk locks at once and says whom to ask again.
    QVERIFY(adaDesk.vault->holders().revoke(olga).ok());
    QTRY_COMPARE_WITH_TIMEOUT(olgaDesk.vault->state(), VaultSession::State::NotHolder, 5000);
    QVERIFY(!olgaDesk.vault->store().isUnlocked());

    // Another person at Mira's desk is asked about too.
    miraDesk.vault->setAgent(olga);
    QCOMPARE(miraDesk.vault->state(), VaultSession::State::NotHolder);
    miraDesk.vault->setAgent(mira);
    QVERIFY(miraDesk.vault->state() != VaultSession::State::NotHolder);
}

void TestVaultHolders::vaultOfAnOlderSchemaIsHeldByEveryActiveAgent()
{
    CASEBOOK_TEST_DATABASE(testDb);
    const bool postgres = engine == DatabaseUrl::Engine::PostgreSQL;
    const QString dialect = postgres ? u"postgres"_s : u"sqlite"_s;
    // The schema before holders, with a vault and three people, one of them gone.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"sql/"_s + dialect)));
    const Migrator migrator(engine);
    for (const Migrator::Migration &migration : migrator.migrations()) {
        if (migration.version >= 35)
            continue;
        const QString name = u"%1_%2.sql"_s.arg(migration.version, 3, 10, QChar(u'0')).arg(migration.name);
        QVERIFY(QFile::copy(u":/sql/"_s + dialect + u'/' + name, dir.filePath(u"sql/"_s + dialect + u'/' + name)));
    }
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, u"before-holders"_s);
        const DatabaseUrl &url = testDb.url();
        conn.setDatabaseName(postgres ? url.databaseName : url.path);
        conn.setHostName(url.host);
        conn.setPort(url.port);
        conn.setUserName(url.user);
        conn.setPassword(url.password);
        QVERIFY(conn.open());
        QVERIFY(Migrator(engine, dir.filePath(u"sql"_s)).migrate(conn).ok());
        QSqlQuery q(conn);
        for (const auto &[login, active] :
             {std::pair{"mira", true}, std::pair{"olga", true}, std::pair{"gone", false}}) {
            QVERIFY(q.prepare(u"INSERT INTO agents (login, display_name, active, created_at, updated_at) "
                              "VALUES (?, ?, ?, 0, 0)"_s));
            q.addBindValue(QString::fromLatin1(login));
            q.addBindValue(QString::fromLatin1(login));
            q.addBindValue(active);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.prepare(u"INSERT INTO vault_keys (salt, ops_limit, mem_limit, key_check, created_at) "
                          "VALUES (?, 1, 8192, ?, 0)"_s));
        q.addBindValue(QByteArray(16, 's'));
        q.addBindValue(QByteArray(40, 'k'));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.finish();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"before-holders"_s);

    // Everyone active read that vault yesterday: after the upgrade they hold its key, granted
    // by nobody (the upgrade), and an admin trims the list from there.
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock{1'795'000'000'000};
    const QList<VaultKeyHolder> held = VaultHolderStore(*db, clock).holders().value();
    QCOMPARE(names(held), (QStringList{u"mira"_s, u"olga"_s}));
    QVERIFY(!held.first().grantedBy.isValid());
}

QTEST_GUILESS_MAIN(TestVaultHolders)
#include "tst_vaultholders.moc"
