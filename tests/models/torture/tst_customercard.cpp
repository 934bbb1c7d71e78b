// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the customer card's lists (notes, history, accesses) through thousands of random
// writes at this desktop and at another one, whose changes reach the card only through the
// ChangeFeed as from another machine; each list compared with its own SQL along the way.

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerhistorymodel.h"
#include "models/customers/customernotesmodel.h"
#include "models/customers/customerstore.h"
#include "models/proposals/proposalstore.h"
#include "models/storage/changefeed.h"
#include "models/tickets/ticketstore.h"
#include "models/vault/customeraccessesmodel.h"
#include "models/vault/secret.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/support/enginetest.h"
#include "tests/support/fakekeychain.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

namespace {

const QString passphrase = u"our team passphrase, long enough"_s;

/// One agent's desktop: a database of its own (connections and ChangeFeed), a session, a vault.
struct Desk
{
    Database *db = nullptr;
    std::unique_ptr<Database> own;
    std::unique_ptr<Session> session;
    Test::FakeKeychain keychain;
    std::unique_ptr<VaultSession> vault;

    void open(Database &database, const Clock &clock, AgentId agent)
    {
        db = &database;
        session = std::make_unique<Session>(database, clock, nullptr);
        session->setAgent(agent);
        vault = std::make_unique<VaultSession>(database, clock, keychain.borrow(), KdfParams::minimum());
        vault->start();
    }
};

} // namespace

class TestCustomerCardTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void notes();
    void history();
    void accesses();

private:
    /// A new customer to show, for when the one shown has a long list already.
    CustomerId newCustomer();
    /// Brings this desktop up to date with the other one's writes, as the feed would.
    void settle() { (void)m_db->changeFeed()->catchUp(); }

    Desk m_mine; ///< Mira's, on m_db: the card under test is here
    Desk m_theirs; ///< Lena's, on the same database
    QList<CustomerId> m_customers;
    int m_serial = 0;
};

void TestCustomerCardTorture::init()
{
    if (!openDatabase(1'795'000'000'000))
        return;
    const AgentId mira = addAgent(u"mira"_s, u"Mira Kovač"_s);
    const AgentId lena = addAgent(u"lena.fischer"_s, u"Lena Fischer"_s, AgentRole::Lead);
    m_mine.open(*m_db, *m_clock, mira);
    m_theirs.own = m_testDb->open();
    QVERIFY(m_theirs.own);
    m_theirs.open(*m_theirs.own, *m_clock, lena);
    QVERIFY(m_mine.vault->setUp(passphrase).ok());
    QVERIFY(m_theirs.vault->unlock(passphrase).ok());
    m_customers.clear();
    for (int i = 0; i < 3; ++i)
        m_customers.append(newCustomer());
}

void TestCustomerCardTorture::cleanup()
{
    for (Desk *desk : {&m_mine, &m_theirs}) {
        desk->vault.reset();
        desk->session.reset();
        desk->own.reset();
    }
    closeDatabase();
}

CustomerId TestCustomerCardTorture::newCustomer()
{
    Customer customer;
    customer.displayName = u"Customer %1"_s.arg(++m_serial);
    customer.emails = {u"customer%1@example.org"_s.arg(m_serial)};
    const auto id = CustomerStore(*m_db, *m_clock).create(customer);
    if (!id)
        qFatal("customer: %s", qPrintable(id.error().message));
    return *id;
}

