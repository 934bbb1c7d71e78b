// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 start = 1'795'000'000'000;
constexpr qint64 day = 24LL * 60 * 60 * 1000;
} // namespace

class TestCustomerListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R14_searchesNameEmailCompanyAndTag_data() { Test::addEngineColumn(); }
    void R14_searchesNameEmailCompanyAndTag();
    void pagesByKeyInNameOrder_data() { Test::addEngineColumn(); }
    void pagesByKeyInNameOrder();
    void R09_followsChangesWithPreciseSignals_data() { Test::addEngineColumn(); }
    void R09_followsChangesWithPreciseSignals();
};

void TestCustomerListModel::R14_searchesNameEmailCompanyAndTag()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore store(*db, clock);
    const auto make = [&](const QString &name, const QString &company, const QStringList &emails) {
        Customer c;
        c.displayName = name;
        c.company = company;
        c.emails = emails;
        return store.create(c).value();
    };
    const CustomerId olga =
        make(u"Ольга Смирнова"_s, u"Северный ветер"_s, {u"olga@north.example"_s, u"billing@north.example"_s});
    const CustomerId john = make(u"John O'Neil"_s, u"Acme Widgets"_s, {u"john@acme.example"_s});
    const CustomerId jane = make(u"Jane 100% Doe"_s, u"Widgets Co"_s, {u"jane@doe.example"_s});
    QVERIFY(store.addTag(jane, u"reseller"_s, {}).ok());

    CustomerListModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto found = [&](const QString &search) {
        [&] { QVERIFY2(model.setSearch(search).ok(), qPrintable(model.lastError())); }();
        QList<CustomerId> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.customerAt(model.index(row)));
        return ids;
    };
    QCOMPARE(found(QString()).size(), 3);
    QCOMPARE(found(u"смирн"_s), QList<CustomerId>{olga}); // a word prefix, any case, any script
    QCOMPARE(found(u"СЕВЕРНЫЙ"_s), QList<CustomerId>{olga}); // company
    QCOMPARE(found(u"billing@north"_s), QList<CustomerId>{olga}); // a second address
    QCOMPARE(found(u"widgets"_s), (QList<CustomerId>{jane, john})); // by name: Jane before John
    QCOMPARE(found(u"widgets acme"_s), QList<CustomerId>{john}); // every word must match
    QCOMPARE(found(u"resell"_s), QList<CustomerId>{jane}); // R14: a tag
    QCOMPARE(found(u"tag:reseller"_s), QList<CustomerId>{jane});
    QCOMPARE(found(u"tag:resell"_s), QList<CustomerId>()); // tag: is exact
    // Text that means something to SQL, LIKE or FTS is only text.
    QCOMPARE(found(u"o'neil"_s), QList<CustomerId>{john});
    QCOMPARE(found(u"100%"_s), QList<CustomerId>{jane});
    QCOMPARE(found(u"\"*) OR 1=1 --"_s), QList<CustomerId>());
    QCOMPARE(found(u"%"_s), QList<CustomerId>());
    QCOMPARE(model.matchCount(), 0);
    QCOMPARE(found(u"j"_s).size(), 2);
    QCOMPARE(model.matchCount(), 2);
    QCOMPARE(model.data(model.index(0), LicenceStateRole).toInt(), int(LicenceState::None));
}

void TestCustomerListModel::pagesByKeyInNameOrder()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore store(*db, clock);
    const int total = CustomerListModel::pageSize * 2 + 17;
    for (int i = 0; i < total; ++i) {
        Customer c;
        // Equal names on purpose: the key must go on by id, never skip or repeat a row.
        c.displayName = i % 7 == 0 ? u"Same Name"_s : u"Customer %1"_s.arg(total - i, 4, 10, QChar(u'0'));
        c.licencePlan = u"Team"_s;
        c.licenceExpiresAt = start + qint64(i % 3 - 1) * 10 * day;
        QVERIFY(store.create(c).ok());
    }
    CustomerListModel model(*db, clock);
    QVERIFY(model.setSearch(QString()).ok());
    QCOMPARE(model.rowCount(), CustomerListModel::pageSize); // one page, not the table
    QCOMPARE(model.matchCount(), total);
    // The tester reads on by itself (it calls fetchMore), so it joins after the first page.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QSet<CustomerId> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.customerAt(model.index(row)));
        if (row > 0) {
            const auto before = model.rowAt(model.index(row - 1));
            const auto here = model.rowAt(model.index(row));
            QVERIFY(before.name.compare(here.name, Qt::CaseInsensitive) < 0
                    || (before.name.compare(here.name, Qt::CaseInsensitive) == 0 && before.id < here.id));
        }
    }
    QCOMPARE(seen.size(), total);
}

void TestCustomerListModel::R09_followsChangesWithPreciseSignals()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore store(*db, clock);
    Customer c;
    c.displayName = u"Beta"_s;
    const CustomerId beta = store.create(c).value();
    c.displayName = u"Delta"_s;
    const CustomerId delta = store.create(c).value();

    CustomerListModel model(*db, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setSearch(QString()).ok());
    const QPersistentModelIndex selected = model.indexOf(delta);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    c.displayName = u"Alpha"_s;
    const CustomerId alpha = store.create(c).value(); // another agent adds one
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.customerAt(model.index(0)), alpha);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(selected.row(), 2); // the selection moved with its row
    QVERIFY(store.merge(delta, store.customer(delta)->version, beta, store.customer(beta)->version, {}).ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.indexOf(beta).isValid());
    QCOMPARE(selected.data(IdRole).toLongLong(), delta.value());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.matchCount(), 2);
}

QTEST_GUILESS_MAIN(TestCustomerListModel)
#include "tst_customerlistmodel.moc"
