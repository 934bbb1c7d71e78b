// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/customers/customernotesmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCustomerNotesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R09_followsTheStoreThroughRandomChanges_data() { Test::addEngineColumn(); }
    void R09_followsTheStoreThroughRandomChanges();
    void selectionSurvivesANewPinnedNote_data() { Test::addEngineColumn(); }
    void selectionSurvivesANewPinnedNote();
    void R09_correctedNotesHideUntilAskedAndShowStruck_data() { Test::addEngineColumn(); }
    void R09_correctedNotesHideUntilAskedAndShowStruck();
    void R38_notesCannotBeDragged_data() { Test::addEngineColumn(); }
    void R38_notesCannotBeDragged();
};

void TestCustomerNotesModel::R09_followsTheStoreThroughRandomChanges()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    CustomerStore store(*db, clock);
    Customer acme;
    acme.displayName = u"Acme"_s;
    Customer other;
    other.displayName = u"Other"_s;
    const CustomerId customer = store.create(acme).value();
    const CustomerId otherCustomer = store.create(other).value();

    CustomerNotesModel model(*db);
    // The card's model routes the feed to refresh(); here the test stands in for it.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, [&model] { (void)model.refresh(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(customer).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QRandomGenerator random(42);
    const int operations = engine == DatabaseUrl::Engine::SQLite ? 1500 : 600;
    for (int i = 0; i < operations; ++i) {
        clock.advanceMs(1000);
        const int choice = int(random.bounded(10));
        if (choice < 5 || model.rowCount() == 0) {
            // Another agent writes a note, sometimes about another customer.
            const CustomerId target = choice == 0 ? otherCustomer : customer;
            QVERIFY(store.addNote(target, {}, u"Note %1"_s.arg(i)).ok());
        } else {
            const auto index = model.index(int(random.bounded(model.rowCount())), 0);
            const CustomerNote note = model.noteAt(index);
            QVERIFY(store.setPinned(note.id, !note.pinned, note.version).ok());
        }
        // The change feed already refreshed the model; it must match the store exactly.
        if (i % 25 == 0 || i == operations - 1) {
            const auto expected = store.notes(customer).value();
            QCOMPARE(model.rowCount(), int(expected.size()));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.data(model.index(row, 0), IdRole).toLongLong(), expected.at(row).id.value());
                QCOMPARE(model.data(model.index(row, 0), PinnedRole).toBool(), expected.at(row).pinned);
            }
        }
    }
    QCOMPARE(resets.count(), 0); // precise signals only
    QVERIFY(model.rowCount() > 100);
}

void TestCustomerNotesModel::selectionSurvivesANewPinnedNote()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    CustomerStore store(*db, clock);
    Customer acme;
    acme.displayName = u"Acme"_s;
    const CustomerId customer = store.create(acme).value();
    for (int i = 0; i < 5; ++i) {
        clock.advanceMs(1000);
        QVERIFY(store.addNote(customer, {}, u"Note %1"_s.arg(i)).ok());
    }
    CustomerNotesModel model(*db);
    // The card's model routes the feed to refresh(); here the test stands in for it.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, [&model] { (void)model.refresh(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(customer).ok());
    const QPersistentModelIndex selected = model.index(2, 0);
    const qint64 selectedId = selected.data(IdRole).toLongLong();

    clock.advanceMs(1000);
    const NoteId fresh = store.addNote(customer, {}, u"Newest, goes on top"_s).value();
    QVERIFY(store.setPinned(NoteId(selectedId), true, 1).ok()); // the selected one moves up
    QCOMPARE(model.indexOf(NoteId(selectedId)).row(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(IdRole).toLongLong(), selectedId);
    QCOMPARE(model.indexOf(fresh).row(), 1);
}

void TestCustomerNotesModel::R09_correctedNotesHideUntilAskedAndShowStruck()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    CustomerStore store(*db, clock);
    Customer acme;
    acme.displayName = u"Acme"_s;
    const CustomerId customer = store.create(acme).value();
    const NoteId first = store.addNote(customer, {}, u"Server in Frankfurt"_s).value();
    clock.advanceMs(1000);
    const NoteId second = store.addNote(customer, {}, u"Prefers chat"_s).value();

    CustomerNotesModel model(*db);
    // The card's model routes the feed to refresh(); here the test stands in for it.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, [&model] { (void)model.refresh(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(customer).ok());
    QSignalSpy counted(&model, &CustomerNotesModel::supersededCountChanged);
    clock.advanceMs(1000);
    const NoteId fix = store.addNote(customer, {}, u"Server moved to Helsinki"_s, first).value();
    // The corrected note leaves the default view; the correction takes the top.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexOf(fix).row(), 0);
    QVERIFY(!model.indexOf(first).isValid());
    QCOMPARE(model.supersededCount(), 1);
    QCOMPARE(counted.count(), 1);
    QCOMPARE(model.data(model.indexOf(fix), SupersedesRole).toLongLong(), first.value());

    model.setShowSuperseded(true); // never silently gone: one switch shows it again, struck out
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex old = model.indexOf(first);
    QVERIFY(old.isValid());
    QVERIFY(old.data(SupersededRole).toBool());
    QVERIFY(!old.data(Qt::FontRole).isValid()); // NoteDelegate strikes it out, from SupersededRole
    QCOMPARE(old.data().toString(), u"Server in Frankfurt"_s);
    QVERIFY(!model.indexOf(second).data(SupersededRole).toBool());
    QVERIFY(!model.indexOf(second).data(Qt::FontRole).isValid());
    model.setShowSuperseded(false);
    QCOMPARE(model.rowCount(), 2);
}

void TestCustomerNotesModel::R38_notesCannotBeDragged()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CustomerStore store(*db);
    Customer acme;
    acme.displayName = u"Acme"_s;
    const CustomerId customer = store.create(acme).value();
    QVERIFY(store.addNote(customer, {}, u"Internal: owes two invoices"_s).ok());
    CustomerNotesModel model(*db);
    QVERIFY(model.setCustomer(customer).ok());
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsSelectable);
}

QTEST_GUILESS_MAIN(TestCustomerNotesModel)
#include "tst_customernotesmodel.moc"