// Notes: added, corrected and pinned at both desks, for the customer shown and for others,
// corrected ones shown and hidden again.
void TestCustomerCardTorture::notes()
{
    QVERIFY(m_db);
    CustomerCardModel card(*m_mine.session);
    QVERIFY(card.setCustomer(m_customers.constFirst()).ok());
    CustomerNotesModel &model = *card.notes();
    CustomerStore theirStore(*m_theirs.db, *m_clock);
    const AgentId lena = m_theirs.session->agentId();
    // The customer shown most of the time, another one now and then: the card ignores those.
    auto target = [&](QRandomGenerator &random) {
        return random.bounded(4) != 0 ? card.customer() : ModelTorture::pick(random, m_customers);
    };
    auto theirLiveNote = [&](QRandomGenerator &random, CustomerId customer) -> std::optional<CustomerNote> {
        const auto notes = theirStore.notes(customer);
        if (!notes)
            return std::nullopt;
        QList<CustomerNote> live;
        for (const CustomerNote &note : notes.value()) {
            if (!note.supersededBy.isValid())
                live.append(note);
        }
        return live.isEmpty() ? std::nullopt : std::optional(ModelTorture::pick(random, live));
    };

    ModelTorture torture(u"customer notes"_s, &model);
    torture.setSettle([this] { settle(); });
    torture.addOperation(u"note here"_s, 4, [&](QRandomGenerator &random, QString *why) {
        m_clock->advanceMs(qint64(random.bounded(2)) * 1000); // notes of one moment go on by id
        const auto added = card.addNote(u"Note %1"_s.arg(random.bounded(1000)));
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"note there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        m_clock->advanceMs(qint64(random.bounded(2)) * 1000);
        const auto added = theirStore.addNote(target(random), lena, u"Their note %1"_s.arg(random.bounded(1000)));
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"correct here"_s, 2, [&](QRandomGenerator &random, QString *why) {
        QList<NoteId> live;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.index(row).data(SupersededRole).toBool())
                live.append(model.noteAt(model.index(row)).id);
        }
        if (live.isEmpty())
            return true;
        const auto added = card.addNote(u"Corrected %1"_s.arg(random.bounded(1000)), ModelTorture::pick(random, live));
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"correct there"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const CustomerId customer = target(random);
        const auto note = theirLiveNote(random, customer);
        if (!note)
            return true;
        const auto added = theirStore.addNote(customer, lena, u"Their correction"_s, note->id);
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"pin here"_s, 3, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const CustomerNote note = model.noteAt(model.index(random.bounded(model.rowCount())));
        const Status done = card.setPinned(note.id, !note.pinned);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"pin there"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const auto note = theirLiveNote(random, target(random));
        if (!note)
            return true;
        const auto done = theirStore.setPinned(note->id, !note->pinned, note->version);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"show corrected"_s, 1, [&](QRandomGenerator &, QString *) {
        model.setShowSuperseded(!model.showsSuperseded());
        return true;
    });
    torture.addOperation(u"show another"_s, 1, [&](QRandomGenerator &random, QString *why) {
        // A long list is left behind for a new customer: each read stays a few hundred rows.
        if (model.rowCount() > 100)
            m_customers.append(newCustomer());
        const Status shown = card.setCustomer(ModelTorture::pick(random, m_customers));
        return shown.ok() || ModelTorture::failed(shown.error(), why);
    });
    torture.setComparison(
        [&] {
            const QString hidden = model.showsSuperseded()
                ? QString()
                : u" AND NOT EXISTS (SELECT 1 FROM customer_notes s WHERE s.supersedes_id = n.id)"_s;
            return ModelTorture::sqlRows(
                *m_db,
                u"SELECT n.id, n.body, CASE WHEN n.pinned THEN 'true' ELSE 'false' END FROM customer_notes n "
                "WHERE n.customer_id = ?"_s
                    + hidden + u" ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC"_s,
                {card.customer().value()});
        },
        [&] { return ModelTorture::modelRows(model, {{0, IdRole}, {0, Qt::DisplayRole}, {0, PinnedRole}}); });
    QVERIFY(torture.run(ModelTorture::operationsFor(1500, 400)));
}

