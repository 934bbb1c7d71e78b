// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/itemroles.h"
#include "models/customers/customerhistorymodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCustomerHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R35_showsTicketsNewestFirstAndFollowsThem_data() { Test::addEngineColumn(); }
    void R35_showsTicketsNewestFirstAndFollowsThem();
};

void TestCustomerHistoryModel::R35_showsTicketsNewestFirstAndFollowsThem()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(1'795'000'000'000);
    CustomerStore customers(*db, clock);
    TicketStore tickets(*db, clock);
    Customer c;
    c.displayName = u"Acme"_s;
    const CustomerId acme = customers.create(c).value();
    c.displayName = u"Other"_s;
    const CustomerId other = customers.create(c).value();
    QList<TicketId> ids;
    for (int i = 0; i < 4; ++i) {
        clock.advanceMs(60'000);
        ids.append(tickets.create({u"Ticket %1"_s.arg(i), acme, Channel::Email, u"hi"_s}).value());
    }

    CustomerHistoryModel model(*db);
    // The card's model routes the feed to refresh(); here the test stands in for it.
    connect(db->changeFeed(), &ChangeFeed::changed, &model, [&model] { (void)model.refresh(); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setCustomer(acme).ok());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.itemAt(model.index(0)).id, ids.last().value());
    QVERIFY(model.data(model.index(0)).toString().contains(u"Ticket 3"_s));
    QVERIFY(model.data(model.index(0), DetailRole).toString().startsWith(u"New"_s));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A status change elsewhere shows in place; another customer's ticket does not show.
    QVERIFY(tickets.setStatus(ids.first(), TicketStatus::Pending, tickets.ticket(ids.first())->version, {}).ok());
    QVERIFY(changed.count() >= 1);
    QVERIFY(model.data(model.indexOf(CustomerHistoryItem::Kind::Ticket, ids.first().value()), DetailRole)
                .toString()
                .startsWith(u"Pending"_s));
    clock.advanceMs(60'000);
    QVERIFY(tickets.create({u"Not theirs"_s, other, Channel::Email, u"hi"_s}).ok());
    clock.advanceMs(60'000);
    const TicketId fresh = tickets.create({u"Newest"_s, acme, Channel::Chat, u"hi"_s}).value();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.itemAt(model.index(0)).id, fresh.value());
    QCOMPARE(resets.count(), 0);
    QVERIFY(model.setCustomer({}).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerHistoryModel)
#include "tst_customerhistorymodel.moc"
