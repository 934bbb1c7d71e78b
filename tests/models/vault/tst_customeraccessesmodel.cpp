// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/vault/customeraccessesmodel.h"
#include "models/vault/secret.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"our team passphrase, long enough"_s;
const QString canary = u"CANARY-access-51b2"_s;

/// One desktop of the team: its database, who works at it, and its own session of the vault.
struct Desktop
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    Test::FakeKeychain keychain;
    std::unique_ptr<VaultSession> vault;

    bool open(const Test::TestDatabase &testDb, const Clock &clock)
    {
        db = testDb.open();
        if (!db)
            return false;
        session = std::make_unique<Session>(*db, clock, nullptr);
        vault = std::make_unique<VaultSession>(*db, clock, keychain.borrow(), KdfParams::minimum());
        vault->start();
        return true;
    }
};

/**
 * The team's database on the row's engine with one customer: Mira at the first desk set the
 * vault up; another desk on the same database has unlocked it with the passphrase.
 */
struct Team
{
    explicit Team(const Test::TestDatabase &database)
        : testDb(database)
    {
    }

    bool open()
    {
        if (!mine.open(testDb, clock) || !theirs.open(testDb, clock))
            return false;
        Agent mira;
        mira.login = u"mira"_s;
        mira.displayName = u"Mira Kovač"_s;
        const auto agent = AgentStore(*mine.db, clock).create(mira);
        Customer acme;
        acme.displayName = u"Acme Shop"_s;
        const auto created = CustomerStore(*mine.db, clock).create(acme);
        if (!agent || !created)
            return false;
        mine.session->setAgent(*agent);
        customer = *created;
        return mine.vault->setUp(passphrase).ok() && theirs.vault->unlock(passphrase).ok();
    }

    const Test::TestDatabase &testDb;
    FakeClock clock{1'795'000'000'000};
    Desktop mine;
    Desktop theirs;
    CustomerId customer;
};

VaultEntry access(VaultEntryKind kind, const QString &label, const QString &url = {})
{
    VaultEntry entry;
    entry.kind = kind;
    entry.label = label;
    entry.url = url;
    return entry;
}

/// Every text any role of any row holds: a secret must never be among them.
QString everythingShown(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int role = 0; role <= BreachRole; ++role)
            texts << model.index(row, 0).data(role).toString();
    }
    return texts.join(u'\n');
}

} // namespace

class TestCustomerAccessesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R17_actionsShowWithPreciseSignals_data() { Test::addEngineColumn(); }
    void R17_actionsShowWithPreciseSignals();
    void conflictShowsTheOtherDesksChange_data() { Test::addEngineColumn(); }
    void conflictShowsTheOtherDesksChange();
    void R17_anotherDesktopsAccessReachesTheCard_data() { Test::addEngineColumn(); }
    void R17_anotherDesktopsAccessReachesTheCard();
};