// History: tickets, bug reports and proposal requests of the customer shown and of others,
// made and moved at both desks; the card keeps the newest of each kind.
void TestCustomerCardTorture::history()
{
    QVERIFY(m_db);
    const Test::BugTeam team = Test::makeBugTeam(*m_db, *m_clock);
    CustomerCardModel card(*m_mine.session);
    QVERIFY(card.setCustomer(m_customers.constFirst()).ok());
    CustomerHistoryModel &model = *card.history();
    const AgentId mira = m_mine.session->agentId();
    TicketStore myTickets(*m_db, *m_clock);
    TicketStore theirTickets(*m_theirs.db, *m_clock);
    BugReportStore theirReports(*m_theirs.db, *m_clock);
    ProposalStore proposals(*m_db, *m_clock);
    ProposalStore theirProposals(*m_theirs.db, *m_clock);
    QList<TicketId> tickets;
    QList<BugReportId> reports;
    QList<ProposalId> ideas;
    for (int i = 0; i < 5; ++i)
        ideas.append(proposals.create(u"Idea %1"_s.arg(i), {}, mira).value());
    auto target = [&](QRandomGenerator &random) {
        return random.bounded(3) != 0 ? card.customer() : ModelTorture::pick(random, m_customers);
    };
    auto newTicket = [&](TicketStore &store, QRandomGenerator &random, QString *why) {
        m_clock->advanceMs(qint64(random.bounded(3)) * 500); // a ticket and a request may share a moment
        const auto id = store.create({u"Ticket %1"_s.arg(++m_serial), target(random), Channel::Email, u"hi"_s});
        if (!id)
            return ModelTorture::failed(id.error(), why);
        tickets.append(*id);
        return true;
    };

    ModelTorture torture(u"customer history"_s, &model);
    torture.setSettle([this] { settle(); });
    torture.addOperation(u"ticket here"_s, 3,
                         [&](QRandomGenerator &random, QString *why) { return newTicket(myTickets, random, why); });
    torture.addOperation(u"ticket there"_s, 3,
                         [&](QRandomGenerator &random, QString *why) { return newTicket(theirTickets, random, why); });
    torture.addOperation(u"status there"_s, 4, [&](QRandomGenerator &random, QString *why) {
        if (tickets.isEmpty())
            return true;
        const auto ticket = theirTickets.ticket(ModelTorture::pick(random, tickets));
        if (!ticket)
            return ModelTorture::failed(ticket.error(), why);
        constexpr TicketStatus statuses[] = {TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
        const TicketStatus status = statuses[random.bounded(3)];
        if (status == ticket->status)
            return true;
        const auto done = theirTickets.setStatus(ticket->id, status, ticket->version, team.lead);
        return done.ok() || ModelTorture::refused(done.error(), why);
    });
    torture.addOperation(u"bug report there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        auto report = Test::newTrackerBug(team, u"Bug %1"_s.arg(++m_serial));
        report.ticket = {};
        report.customer = target(random);
        const auto id = theirReports.submit(report);
        if (!id)
            return ModelTorture::failed(id.error(), why);
        reports.append(*id);
        return true;
    });
    torture.addOperation(u"bug verdict there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (reports.isEmpty())
            return true;
        const BugReportId id = ModelTorture::pick(random, reports);
        QaVerdict verdict;
        verdict.accepted = true;
        verdict.reproducedOnVersion = u"4.13.0"_s;
        verdict.taskUrl = u"https://tasks.example.org/CB-%1"_s.arg(id.value());
        const auto done = theirReports.setVerdict(id, verdict, theirReports.report(id)->version, team.lead);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"request"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (tickets.isEmpty())
            return true;
        m_clock->advanceMs(qint64(random.bounded(3)) * 500);
        ProposalStore &store = random.bounded(2) ? proposals : theirProposals;
        const auto added = store.addRequest(ModelTorture::pick(random, ideas),
                                            {ModelTorture::pick(random, tickets), {}, {}, false, mira});
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"show another"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const Status shown = card.setCustomer(ModelTorture::pick(random, m_customers));
        return shown.ok() || ModelTorture::failed(shown.error(), why);
    });
    // Ten bug reports and proposals at most, fifty tickets, newest first; at one moment a
    // ticket before a bug report before a proposal, each kind newest id first.
    torture.setComparison(
        [&] {
            const qint64 customer = card.customer().value();
            return ModelTorture::sqlRows(
                *m_db,
                u"SELECT kind, id, title, status FROM ("
                "SELECT * FROM (SELECT 0 AS kind, id, subject AS title, status, created_at AS happened FROM tickets "
                "  WHERE customer_id = ? AND merged_into_id IS NULL ORDER BY created_at DESC, id DESC LIMIT 50) t "
                "UNION ALL SELECT * FROM (SELECT 1 AS kind, id, title, coalesce(stage, status) AS status, "
                "  created_at AS happened FROM bug_reports WHERE customer_id = ? AND status <> 'draft' "
                "  ORDER BY created_at DESC, id DESC LIMIT 10) b "
                "UNION ALL SELECT * FROM (SELECT 2 AS kind, p.id, p.title, p.status, max(r.created_at) AS happened "
                "  FROM proposals p JOIN proposal_requests r ON r.proposal_id = p.id WHERE r.customer_id = ? "
                "  GROUP BY p.id, p.title, p.status ORDER BY max(r.created_at) DESC, p.id DESC LIMIT 10) p"
                ") h ORDER BY happened DESC, kind, id DESC"_s,
                {customer, customer, customer});
        },
        [&] {
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const CustomerHistoryItem item = model.itemAt(model.index(row));
                rows.append({int(item.kind), item.id, item.title, item.status});
            }
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(1500, 350)));
}

