// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/session.h"
#include "models/customers/customerstore.h"
#include "models/proposals/closetheloop.h"
#include "models/proposals/proposalcsv.h"
#include "models/proposals/proposalreviews.h"
#include "models/proposals/proposalstore.h"
#include "models/proposals/reviewsession.h"
#include "models/replies/cannedreplystore.h"
#include "models/team/teamsettings.h"
#include "models/tickets/ticketlink.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/enginetest.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 monday = 1'795'435'200'000; // Monday 23 November 2026, 12:00 UTC
constexpr qint64 day = 24LL * 3600 * 1000;
} // namespace

class TestProposalStore final : public QObject, private Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init();
    void cleanup();

    void R13_twoTicketsOfTwoCustomersMakeOneProposal();
    void R13_frequencyCustomersAndScore();
    void R13_theTicketIsTaggedAndCountsOnce();
    void duplicateSearchAsYouType();
    void mergeKeepsEveryRequest();
    void reviewRecordsDecisionsAndResumes();
    void R13_closeTheLoopDraftsOnePerTicketAndNoneForNotes();
    void spreadsheetImportMapsFrequencyAndLinks();
    void exportListsTheBoard();
    void aMoveAgainstAnOldVersionIsAConflict();

private:
    CustomerId customer(const QString &name, CustomerTier tier = CustomerTier::Standard, bool licence = false,
                        const QString &locale = u"en"_s);
    TicketId ticket(CustomerId customer, const QString &body);
    [[nodiscard]] NewProposalRequest request(TicketId ticket) const { return {ticket, {}, {}, false, m_agent}; }

    AgentId m_agent;
};

void TestProposalStore::init()
{
    if (!openDatabase(monday))
        return;
    m_agent = addAgent(u"lena"_s, u"Lena Fischer"_s, AgentRole::Lead);
}

void TestProposalStore::cleanup()
{
    closeDatabase();
}

CustomerId TestProposalStore::customer(const QString &name, CustomerTier tier, bool licence, const QString &locale)
{
    Customer c;
    c.displayName = name;
    c.tier = tier;
    c.locale = locale;
    if (licence) {
        c.licencePlan = u"Business"_s;
        c.licenceKey = u"CB-1"_s;
        c.licenceSeats = 5;
        c.licenceExpiresAt = monday + 100 * day;
    }
    return CustomerStore(*m_db, *m_clock).create(c).value();
}

TicketId TestProposalStore::ticket(CustomerId customer, const QString &body)
{
    return TicketStore(*m_db, *m_clock).create({u"Idea"_s, customer, Channel::Email, body}).value();
}

void TestProposalStore::R13_twoTicketsOfTwoCustomersMakeOneProposal()
{
    ProposalStore store(*m_db, *m_clock);
    const TicketId first = ticket(customer(u"Anna Petrova"_s), u"Please add a dark mode."_s);
    const TicketId second = ticket(customer(u"Bob Stone"_s), u"A dark theme would be great."_s);
    const auto created = store.create(u"Dark mode for the admin panel"_s, {}, m_agent);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message + created.error().detail));
    const ProposalId dark = *created;
    // The second agent searches before creating, finds it and +1s it.
    const auto found = store.search(u"dark mo"_s);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, dark);
    QVERIFY(store.addRequest(dark, request(first)).value());
    QVERIFY(store.addRequest(found->first().id, request(second)).value());
    const auto board = store.board().value();
    QCOMPARE(board.size(), 1);
    QCOMPARE(board.first().requests, 2);
    QCOMPARE(board.first().customers, 2);
}

void TestProposalStore::R13_frequencyCustomersAndScore()
{
    ProposalStore store(*m_db, *m_clock);
    const CustomerId plain = customer(u"Plain"_s);
    const CustomerId contract = customer(u"Contract"_s, CustomerTier::Standard, true);
    const CustomerId premium = customer(u"Premium"_s, CustomerTier::Premium);
    const ProposalId id = store.create(u"Webhooks for conversions"_s, u"Call our URL"_s, m_agent).value();
    for (const CustomerId c : {plain, plain, contract, premium}) {
        m_clock->advanceMs(day);
        QVERIFY(store.addRequest(id, request(ticket(c, u"webhooks please"_s))).value());
    }
    const ProposalSummary card = store.summary(id).value();
    QCOMPARE(card.requests, 4);
    QCOMPARE(card.customers, 3);
    QCOMPARE(card.premiumRequests, 1);
    QCOMPARE(card.contractRequests, 1);
    QCOMPARE(card.lastRequestedAt, m_clock->nowMs());
    QCOMPARE(card.score(ProposalWeights{}), 2 * 1.0 + 2.0 + 3.0);

    // A lead's weights are the team's.
    TeamSettingsStore settings(*m_db);
    QVERIFY(settings.setProposalWeights({1.0, 5.0, 10.0}).ok());
    QCOMPARE(settings.proposalWeights().value(), (ProposalWeights{1.0, 5.0, 10.0}));
    QCOMPARE(card.score(settings.proposalWeights().value()), 17.0);
    QVERIFY(!settings.setProposalWeights({-1.0, 1.0, 1.0}).ok());
}

