// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: a ticket's thread through thousands of random writes on both engines: messages,
// notes and events in one time order, compared with SQL along the way.

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/triage/tickettags.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestThreadTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'000'000'000); }
    void cleanup() { closeDatabase(); }

    void thread();
};

void TestThreadTorture::thread()
{
    QVERIFY(m_db);
    const AgentId anna = addAgent(u"anna"_s, u"Anna Berg"_s);
    const AgentId boris = addAgent(u"boris"_s, u"Boris Ng"_s);
    TicketStore store(*m_db, *m_clock);
    TicketTags tags(*m_db, *m_clock);
    // Rows of tickets not shown must never arrive.
    QList<TicketId> tickets{store.create({u"Shown"_s, {}, Channel::Email, u"hello"_s}).value(),
                            store.create({u"Other"_s, {}, Channel::Email, u"hello"_s}).value()};
    ThreadModel model(*m_db);
    model.setPageSize(15); // several pages to fetch once the thread grows
    QVERIFY(model.setTicket(tickets.first()).ok());
    // As OpenTicket hands its thread the changes of the feed.
    connect(m_db->changeFeed(), &ChangeFeed::changed, &model, &ThreadModel::applyChanges);

    ModelTorture torture(u"thread"_s, &model);
    auto pickTicket = [&](QRandomGenerator &random) {
        // Mostly the shown ticket; a moment may pass or not, so rows share a time too.
        if (random.bounded(3))
            m_clock->advanceMs(random.bounded(2000));
        return random.bounded(4) ? model.ticket() : tickets.at(random.bounded(int(tickets.size())));
    };
    auto version = [&](TicketId id) { return store.ticket(id).value().version; };
    auto ok = [](const auto &result, QString *why) { return result.ok() || ModelTorture::failed(result.error(), why); };
    torture.addOperation(u"customer message"_s, 5, [&](QRandomGenerator &random, QString *why) {
        return ok(store.addMessage(pickTicket(random), MessageKind::Customer, {}, u"It still fails."_s), why);
    });
    torture.addOperation(u"reply"_s, 4, [&](QRandomGenerator &random, QString *why) {
        return ok(store.addMessage(pickTicket(random), MessageKind::Agent, anna, u"Try again."_s), why);
    });
    torture.addOperation(u"note"_s, 3, [&](QRandomGenerator &random, QString *why) {
        return ok(store.addMessage(pickTicket(random), MessageKind::Note, boris, u"Asked the team."_s), why);
    });
    torture.addOperation(u"status"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const TicketId id = pickTicket(random);
        constexpr TicketStatus statuses[] = {TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
        return ok(store.setStatus(id, statuses[random.bounded(3)], version(id), anna), why);
    });
    torture.addOperation(u"assign"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const TicketId id = pickTicket(random);
        return ok(store.assign(id, random.bounded(2) ? anna : boris, version(id), anna), why);
    });
    torture.addOperation(u"tag"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const TicketId id = pickTicket(random);
        const QString tag = u"tag%1"_s.arg(random.bounded(3));
        return ok(random.bounded(2) ? tags.add(id, tag, anna) : tags.remove(id, tag, anna), why);
    });
    // The agent opens another ticket: the one reset this model makes. New tickets keep
    // threads at the length people read (a few pages), not thousands of rows.
    torture.addOperation(u"switch ticket"_s, 2, [&](QRandomGenerator &random, QString *why) {
        return ok(model.setTicket(tickets.at(random.bounded(int(tickets.size())))), why);
    });
    torture.addOperation(u"new ticket"_s, 1, [&](QRandomGenerator &, QString *why) {
        const auto id = store.create({u"More"_s, {}, Channel::Chat, u"hi"_s});
        if (id)
            tickets.append(*id);
        return ok(id, why);
    });

    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(
                *m_db,
                u"SELECT src, id FROM (SELECT 0 AS src, m.id, m.created_at FROM messages m WHERE m.ticket_id = ? "
                "UNION ALL SELECT 1, e.id, e.created_at FROM ticket_events e WHERE e.ticket_id = ? "
                "AND NOT (e.kind = 'status' AND e.old_value IS NULL)) rows ORDER BY created_at, src, id"_s,
                {model.ticket().value(), model.ticket().value()});
        },
        [&] {
            // As the thread scrolls up to the first message.
            while (model.canFetchMore({}))
                model.fetchMore({});
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const qint64 event = model.index(row).data(EventIdRole).toLongLong();
                rows.append({event != 0 ? 1 : 0, event != 0 ? event : model.index(row).data(IdRole).toLongLong()});
            }
            return rows;
        });
    torture.setCheckEvery(25);
    QVERIFY(torture.run(ModelTorture::operationsFor(10000, 2000)));
}

QTEST_GUILESS_MAIN(TestThreadTorture)
#include "tst_thread.moc"