// Accesses in the vault: added, edited, checked and removed at both desks; the checker's
// name changes with the agent's.
void TestCustomerCardTorture::accesses()
{
    QVERIFY(m_db);
    CustomerCardModel card(*m_mine.session, m_mine.vault.get());
    QVERIFY(card.accesses());
    QVERIFY(card.setCustomer(m_customers.constFirst()).ok());
    CustomerAccessesModel &model = *card.accesses();
    VaultStore &theirVault = m_theirs.vault->store();
    const AgentId lena = m_theirs.session->agentId();
    AgentStore theirAgents(*m_theirs.db, *m_clock);
    const QStringList labels{u"Tracker admin"_s, u"Shop"_s, u"ssh"_s, u"DNS"_s, u"Почта"_s, u"backup"_s};
    auto randomEntry = [&](QRandomGenerator &random) {
        VaultEntry entry;
        entry.kind = VaultEntryKind(random.bounded(int(VaultEntryKind::Other) + 1));
        entry.label = ModelTorture::pick(random, labels);
        entry.url = random.bounded(2) ? u"https://%1.example.org"_s.arg(random.bounded(50)) : QString();
        entry.userName = u"admin"_s;
        return entry;
    };
    auto theirEntry = [&](QRandomGenerator &random) -> std::optional<VaultEntry> {
        const auto entries =
            theirVault.entries(random.bounded(3) ? card.customer() : ModelTorture::pick(random, m_customers));
        if (!entries || entries->isEmpty())
            return std::nullopt;
        return ModelTorture::pick(random, entries.value());
    };
    auto shownEntry = [&](QRandomGenerator &random) {
        return model.entryAt(model.index(random.bounded(model.rowCount())));
    };

    ModelTorture torture(u"customer accesses"_s, &model);
    torture.setSettle([this] { settle(); });
    torture.addOperation(u"add here"_s, 3, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() > 30)
            return true;
        const auto added = model.add(randomEntry(random), Secret::fromText(u"secret"_s));
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"add there"_s, 3, [&](QRandomGenerator &random, QString *why) {
        VaultEntry entry = randomEntry(random);
        entry.customer = random.bounded(3) ? card.customer() : ModelTorture::pick(random, m_customers);
        if (const auto entries = theirVault.entries(entry.customer); entries && entries->size() > 30)
            return true;
        const auto added = theirVault.add(entry, Secret::fromText(u"their secret"_s));
        return added.ok() || ModelTorture::failed(added.error(), why);
    });
    torture.addOperation(u"edit here"_s, 3, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const VaultEntry shown = shownEntry(random);
        VaultEntry changed = shown;
        const VaultEntry other = randomEntry(random);
        changed.label = other.label;
        changed.kind = random.bounded(2) ? other.kind : shown.kind;
        const Status done = model.update(shown, changed);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"edit there"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const auto entry = theirEntry(random);
        if (!entry)
            return true;
        VaultEntry changed = *entry;
        changed.label = randomEntry(random).label;
        changed.url = randomEntry(random).url;
        const auto done = theirVault.update(changed, entry->version);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"check here"_s, 2, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const Status done = model.markChecked(shownEntry(random));
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"check there"_s, 2, [&](QRandomGenerator &random, QString *why) {
        const auto entry = theirEntry(random);
        if (!entry)
            return true;
        const auto done = theirVault.markChecked(entry->id, lena, entry->version);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"remove here"_s, 1, [&](QRandomGenerator &random, QString *why) {
        if (model.rowCount() == 0)
            return true;
        const Status done = model.remove(shownEntry(random));
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"remove there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const auto entry = theirEntry(random);
        if (!entry)
            return true;
        const Status done = theirVault.remove(entry->id, entry->version);
        return done.ok() || ModelTorture::failed(done.error(), why);
    });
    torture.addOperation(u"checker renamed there"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const QString name = u"Agent %1"_s.arg(random.bounded(100));
        return ModelTorture::changeAgent(
            theirAgents, random.bounded(2) ? lena : m_mine.session->agentId(),
            [&name](Agent &agent) { agent.displayName = name; }, why);
    });
    torture.addOperation(u"show another"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const Status shown = card.setCustomer(ModelTorture::pick(random, m_customers));
        return shown.ok() || ModelTorture::failed(shown.error(), why);
    });
    torture.setComparison(
        [&] {
            return ModelTorture::sqlRows(*m_db,
                                         u"SELECT e.id, e.label, coalesce(a.display_name, '') FROM vault_entries e "
                                         "LEFT JOIN agents a ON a.id = e.checked_by WHERE e.customer_id = ? "
                                         "ORDER BY e.kind, e.label, e.id"_s,
                                         {card.customer().value()});
        },
        [&] {
            ModelTorture::Rows rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const VaultEntry entry = model.entryAt(model.index(row));
                rows.append({entry.id.value(), model.index(row).data(), entry.checkedByName});
            }
            return rows;
        });
    QVERIFY(torture.run(ModelTorture::operationsFor(2000, 500)));
}

QTEST_GUILESS_MAIN(TestCustomerCardTorture)
#include "tst_customercard.moc"
