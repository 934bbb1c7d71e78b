// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: who holds what, through thousands of random operations on both engines: a
// ticket's side tasks and the team's open load per agent, written at this desktop and at
// another one (heard through the ChangeFeed), compared with SQL along the way.

#include "models/agents/agentstore.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/tickets/assignment/agentloadmodel.h"
#include "models/tickets/assignment/longheld.h"
#include "models/tickets/assignment/ticketmerge.h"
#include "models/tickets/assignment/tickettasksmodel.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QHash>
#include <QTest>

#include <functional>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestAssignmentTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'435'200'000); } // Monday 23 November 2026, 09:00 in Berlin
    void cleanup() { closeDatabase(); }

    void tasks();
    void load();

private:
    /// A new ticket on `database`, its id added to `into`.
    bool newTicket(Database &database, QList<TicketId> &into, QString *why);
    int m_serial = 0;
};

bool TestAssignmentTorture::newTicket(Database &database, QList<TicketId> &into, QString *why)
{
    const auto id =
        TicketStore(database, *m_clock).create({u"Ticket %1"_s.arg(++m_serial), {}, Channel::Email, u"hello"_s});
    if (!id)
        return ModelTorture::failed(id.error(), why);
    into.append(*id);
    return true;
}

// R37: the side tasks of the ticket open, added and ticked here and at another desk; another
// ticket merged into it brings its tasks along.
void TestAssignmentTorture::tasks()
{
    QVERIFY(m_db);
    const AgentId me = addAgent(u"mira"_s, u"Mira Kovač"_s);
    const AgentId lena = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    TicketTasks here(*m_db, *m_clock);
    TicketTasks there(*theirs, *m_clock);
    TicketStore theirTickets(*theirs, *m_clock);
    TicketMerge merge(*theirs, *m_clock);
    QList<TicketId> tickets;
    QString why;
    for (int i = 0; i < 4; ++i)
        QVERIFY2(newTicket(*m_db, tickets, &why), qPrintable(why));

    TicketTasksModel model(*m_db, *m_clock);
    // As the open ticket does: it hands the feed's changes to its parts.
    connect(m_db->changeFeed(), &ChangeFeed::changed, &model, &TicketTasksModel::applyChanges);
    QVERIFY(model.setTicket(tickets.constFirst(), me).ok());
    // A full-length run stays linear: a ticket with a long list is left alone (no more tasks,
    // not merged, not opened again), so no read or merge grows with the run.
    constexpr int longList = 60;
    QHash<qint64, int> taskCount;
    auto target = [&](QRandomGenerator &random) {
        const TicketId other = ModelTorture::pick(random, tickets);
        return random.bounded(3) != 0 || taskCount.value(other.value()) > longList ? model.ticket() : other;
    };
    const QStringList titles{u"Update the docs"_s, u"Test on Firefox"_s, u"File the bug"_s, u"Ask QA"_s};
    auto add = [&](TicketTasks &tasks, QRandomGenerator &random, AgentId by, QString *why) {
        m_clock->advanceMs(qint64(random.bounded(2)) * 1000); // tasks of one moment go on by id
        const TicketId ticket = target(random);
        const auto id = tasks.add(ticket, ModelTorture::pick(random, titles),
                                  TicketTaskKind(random.bounded(int(TicketTaskKind::Other) + 1)),
                                  random.bounded(2) ? u"https://tasks.example.org/%1"_s.arg(m_serial) : QString(), by);
        if (!id)
            return ModelTorture::failed(id.error(), why);
        ++taskCount[ticket.value()];
        return true;
    };

    ModelTorture torture(u"ticket tasks"_s, &model);
    torture.setSettle([&] { (void)m_db->changeFeed()->catchUp(); });
    torture.addOperation(u"add here"_s, 3,
                         [&](QRandomGenerator &random, QString *why) { return add(here, random, me, why); });
    torture.addOperation(u"add there"_s, 2,
                         [&](QRandomGenerator &random, QString *why) { return add(there, random, lena, why); });
    torture.addOperation(u"tick here"_s, 4, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const QModelIndex row = model.index(random.bounded(model.rowCount()));
        const bool done = row.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        if (!model.setData(row, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole))
            return (*why = model.lastError(), false);
        return true;
    });
    torture.addOperation(u"tick there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        const auto tasks = there.tasks(target(random));
        if (!tasks)
            return ModelTorture::failed(tasks.error(), why);
        if (tasks->isEmpty())
            return true;
        const TicketTask task = ModelTorture::pick(random, tasks.value());
        const auto done = there.setDone(task.id, !task.done, task.version, lena);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"merge into the one open"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (tickets.size() < 3)
            return true;
        const TicketId duplicate = ModelTorture::pick(random, tickets);
        if (duplicate == model.ticket() || taskCount.value(duplicate.value()) > 20 || model.rowCount() > longList)
            return true;
        const auto ticket = theirTickets.ticket(duplicate);
        if (!ticket)
            return ModelTorture::failed(ticket.error(), why);
        const Status done = merge.merge(duplicate, model.ticket(), ticket->version, lena);
        if (!done)
            return ModelTorture::failed(done.error(), why);
        tickets.removeOne(duplicate);
        taskCount[model.ticket().value()] += taskCount.take(duplicate.value());
        return true;
    });
    torture.addOperation(u"open another"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() > longList)
            tickets.removeOne(model.ticket());
        while (tickets.size() < 4) {
            if (!newTicket(*m_db, tickets, why))
                return false;
        }
        const Status opened = model.setTicket(ModelTorture::pick(random, tickets), me);
        return opened.ok() || ModelTorture::failed(opened.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(*m_db,
                                         u"SELECT id, title, CASE WHEN done THEN 'true' ELSE 'false' END "
                                         "FROM ticket_tasks WHERE ticket_id = ? ORDER BY created_at, id"_s,
                                         {model.ticket().value()});
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}, {0, Qt::DisplayRole}, {0, RawValueRole}}); });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