void TestProposalStore::R13_theTicketIsTaggedAndCountsOnce()
{
    ProposalStore store(*m_db, *m_clock);
    const TicketId t = ticket(customer(u"Anna"_s), u"Scheduled report e-mails, please"_s);
    const MessageId words = TicketStore(*m_db, *m_clock).messages(t).value().first().id;
    const ProposalId id = store.create(u"Scheduled report e-mails"_s, {}, m_agent).value();
    QVERIFY(store.addRequest(id, {t, words, u"Scheduled report e-mails, please"_s, false, m_agent}).value());
    QCOMPARE(store.addRequest(id, request(t)).value(), false);
    QCOMPARE(store.summary(id)->requests, 1);
    QCOMPARE(store.summary(id)->tag, u"proposal-scheduled-report-e-mails"_s);
    QVERIFY(TicketStore(*m_db, *m_clock).tags(t).value().contains(u"proposal-scheduled-report-e-mails"_s));
    const auto requests = store.requests(id).value();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().quote, u"Scheduled report e-mails, please"_s);
    QCOMPARE(requests.first().customerName, u"Anna"_s);
    QCOMPARE(store.proposalsOf(t).value(), QList<ProposalId>{id});
}

void TestProposalStore::duplicateSearchAsYouType()
{
    ProposalStore store(*m_db, *m_clock);
    const ProposalId dark =
        store.create(u"Dark mode for the admin panel"_s, u"A theme for night work"_s, m_agent).value();
    const ProposalId bulk = store.create(u"Bulk export of campaigns"_s, u"Export flows"_s, m_agent).value();
    const ProposalId ssl = store.create(u"Re-check SSL after DNS changes"_s, {}, m_agent).value();
    QCOMPARE(store.search(u"exp"_s)->first().id, bulk); // a word being typed is a prefix
    QCOMPARE(store.search(u"night"_s)->first().id, dark); // the description counts too
    QCOMPARE(store.search(u"ssl dns"_s)->first().id, ssl);
    QCOMPARE(store.search(u"dark export "_s)->size(), 0); // every word must match
    // Search syntax in the text is only text.
    for (const QString &odd : {u"\"dark"_s, u"dark OR *"_s, u"(mode"_s, u"dark:mode & !"_s, u"-"_s}) {
        const auto hits = store.search(odd);
        QVERIFY2(hits.ok(), qPrintable(odd));
    }
    QVERIFY(store.merge(ssl, dark, m_agent).ok());
    QCOMPARE(store.search(u"ssl"_s)->size(), 0); // merged ones are not offered
}

void TestProposalStore::mergeKeepsEveryRequest()
{
    ProposalStore store(*m_db, *m_clock);
    const TicketId t1 = ticket(customer(u"A"_s), u"one"_s);
    const TicketId t2 = ticket(customer(u"B"_s), u"two"_s);
    const TicketId t3 = ticket(customer(u"C"_s), u"three"_s);
    const ProposalId survivor = store.create(u"Two-factor backup codes"_s, {}, m_agent).value();
    const ProposalId duplicate = store.create(u"Backup codes for 2FA"_s, {}, m_agent).value();
    QVERIFY(store.addRequest(survivor, request(t1)).value());
    QVERIFY(store.addRequest(survivor, request(t2)).value());
    QVERIFY(store.addRequest(duplicate, request(t2)).value());
    QVERIFY(store.addRequest(duplicate, request(t3)).value());
    QVERIFY(store.addRequest(duplicate, {TicketId(), {}, {}, false, m_agent}).value()); // an imported vote

    QVERIFY(store.merge(duplicate, survivor, m_agent).ok());
    const ProposalSummary card = store.summary(survivor).value();
    QCOMPARE(card.requests, 4); // t1, t2 once, t3, the imported one
    QCOMPARE(card.customers, 3);
    const Proposal merged = store.proposal(duplicate).value();
    QCOMPARE(merged.summary.status, ProposalStatus::Merged);
    QCOMPARE(merged.mergedInto, survivor);
    QCOMPARE(merged.summary.requests, 0);
    QCOMPARE(store.board()->size(), 1);
    QVERIFY(TicketStore(*m_db, *m_clock).tags(t3).value().contains(card.tag));
    QVERIFY(!store.merge(duplicate, survivor, m_agent).ok()); // once
}