void TestCustomerAccessesModel::R17_actionsShowWithPreciseSignals()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId customer = team.customer;
    CustomerAccessesModel model(*team.mine.session, *team.mine.vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.add(access(VaultEntryKind::Server, u"Nobody's"_s), Secret::fromText(u"x"_s)).error().kind,
             Error::Kind::Invalid); // no customer shown yet
    QSignalSpy customers(&model, &CustomerAccessesModel::customerChanged);
    QVERIFY(model.setCustomer(customer).ok());
    QCOMPARE(customers.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const VaultEntryId shop =
        model
            .add(access(VaultEntryKind::WordPress, u"Shop admin"_s, u"https://shop.example.com"_s),
                 Secret::fromText(canary))
            .value();
    const VaultEntryId server =
        model.add(access(VaultEntryKind::Server, u"Production"_s, u"203.0.113.7"_s), Secret::fromText(u"ssh-9"_s))
            .value();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entryAt(model.indexOf(shop)).customer, customer);
    QCOMPARE(model.indexOf(shop).data().toString(), u"Shop admin"_s);
    QVERIFY(model.indexOf(server).data(DetailRole).toString().contains(u"203.0.113.7"_s));
    QCOMPARE(model.indexOf(server).data(IdRole).toLongLong(), server.value());

    // Edits keep the row (and a view's selection); an empty secret is not a new one.
    VaultEntry edited = model.entryAt(model.indexOf(shop));
    edited.label = u"Shop admin (main)"_s;
    QVERIFY(model.update(model.entryAt(model.indexOf(shop)), edited).ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.indexOf(shop).data().toString(), u"Shop admin (main)"_s);
    QCOMPARE(model.openSecret(shop).value().toString(), canary); // re-sealed under the new label

    QVERIFY(model.markChecked(model.entryAt(model.indexOf(server))).ok()); // R17
    const VaultEntry checked = model.entryAt(model.indexOf(server));
    QCOMPARE(checked.checkedByName, u"Mira Kovač"_s);
    QCOMPARE(checked.checkedAt, std::optional<qint64>(team.clock.nowMs()));

    QVERIFY(!everythingShown(model).contains(canary)); // rows never carry a secret

    const VaultEntry removed = model.entryAt(model.indexOf(server));
    QVERIFY(model.remove(removed).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexOf(server).isValid());
    QCOMPARE(model.remove(removed).error().kind, Error::Kind::Conflict); // gone already
    QCOMPARE(resets.count(), 0);

    team.mine.vault->lock();
    QVERIFY(!model.openSecret(shop).ok()); // the team key is needed to open one
    QVERIFY(model.setCustomer({}).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestCustomerAccessesModel::conflictShowsTheOtherDesksChange()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId customer = team.customer;
    const Desktop &theirs = team.theirs;
    CustomerAccessesModel model(*team.mine.session, *team.mine.vault);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(customer).ok());
    const VaultEntryId id =
        model.add(access(VaultEntryKind::Registrar, u"Domains"_s), Secret::fromText(u"reg-1"_s)).value();

    // The other desk renames it; this model has not heard of that yet.
    VaultEntry theirEdit = theirs.vault->store().entry(id).value();
    theirEdit.label = u"Domains (theirs)"_s;
    QVERIFY(theirs.vault->store().update(theirEdit, theirEdit.version).ok());
    const VaultEntry shown = model.entryAt(model.indexOf(id));
    VaultEntry mineEdit = shown;
    mineEdit.label = u"Domains (mine)"_s;
    const Status refused = model.update(shown, mineEdit);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(model.indexOf(id).data().toString(), u"Domains (theirs)"_s); // shown at once
    QCOMPARE(theirs.vault->store().entry(id)->label, u"Domains (theirs)"_s); // theirs kept
    QCOMPARE(model.markChecked(shown).error().kind, Error::Kind::Conflict); // the old view is stale
    QVERIFY(model.markChecked(model.entryAt(model.indexOf(id))).ok());
}

void TestCustomerAccessesModel::R17_anotherDesktopsAccessReachesTheCard()
{
    CASEBOOK_TEST_DATABASE(testDb);
    Team team(testDb);
    QVERIFY(team.open());
    const CustomerId customer = team.customer;
    const Desktop &mine = team.mine;
    const Desktop &theirs = team.theirs;
    mine.db->changeFeed()->setHeartbeatInterval(50);

    // The card's model routes the vault's changes to its accesses: one listener per card.
    CustomerCardModel card(*mine.session, mine.vault.get());
    QVERIFY(card.accesses());
    QAbstractItemModelTester tester(card.accesses(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(card.setCustomer(customer).ok());
    QCOMPARE(card.accesses()->customer(), customer);
    QSignalSpy resets(card.accesses(), &QAbstractItemModel::modelReset);

    VaultEntry entry = access(VaultEntryKind::Tracker, u"Tracker admin"_s);
    entry.customer = customer;
    const VaultEntryId id = theirs.vault->store().add(entry, Secret::fromText(canary)).value();
    QTRY_VERIFY_WITH_TIMEOUT(card.accesses()->indexOf(id).isValid(), 5000);
    QVERIFY(theirs.vault->store().remove(id, 1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(card.accesses()->rowCount(), 0, 5000);
    QCOMPARE(resets.count(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerAccessesModel)
#include "tst_customeraccessesmodel.moc"
