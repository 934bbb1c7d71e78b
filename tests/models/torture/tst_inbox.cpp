// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the inbox through thousands of random writes on both engines, in several views
// and sorts and in a search, its order compared with SQL along the way.

#include "models/tickets/triage/tickettags.h"
#include "tests/models/tickets/inbox/inboxmodelfixture.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Casebook::Test;
using namespace Qt::StringLiterals;

class TestInboxTorture final : public InboxModelTest
{
    Q_OBJECT

private Q_SLOTS:
    void inbox_data();
    void inbox();
};

void TestInboxTorture::inbox_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("orderSql"); ///< the same order, spelled independently

    const QString open = u"-status:solved -status:closed"_s;
    QTest::newRow("open by activity") << open << int(InboxModel::LastActivityColumn) << Qt::DescendingOrder
                                      << u"t.updated_at DESC, t.id DESC"_s;
    QTest::newRow("open by status") << open << int(InboxModel::StatusColumn) << Qt::AscendingOrder
                                    << u"CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 "
                                       "WHEN 'on_hold' THEN 3 ELSE 4 END, t.id"_s;
    // Tag edits move rows here: the count the triggers keep is checked against the rows.
    QTest::newRow("open by tag count") << open << int(InboxModel::TagsColumn) << Qt::DescendingOrder
                                       << u"(SELECT count(*) FROM ticket_tags tt WHERE tt.ticket_id = t.id) DESC, "
                                          "t.id DESC"_s;
    QTest::newRow("search lamp by received")
        << u"lamp "_s + open << int(InboxModel::ReceivedColumn) << Qt::AscendingOrder << u"t.created_at, t.id"_s;
}

void TestInboxTorture::inbox()
{
    QVERIFY(m_db);
    QFETCH(QString, view);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, orderSql);
    bulkTickets(*m_db, 200, inboxStart);
    TicketStore store(*m_db, *m_clock);
    TicketTags tags(*m_db, *m_clock);

    InboxModel model(*m_db, *m_clock);
    SearchQuery::ParseError error;
    QVERIFY(model.setQuery(SearchQuery::parse(view, QDate(2026, 11, 23), &error), {}).ok());
    model.sort(column, order);
    QTRY_VERIFY(model.isCountKnown());

    ModelTorture torture(u"inbox "_s + QString::fromUtf8(QTest::currentDataTag()), &model);
    int serial = 0;
    auto edit = [&](auto write) {
        return [&, write](QRandomGenerator &random, QString *why) {
            m_clock->advanceMs(1000);
            const PickedTicket ticket = pickTicket(*m_db, random, 200);
            if (!ticket.id.isValid())
                return (*why = u"no ticket picked"_s, false);
            if (ticket.closed)
                return true;
            const Status done = write(random, ticket);
            return done.ok() || ModelTorture::failed(done.error(), why);
        };
    };
    torture.addOperation(u"new ticket"_s, 1, [&](QRandomGenerator &random, QString *why) {
        m_clock->advanceMs(1000);
        const bool lamp = random.bounded(3) == 0;
        const auto id =
            store.create({(lamp ? u"Lamp %1"_s : u"New %1"_s).arg(++serial), {}, Channel::Chat, u"hello"_s});
        return id.ok() || (*why = id.error().message, false);
    });
    torture.addOperation(u"customer message"_s, 3, edit([&](QRandomGenerator &random, const PickedTicket &t) -> Status {
                             const auto id = store.addMessage(t.id, MessageKind::Customer, {},
                                                              random.bounded(3) ? u"ping"_s : u"the lamp"_s);
                             return id ? Status(Done{}) : Status(id.error());
                         }));
    torture.addOperation(u"solve"_s, 2, edit([&](QRandomGenerator &, const PickedTicket &t) -> Status {
                             const auto v = store.solve(t.id, Resolution::CustomerConfirmed, t.version, {});
                             return v ? Status(Done{}) : Status(v.error());
                         }));
    torture.addOperation(u"reopen"_s, 2, edit([&](QRandomGenerator &, const PickedTicket &t) -> Status {
                             const auto v = store.setStatus(t.id, TicketStatus::Open, t.version, {});
                             return v ? Status(Done{}) : Status(v.error());
                         }));
    torture.addOperation(u"pending"_s, 1, edit([&](QRandomGenerator &, const PickedTicket &t) -> Status {
                             const auto v = store.setStatus(t.id, TicketStatus::Pending, t.version, {});
                             return v ? Status(Done{}) : Status(v.error());
                         }));
    torture.addOperation(u"note"_s, 1, edit([&](QRandomGenerator &, const PickedTicket &t) -> Status {
                             const auto id = store.addMessage(t.id, MessageKind::Note, {}, u"note"_s);
                             return id ? Status(Done{}) : Status(id.error());
                         }));
    torture.addOperation(u"tag"_s, 2, edit([&](QRandomGenerator &random, const PickedTicket &t) {
                             return tags.add(t.id, u"tag%1"_s.arg(random.bounded(4)), {});
                         }));
    torture.addOperation(u"untag"_s, 1, edit([&](QRandomGenerator &random, const PickedTicket &t) {
                             return tags.remove(t.id, u"tag%1"_s.arg(random.bounded(4)), {});
                         }));

    // The words as the search finds them: subject and customer messages (notes say "note").
    const QString words = view.startsWith(u"lamp"_s)
        ? u" AND (lower(t.subject) LIKE '%lamp%' OR EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id "
          "AND m.body LIKE '%lamp%'))"_s
        : QString();
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(*m_db,
                                         u"SELECT t.id FROM tickets t WHERE t.status NOT IN ('solved', 'closed')"_s
                                             + words + u" ORDER BY "_s + orderSql);
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}}); });
    // Changes outside the loaded pages settle when the worker's count arrives.
    torture.setSettleTimeoutMs(5000);
    QVERIFY(torture.run(ModelTorture::operationsFor(1000, 300)));
}

QTEST_GUILESS_MAIN(TestInboxTorture)
#include "tst_inbox.moc"
