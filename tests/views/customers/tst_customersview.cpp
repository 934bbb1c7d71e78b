// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"
#include "views/customers/customercard.h"
#include "views/customers/customersview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::namedChild;

class TestCustomersView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void R14_searchNarrowsTheListAndShowsTheCard();
    void mergeAsksAndMovesTheDuplicate();
    void declinedMergeChangesNothing();

private:
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CustomersView> m_view;
    QList<CustomerId> m_ids;
};

void TestCustomersView::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(1'795'000'000'000);
    CustomerStore store(*m_db, *m_clock);
    m_ids.clear();
    for (const auto &[name, email] : {std::pair{u"Anna Berg"_s, u"anna@berg.example"_s},
                                      {u"Anna B."_s, u"a.berg@mail.example"_s},
                                      {u"Boris Kim"_s, u"boris@kim.example"_s}}) {
        Customer c;
        c.displayName = name;
        c.emails = {email};
        m_ids.append(store.create(c).value());
    }
    QVERIFY(store.addTag(m_ids.at(2), u"reseller"_s, {}).ok());
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_view = std::make_unique<CustomersView>(*m_session);
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCustomersView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestCustomersView::R14_searchNarrowsTheListAndShowsTheCard()
{
    auto *list = namedChild<QListView>(m_view.get(), u"customers.list"_s);
    auto *search = namedChild<QLineEdit>(m_view.get(), u"customers.search"_s);
    auto *count = namedChild<QLabel>(m_view.get(), u"customers.count"_s);
    QVERIFY(list && search && count);
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(m_view->card()->customer().isValid()); // the first one's card, never an empty one
    QTest::keyClicks(search, u"tag:reseller"_s);
    QTRY_COMPARE(list->model()->rowCount(), 1); // after the typing pause
    QVERIFY(count->text().startsWith(u"1 "_s));
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(m_view->card()->customer(), m_ids.at(2));
    QCOMPARE(namedChild<QLabel>(m_view->card(), u"card.name"_s)->text(), u"Boris Kim"_s);
    m_view->search(u"berg"_s);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestCustomersView::mergeAsksAndMovesTheDuplicate()
{
    FakePrompts prompts;
    TicketStore tickets(*m_db, *m_clock);
    const TicketId ticket = tickets.create({u"Login fails"_s, m_ids.at(1), Channel::Email, u"hi"_s}).value();
    auto *list = namedChild<QListView>(m_view.get(), u"customers.list"_s);
    auto *merge = namedChild<QPushButton>(m_view.get(), u"customers.merge"_s);
    QVERIFY(list && merge);
    m_view->showCustomer(m_ids.at(0)); // the card on screen stays
    QVERIFY(!merge->isEnabled());
    auto *model = m_view->model();
    list->selectionModel()->select(model->indexOf(m_ids.at(1)), QItemSelectionModel::Select);
    QCOMPARE(m_view->card()->customer(), m_ids.at(0));
    QVERIFY(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);

    QCOMPARE(prompts.shown.size(), 1);
    QVERIFY(prompts.shown.first().contains(u"Merge Anna B. into Anna Berg?"_s));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QVERIFY(!model->indexOf(m_ids.at(1)).isValid());
    QCOMPARE(m_view->card()->customer(), m_ids.at(0));
    QCOMPARE(tickets.ticket(ticket)->customer, m_ids.at(0));
    QVERIFY(namedChild<QLabel>(m_view->card(), u"card.emails"_s)->text().contains(u"a.berg@mail.example"_s));
    // The merge is on the card: the note that records it comes first among the notes.
    const auto notes = namedChild<QListView>(m_view->card(), u"card.notes"_s)->model();
    QVERIFY(notes->index(0, 0).data().toString().contains(u"Anna B."_s));
}

void TestCustomersView::declinedMergeChangesNothing()
{
    FakePrompts prompts;
    prompts.confirmAnswer = false;
    auto *list = namedChild<QListView>(m_view.get(), u"customers.list"_s);
    m_view->showCustomer(m_ids.at(0));
    list->selectionModel()->select(m_view->model()->indexOf(m_ids.at(2)), QItemSelectionModel::Select);
    m_view->mergeSelected();
    QCOMPARE(prompts.shown.size(), 1);
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(!CustomerStore(*m_db).customer(m_ids.at(2))->mergedInto.isValid());
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