void TestProposalStore::reviewRecordsDecisionsAndResumes()
{
    ProposalStore store(*m_db, *m_clock);
    const ProposalId a = store.create(u"Alpha"_s, {}, m_agent).value();
    const ProposalId b = store.create(u"Beta"_s, {}, m_agent).value();
    const ProposalId c = store.create(u"Gamma"_s, {}, m_agent).value();
    QVERIFY(store.addRequest(b, request(ticket(customer(u"X"_s), u"b"_s))).value()); // most requested first
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(m_agent);

    {
        ReviewSession review(session);
        QVERIFY(review.start().ok());
        QVERIFY(!review.isResumed());
        QCOMPARE(review.remaining(), 3);
        QCOMPARE(review.current(), b);
        ProposalReviews::DecisionInput move;
        move.decision = ProposalReviews::Decision::Move;
        move.status = ProposalStatus::Planned;
        QVERIFY(review.decide(move).ok());
        ProposalReviews::DecisionInput decline;
        decline.decision = ProposalReviews::Decision::Decline;
        QVERIFY(!review.decide(decline).ok()); // a reason is required
        decline.reason = u"Out of scope for the product"_s;
        QCOMPARE(review.current(), a);
        QVERIFY(review.decide(decline).ok());
        QCOMPARE(review.remaining(), 1);
    }
    m_clock->advanceMs(day);
    ReviewSession resumed(session);
    QVERIFY(resumed.start().ok());
    QVERIFY(resumed.isResumed());
    QCOMPARE(resumed.remaining(), 1);
    QCOMPARE(resumed.current(), c);
    QCOMPARE(resumed.decided(), 2);
    QCOMPARE(store.summary(b)->status, ProposalStatus::Planned);
    QCOMPARE(store.summary(a)->status, ProposalStatus::Declined);
    QCOMPARE(store.proposal(a)->declineReason, u"Out of scope for the product"_s);
    const auto events = store.events(a).value();
    QCOMPARE(events.last().kind, u"review"_s);
    QCOMPARE(events.last().agentName, u"Lena Fischer"_s);
    QCOMPARE(events.last().at, monday);
    const QString summary = resumed.summaryMarkdown().value();
    QVERIFY2(summary.contains(u"Beta (#"_s) && summary.contains(u"planned"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Out of scope for the product"_s), qPrintable(summary));
    QVERIFY(resumed.finish().ok());

    ReviewSession next(session);
    QVERIFY(next.start().ok());
    QVERIFY(!next.isResumed());
    QCOMPARE(next.remaining(), 3 - 1); // declined leaves the queue; planned and Gamma remain
}

void TestProposalStore::R13_closeTheLoopDraftsOnePerTicketAndNoneForNotes()
{
    QVERIFY(CannedReplyStore(*m_db, *m_clock).seedShipped().ok());
    ProposalStore store(*m_db, *m_clock);
    const TicketId english = ticket(customer(u"Anna Smith"_s), u"Bulk export please"_s);
    const TicketId russian = ticket(customer(u"Ivan Petrov"_s, CustomerTier::Standard, false, u"ru"_s), u"Экспорт"_s);
    const TicketId noteOnly = ticket(customer(u"Nora"_s), u"Something else"_s);
    const ProposalId id = store.create(u"Bulk export of campaigns"_s, {}, m_agent).value();
    QVERIFY(store.addRequest(id, request(english)).value());
    QVERIFY(store.addRequest(id, request(russian)).value());
    QVERIFY(store.addRequest(id, {noteOnly, {}, u"Nora mentioned it on the phone"_s, true, m_agent}).value());
    QVERIFY(store.addRequest(id, {TicketId(), {}, {}, false, m_agent}).value()); // imported, no conversation
    QVERIFY(store.setStatus(id, ProposalStatus::Shipped, store.summary(id)->version, m_agent).ok());

    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(m_agent);
    CloseTheLoop loop(session, id);
    auto drafts = loop.drafts();
    QVERIFY2(drafts.ok(), qPrintable(drafts.ok() ? QString() : drafts.error().message));
    QCOMPARE(drafts->size(), 2);
    QCOMPARE(drafts->at(0).ticket, english);
    QCOMPARE(drafts->at(0).language, u"en"_s);
    QVERIFY(drafts->at(0).body.startsWith(u"Hello Anna"_s));
    QCOMPARE(drafts->at(1).ticket, russian);
    QCOMPARE(drafts->at(1).language, u"ru"_s);
    QVERIFY(drafts->at(1).body.startsWith(u"Здравствуйте, Ivan"_s));

    const MessageId sent = loop.send(drafts->at(0)).value();
    const auto thread = TicketStore(*m_db, *m_clock).messages(english).value();
    QCOMPARE(thread.last().id, sent);
    QCOMPARE(thread.last().kind, MessageKind::Agent);
    QCOMPARE(TicketStore(*m_db, *m_clock).messages(noteOnly)->size(), 1); // nothing went to Nora
    QCOMPARE(loop.drafts()->size(), 1); // the answered one is done

    // The send guard: a customer message after the draft holds the send.
    QVERIFY(TicketStore(*m_db, *m_clock).addMessage(russian, MessageKind::Customer, {}, u"Any news?"_s).ok());
    QVERIFY(!loop.send(drafts->at(1)).ok());
    QCOMPARE(loop.drafts()->size(), 1);
}

void TestProposalStore::spreadsheetImportMapsFrequencyAndLinks()
{
    ProposalStore store(*m_db, *m_clock);
    const TicketId t = ticket(customer(u"Anna"_s), u"dark please"_s);
    const QString csv = u"Title,Frequency,Links\n"
                        "Dark mode,5,\""_s
        + TicketLink::text(t)
        + u"\nhttps://chat.example.com/d/17\"\n"
          "\"Export, bulk\",2,\n"
          "Broken row,many,\n"_s;
    const auto imported = ProposalCsv::importSheet(*m_db, *m_clock, csv, m_agent);
    QVERIFY(imported.ok());
    QCOMPARE(imported->proposals, 2);
    QCOMPARE(imported->requests, 7);
    QCOMPARE(imported->skipped.size(), 1);
    const auto board = store.board().value();
    QCOMPARE(board.size(), 2);
    const ProposalSummary &dark = board.at(0);
    QCOMPARE(dark.title, u"Dark mode"_s);
    QCOMPARE(dark.requests, 5);
    QCOMPARE(dark.customers, 1);
    const auto requests = store.requests(dark.id).value();
    QCOMPARE(requests.at(0).ticket, t);
    QCOMPARE(requests.at(1).link, u"https://chat.example.com/d/17"_s);
    QCOMPARE(board.at(1).title, u"Export, bulk"_s);
    QCOMPARE(board.at(1).requests, 2);
    // The same sheet again adds to the same proposals; the linked ticket still counts once.
    QVERIFY(ProposalCsv::importSheet(*m_db, *m_clock, csv, m_agent).ok());
    QCOMPARE(store.board()->size(), 2);
    QCOMPARE(store.summary(dark.id)->requests, 5 + 4);
}

void TestProposalStore::exportListsTheBoard()
{
    ProposalStore store(*m_db, *m_clock);
    const ProposalId id = store.create(u"Export, with a comma"_s, {}, m_agent).value();
    QVERIFY(store.addRequest(id, request(ticket(customer(u"P"_s, CustomerTier::Premium), u"x"_s))).value());
    const QString csv = ProposalCsv::exportBoard(*m_db, ProposalWeights{}).value();
    const auto rows = ProposalCsv::parse(csv);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0),
             (QStringList{u"title"_s, u"status"_s, u"frequency"_s, u"customers"_s, u"score"_s, u"tag"_s, u"link"_s}));
    QCOMPARE(rows.at(1),
             (QStringList{u"Export, with a comma"_s, u"new"_s, u"1"_s, u"1"_s, u"3"_s,
                          u"proposal-export-with-a-comma"_s, u"casebook://proposal/"_s + QString::number(id.value())}));
}

void TestProposalStore::aMoveAgainstAnOldVersionIsAConflict()
{
    ProposalStore store(*m_db, *m_clock);
    const ProposalId id = store.create(u"Alpha"_s, {}, m_agent).value();
    const qint64 version = store.summary(id)->version;
    QVERIFY(store.setStatus(id, ProposalStatus::Rfc, version, m_agent).ok());
    const Status late = store.setStatus(id, ProposalStatus::Declined, version, m_agent);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QVERIFY(late.error().message.contains(u"Lena Fischer"_s));
    QCOMPARE(store.summary(id)->status, ProposalStatus::Rfc);
}

QTEST_GUILESS_MAIN(TestProposalStore)
#include "tst_proposalstore.moc"