// R19, R24: each active agent's open tickets and those held past the limit, heaviest first,
// as tickets come, move between agents and close, people join, leave and are renamed, and
// working days pass.
void TestAssignmentTorture::load()
{
    QVERIFY(m_db);
    const AgentId lead = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
    const std::unique_ptr<Database> theirs = m_testDb->open();
    QVERIFY(theirs);
    AgentStore theirAgents(*theirs, *m_clock);
    QList<AgentId> agents{lead};
    for (const QString &name : {u"Anna"_s, u"anna"_s, u"Boris"_s, u"Zoë"_s})
        agents.append(addAgent(u"member%1"_s.arg(agents.size()), name));
    QList<TicketId> tickets;
    const std::unique_ptr<TicketStore> stores[] = {std::make_unique<TicketStore>(*m_db, *m_clock),
                                                   std::make_unique<TicketStore>(*theirs, *m_clock)};
    // A ticket as one of the two desks reads it now, changed through that desk's store.
    auto onATicket = [&](QRandomGenerator &random, QString *why,
                         const std::function<bool(TicketStore &, const Ticket &)> &change) {
        if (tickets.isEmpty())
            return true;
        TicketStore &in = *stores[random.bounded(2)];
        const auto current = in.ticket(ModelTorture::pick(random, tickets));
        if (!current)
            return ModelTorture::failed(current.error(), why);
        return change(in, current.value());
    };

    AgentLoadModel model(*m_db, *m_clock);
    ModelTorture torture(u"agent load"_s, &model);
    torture.setSettle([&] { (void)m_db->changeFeed()->catchUp(); });
    torture.addOperation(u"new ticket"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (tickets.size() > 150)
            return true;
        return newTicket(random.bounded(2) ? *m_db : *theirs, tickets, why);
    });
    torture.addOperation(u"assign"_s, 6, [&](QRandomGenerator &random, QString *why) {
        return onATicket(random, why, [&](TicketStore &in, const Ticket &current) {
            const AgentId to = random.bounded(6) == 0 ? AgentId() : ModelTorture::pick(random, agents);
            const auto done = in.assign(current.id, to, current.version, lead);
            // A closed ticket keeps its agent: the store says so.
            return done.ok() || ModelTorture::refused(done.error(), why);
        });
    });
    torture.addOperation(u"status"_s, 4, [&](QRandomGenerator &random, QString *why) {
        return onATicket(random, why, [&](TicketStore &in, const Ticket &current) {
            const int draw = random.bounded(10);
            if (draw == 0) {
                const auto done = in.solve(current.id, Resolution::CustomerConfirmed, current.version, lead);
                return done.ok() || ModelTorture::refused(done.error(), why);
            }
            constexpr TicketStatus statuses[] = {TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold,
                                                 TicketStatus::Closed};
            const TicketStatus status = statuses[draw == 1 ? 3 : random.bounded(3)];
            if (status == current.status)
                return true;
            const auto done = in.setStatus(current.id, status, current.version, lead);
            return done.ok() || ModelTorture::refused(done.error(), why);
        });
    });
    torture.addOperation(u"join"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (agents.size() > 12)
            return true;
        Agent agent;
        agent.login = u"agent%1"_s.arg(++m_serial);
        agent.displayName = random.bounded(2) ? u"Anna"_s : u"Agent %1"_s.arg(m_serial);
        const auto id = theirAgents.create(agent);
        if (!id)
            return ModelTorture::failed(id.error(), why);
        agents.append(*id);
        return true;
    });
    torture.addOperation(u"leave or come back"_s, 1, [&](QRandomGenerator &random, QString *why) {
        return ModelTorture::changeAgent(
            theirAgents, ModelTorture::pick(random, agents), [](Agent &agent) { agent.active = !agent.active; }, why);
    });
    torture.addOperation(u"rename"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const QString name = ModelTorture::pick(random, QStringList{u"Anna"_s, u"Boris"_s, u"Ümit"_s, u"zed"_s});
        return ModelTorture::changeAgent(
            theirAgents, ModelTorture::pick(random, agents), [&name](Agent &agent) { agent.displayName = name; }, why);
    });
    torture.addOperation(u"hours pass"_s, 2, [&](QRandomGenerator &random, QString *) {
        // Nothing is written as holds grow long: the model's own recheck shows it (below).
        m_clock->advanceMs(qint64(1 + random.bounded(30)) * 3'600'000);
        return true;
    });
    // The minute's recheck made short: a comparison waits for it while events run.
    model.setRecheckInterval(std::chrono::milliseconds(5));
    torture.setSettleTimeoutMs(2000);
    torture.setComparison(
        [&] {
            const qint64 threshold = LongHeld::threshold(m_clock->nowMs(), BusinessHours(), 3);
            return ModelTorture::sqlRows(
                *m_db,
                u"SELECT a.id, "
                "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id "
                "  AND t.status NOT IN ('solved', 'closed')) AS holding, "
                "(SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id "
                "  AND t.status NOT IN ('solved', 'closed') AND t.assigned_at < ?) "
                "FROM agents a WHERE a.active = ? ORDER BY holding DESC, a.display_name, a.id"_s,
                {threshold, true});
        },
        [&] {
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const AgentLoad load = model.loadAt(model.index(row));
                rows.append({load.agent.value(), load.open, load.longHeld});
            }
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

QTEST_GUILESS_MAIN(TestAssignmentTorture)
#include "tst_assignment.moc"
