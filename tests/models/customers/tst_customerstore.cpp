// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agents/agentstore.h"
#include "models/customers/customerlistmodel.h"
#include "models/customers/customerstore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 start = 1'795'000'000'000;
constexpr qint64 day = 24LL * 60 * 60 * 1000;
} // namespace

class TestCustomerStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R09_licenceState_data();
    void R09_licenceState();
    void createAndReadBack_data() { Test::addEngineColumn(); }
    void createAndReadBack();
    void addressBelongsToOneCustomer_data() { Test::addEngineColumn(); }
    void addressBelongsToOneCustomer();
    void updateIsVersionCheckedAndNamesTheAddressOwner_data() { Test::addEngineColumn(); }
    void updateIsVersionCheckedAndNamesTheAddressOwner();
    void R09_pinnedNotesComeFirst_data() { Test::addEngineColumn(); }
    void R09_pinnedNotesComeFirst();
    void R09_correctionSupersedesAndTakesThePin_data() { Test::addEngineColumn(); }
    void R09_correctionSupersedesAndTakesThePin();
    void R14_customerTagsAutocompleteAndAreSearchable_data() { Test::addEngineColumn(); }
    void R14_customerTagsAutocompleteAndAreSearchable();
    void R35_lifecycleAndHistory_data() { Test::addEngineColumn(); }
    void R35_lifecycleAndHistory();
    void R41_premiumProfileAndSla_data() { Test::addEngineColumn(); }
    void R41_premiumProfileAndSla();
    void R38_customerFacingSummaryCarriesNoNote_data() { Test::addEngineColumn(); }
    void R38_customerFacingSummaryCarriesNoNote();
    void mergeMovesEverythingAndIsRecorded_data() { Test::addEngineColumn(); }
    void mergeMovesEverythingAndIsRecorded();
    void mergeIsVersionChecked_data() { Test::addEngineColumn(); }
    void mergeIsVersionChecked();
    void findExampleByLicenceState_data() { Test::addEngineColumn(); }
    void findExampleByLicenceState();
};

namespace {

CustomerId makeCustomer(CustomerStore &store, const QString &name, const QStringList &emails = {})
{
    Customer c;
    c.displayName = name;
    c.emails = emails;
    const auto id = store.create(c);
    return id ? *id : CustomerId();
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

AgentId makeAgent(Database &db, const Clock &clock, const QString &login, const QString &name)
{
    Agent agent;
    agent.login = login;
    agent.displayName = name;
    const auto id = AgentStore(db, clock).create(agent);
    return id ? *id : AgentId();
}

} // namespace

void TestCustomerStore::R09_licenceState_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<qint64>("expiresIn"); // ms from now; 0 = no end date
    QTest::addColumn<LicenceState>("state");
    QTest::newRow("no licence") << QString() << qint64(0) << LicenceState::None;
    QTest::newRow("no end date") << u"Team"_s << qint64(0) << LicenceState::Valid;
    QTest::newRow("a month left") << u"Team"_s << 30 * day << LicenceState::Valid;
    QTest::newRow("14 days left is expiring") << u"Team"_s << 14 * day << LicenceState::Expiring;
    QTest::newRow("one hour left") << u"Team"_s << qint64(3600000) << LicenceState::Expiring;
    QTest::newRow("ended yesterday") << u"Team"_s << -day << LicenceState::Expired;
}

void TestCustomerStore::R09_licenceState()
{
    QFETCH(QString, plan);
    QFETCH(qint64, expiresIn);
    QFETCH(LicenceState, state);
    Customer customer;
    customer.licencePlan = plan;
    if (expiresIn != 0)
        customer.licenceExpiresAt = start + expiresIn;
    QCOMPARE(licenceState(customer, start), state);
}

void TestCustomerStore::createAndReadBack()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CustomerStore store(*db);
    Customer c;
    c.displayName = u"Ольга Смирнова"_s;
    c.company = u"Северный ветер"_s;
    c.emails = {u"olga@example.ru"_s, u"o.smirnova@example.org"_s};
    c.locale = u"ru"_s;
    c.licencePlan = u"Business"_s;
    c.licenceSeats = 12;
    c.licenceExpiresAt = start + 5 * day;
    c.tier = CustomerTier::Premium;
    c.supportProfile = uR"({"preferred_channel":"email"})"_s;
    const auto id = store.create(c);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    const auto back = store.customer(*id);
    QVERIFY(back.ok());
    QCOMPARE(back->displayName, c.displayName);
    QCOMPARE(back->primaryEmail, u"olga@example.ru"_s);
    QCOMPARE(back->emails.size(), 2);
    QCOMPARE(back->licenceExpiresAt, c.licenceExpiresAt);
    QCOMPARE(back->tier, CustomerTier::Premium);
    QCOMPARE(back->licenceSeats, 12);
    QCOMPARE(licenceState(*back, start), LicenceState::Expiring);
    QCOMPARE(store.byEmail(u"OLGA@example.RU"_s).value(), *id);
    QVERIFY(!store.byEmail(u"nobody@example.org"_s)->isValid());
}

void TestCustomerStore::addressBelongsToOneCustomer()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CustomerStore store(*db);
    Customer a;
    a.displayName = u"A"_s;
    a.emails = {u"shared@example.org"_s};
    QVERIFY(store.create(a).ok());
    Customer b;
    b.displayName = u"B"_s;
    b.emails = {u"Shared@example.org"_s};
    const auto refused = store.create(b);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"already belongs"));
}

void TestCustomerStore::updateIsVersionCheckedAndNamesTheAddressOwner()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    Agent agent;
    agent.login = u"anna"_s;
    agent.displayName = u"Anna"_s;
    const AgentId anna = AgentStore(*db, clock).create(agent).value();
    CustomerStore store(*db, clock);
    Customer a;
    a.displayName = u"Alma"_s;
    a.emails = {u"alma@example.org"_s};
    const CustomerId alma = store.create(a, anna).value();
    Customer b;
    b.displayName = u"Bert"_s;
    b.emails = {u"bert@example.org"_s};
    b.accountRef = u"ACC-7"_s;
    const CustomerId bert = store.create(b).value();
    QCOMPARE(store.byAccountRef(u" ACC-7 "_s).value(), bert);

    Customer edit = store.customer(bert).value();
    edit.emails = {u"bert@example.org"_s, u"ALMA@example.org"_s};
    auto refused = store.update(edit, edit.version, anna);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"Alma"_s), qPrintable(refused.error().message));

    edit.emails = {u"bert@work.example"_s, u"bert@example.org"_s};
    edit.primaryEmail = u"bert@work.example"_s; // the editor makes the first address the primary one
    edit.phone = u"+1 555 0100"_s;
    edit.tier = CustomerTier::Premium;
    const auto saved = store.update(edit, edit.version, anna);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(*saved, edit.version + 1);
    const Customer read = store.customer(bert).value();
    QCOMPARE(read.primaryEmail, u"bert@work.example"_s);
    QCOMPARE(read.emails.size(), 2);
    QCOMPARE(read.phone, u"+1 555 0100"_s);
    QCOMPARE(read.tier, CustomerTier::Premium);
    QCOMPARE(store.byEmail(u"BERT@WORK.example"_s).value(), bert);

    // The version read first is stale now: nothing changes, and the message says who was first.
    edit.company = u"Too late"_s;
    const auto stale = store.update(edit, edit.version, anna);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    QVERIFY(stale.error().message.contains(u"Anna"_s));
    QCOMPARE(store.customer(bert).value().company, QString());
    QCOMPARE(store.customer(alma).value().emails, QStringList{u"alma@example.org"_s});
}

void TestCustomerStore::R09_pinnedNotesComeFirst()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    AgentStore agents(*db, clock);
    Agent lead;
    lead.login = u"lena"_s;
    lead.displayName = u"Lena"_s;
    lead.role = AgentRole::Lead;
    const auto leadId = agents.create(lead);
    QVERIFY(leadId.ok());
    CustomerStore store(*db, clock);
    Customer c;
    c.displayName = u"Acme"_s;
    const auto id = store.create(c);
    QVERIFY(id.ok());

    const auto old = store.addNote(*id, *leadId, u"Prefers phone calls"_s);
    clock.advanceMs(day);
    const auto newer = store.addNote(*id, *leadId, u"Has a custom SSO setup"_s);
    clock.advanceMs(day);
    const auto correction = store.addNote(*id, *leadId, u"Prefers e-mail since March"_s, *old);
    QVERIFY(old.ok() && newer.ok() && correction.ok());

    auto notes = store.notes(*id).value();
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.first().id, *correction); // newest first
    QCOMPARE(notes.first().supersedes, *old);
    QCOMPARE(notes.first().authorName, u"Lena"_s);

    QVERIFY(store.setPinned(*newer, true, notes.at(1).version).ok());
    notes = store.notes(*id).value();
    QCOMPARE(notes.first().id, *newer);
    QVERIFY(notes.first().pinned);
    // A stale pin (the version moved on) is a conflict, not a silent overwrite.
    const auto stale = store.setPinned(*newer, false, 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
}

void TestCustomerStore::R09_correctionSupersedesAndTakesThePin()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId lena = makeAgent(*db, clock, u"lena"_s, u"Lena"_s);
    CustomerStore store(*db, clock);
    const CustomerId acme = makeCustomer(store, u"Acme"_s);
    const CustomerId other = makeCustomer(store, u"Other"_s);
    const NoteId wrong = store.addNote(acme, lena, u"Calls only on Tuesdays"_s).value();
    QVERIFY(store.setPinned(wrong, true, 1).ok());
    clock.advanceMs(day);

    const auto fixed = store.addNote(acme, lena, u"Calls only on Thursdays"_s, wrong);
    QVERIFY2(fixed.ok(), qPrintable(fixed.ok() ? QString() : fixed.error().message));
    const auto notes = store.notes(acme).value();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).id, *fixed); // the correction took the pin: it is the one on top
    QVERIFY(notes.at(0).pinned);
    QCOMPARE(notes.at(0).supersedes, wrong);
    QCOMPARE(notes.at(1).id, wrong); // the old text stays, word for word, marked as corrected
    QCOMPARE(notes.at(1).body, u"Calls only on Tuesdays"_s);
    QCOMPARE(notes.at(1).supersededBy, *fixed);
    QVERIFY(!notes.at(1).pinned);

    // A second correction of the same note is a conflict that names who was first.
    const auto late = store.addNote(acme, {}, u"Calls on Fridays"_s, wrong);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().kind, Error::Kind::Conflict);
    QVERIFY(late.error().message.contains(u"Lena"_s));
    // A note of another customer cannot be corrected from here.
    QCOMPARE(store.addNote(other, {}, u"x"_s, *fixed).error().kind, Error::Kind::Invalid);
    QCOMPARE(store.notes(acme)->size(), 2);
}

void TestCustomerStore::R14_customerTagsAutocompleteAndAreSearchable()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore store(*db, clock);
    const CustomerId a = makeCustomer(store, u"Anna Berg"_s, {u"anna@berg.example"_s});
    const CustomerId b = makeCustomer(store, u"Boris Kim"_s, {u"boris@kim.example"_s});
    makeCustomer(store, u"Carla Diaz"_s, {u"carla@diaz.example"_s});
    QVERIFY(store.addTag(a, u"  Reseller "_s, {}).ok());
    QVERIFY(store.addTag(b, u"reseller"_s, {}).ok()); // the same tag, not a second one
    QVERIFY(store.addTag(b, u"renewal-risk"_s, {}).ok());
    QVERIFY(store.addTag(b, u"renewal-risk"_s, {}).ok()); // twice is once
    QCOMPARE(store.tags(b).value(), (QStringList{u"renewal-risk"_s, u"reseller"_s}));
    QCOMPARE(store.tagNames(u"re"_s).value(), (QStringList{u"renewal-risk"_s, u"reseller"_s}));
    QCOMPARE(store.tagNames(u"RES"_s).value(), QStringList{u"reseller"_s});
    QCOMPARE(store.tagNames(u"%"_s).value(), QStringList()); // a wildcard is a character here
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM customer_events WHERE kind = 'tag_added'"_s), 3);

    CustomerListModel list(*db, clock);
    QVERIFY(list.setSearch(u"tag:reseller"_s).ok());
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(list.setSearch(u"resel"_s).ok()); // a plain word finds tags too
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(list.setSearch(u"tag:renewal-risk"_s).ok());
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.customerAt(list.index(0)), b);

    QVERIFY(store.removeTag(b, u"Reseller"_s, {}).ok());
    QCOMPARE(store.tags(b).value(), QStringList{u"renewal-risk"_s});
    QVERIFY(list.setSearch(u"tag:reseller"_s).ok());
    QCOMPARE(list.rowCount(), 1);
}

void TestCustomerStore::R35_lifecycleAndHistory()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    // 2026-11-23 12:00 UTC; the quarter began on 2026-10-01.
    FakeClock clock(1795435200000);
    const qint64 quarter = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    CustomerStore store(*db, clock);
    const CustomerId acme = makeCustomer(store, u"Acme"_s);
    TicketStore tickets(*db, clock);
    clock.setNowMs(quarter - 10 * day);
    const TicketId old = tickets.create({u"Import stops"_s, acme, Channel::Email, u"help"_s}).value();
    QVERIFY(tickets.setStatus(old, TicketStatus::Closed, 1, {}).ok());
    clock.setNowMs(quarter + day);
    const TicketId recent = tickets.create({u"Invoice wrong"_s, acme, Channel::Email, u"help"_s}).value();
    clock.setNowMs(quarter + 2 * day);
    QVERIFY(tickets.create({u"Export slow"_s, acme, Channel::Chat, u"help"_s}).ok());
    clock.setNowMs(1795435200000);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(u"INSERT INTO bug_reports (customer_id, title, stage, created_at, updated_at) "
                   "VALUES (%1, 'Export drops rows', 'staging', %2, %2)"_s.arg(acme.value())
                       .arg(quarter + 3 * day)));
    QVERIFY(q.exec(u"INSERT INTO proposals (title, created_at, updated_at) VALUES ('Dark mode', 0, 0)"_s));
    const qint64 proposal = scalar(*db, u"SELECT id FROM proposals"_s);
    QVERIFY(q.exec(
        u"INSERT INTO proposal_requests (proposal_id, customer_id, created_at) VALUES (%1, %2, %3)"_s.arg(proposal)
            .arg(acme.value())
            .arg(quarter + 4 * day)));

    const auto life = store.lifecycle(acme, clock.nowMs());
    QVERIFY(life.ok());
    QCOMPARE(life->ticketsTotal, 3);
    QCOMPARE(life->ticketsThisQuarter, 2);
    QCOMPARE(life->openNow, 2);
    QVERIFY(life->firstContactAt);
    QCOMPARE(*life->firstContactAt, quarter - 10 * day); // the first ticket is older than the record

    const auto history = store.history(acme).value();
    QCOMPARE(history.size(), 5);
    QCOMPARE(history.at(0).kind, CustomerHistoryItem::Kind::Proposal); // newest first
    QCOMPARE(history.at(1).kind, CustomerHistoryItem::Kind::BugReport);
    QCOMPARE(history.at(1).status, u"staging"_s); // R41: the stage the customer hears about
    QCOMPARE(history.at(3).id, recent.value());
    QCOMPARE(history.at(4).status, u"closed"_s);
    QCOMPARE(store.lifecycle(makeCustomer(store, u"New"_s), clock.nowMs())->ticketsTotal, 0);
}

void TestCustomerStore::R41_premiumProfileAndSla()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId csm = makeAgent(*db, clock, u"mira"_s, u"Mira"_s);
    CustomerStore store(*db, clock);
    SupportProfile profile;
    profile.preferredChannel = u"slack"_s;
    profile.escalationContacts = {u"ops lead"_s, u"CTO"_s};
    profile.agreements = u"Bug updates at each stage"_s;
    profile.exceptions = u"No calls on Fridays"_s;
    Customer c;
    c.displayName = u"Globex"_s;
    c.tier = CustomerTier::Premium;
    c.supportProfile = profile.toJson();
    c.successOwner = csm;
    const CustomerId globex = store.create(c).value();
    const CustomerId plain = makeCustomer(store, u"Plain"_s);

    const Customer back = store.customer(globex).value();
    QCOMPARE(back.successOwnerName, u"Mira"_s);
    QCOMPARE(back.sla.name, u"Premium"_s); // follows from the tier
    QCOMPARE(back.sla.firstResponseMinutes, 60);
    const SupportProfile read = SupportProfile::fromJson(back.supportProfile);
    QCOMPARE(read.preferredChannel, profile.preferredChannel);
    QCOMPARE(read.escalationContacts, profile.escalationContacts);
    QCOMPARE(read.exceptions, profile.exceptions);
    QCOMPARE(store.customer(plain)->sla.name, u"Standard"_s);
    QVERIFY(SupportProfile::fromJson(u"not json"_s).isEmpty());
}

void TestCustomerStore::R38_customerFacingSummaryCarriesNoNote()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    CustomerStore store(*db, clock);
    Customer c;
    c.displayName = u"Initech"_s;
    c.company = u"Initech Ltd"_s;
    c.emails = {u"peter@initech.example"_s};
    c.licencePlan = u"Team"_s;
    c.licenceSeats = 3;
    c.licenceExpiresAt = start + 100 * day;
    const CustomerId id = store.create(c).value();
    const QString canary = u"CANARY-NOTE-7f3a internal only"_s;
    QVERIFY(store.addNote(id, {}, canary).ok());
    const QString summary = customerFacingSummary(store.customer(id).value(), start);
    QVERIFY(summary.contains(u"Initech Ltd"_s));
    QVERIFY(summary.contains(u"peter@initech.example"_s));
    QVERIFY(summary.contains(u"Team"_s));
    QVERIFY(!summary.contains(u"CANARY"_s));
}

void TestCustomerStore::mergeMovesEverythingAndIsRecorded()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId lena = makeAgent(*db, clock, u"lena"_s, u"Lena"_s);
    CustomerStore store(*db, clock);
    TicketStore tickets(*db, clock);
    const CustomerId kept = makeCustomer(store, u"Olga Smirnova"_s, {u"olga@north.example"_s});
    Customer dupe;
    dupe.displayName = u"O. Smirnova"_s;
    dupe.company = u"North Wind"_s;
    dupe.emails = {u"o.smirnova@mail.example"_s, u"billing@north.example"_s};
    dupe.licencePlan = u"Business"_s;
    dupe.licenceExpiresAt = start + 90 * day;
    dupe.tier = CustomerTier::Premium;
    const CustomerId gone = store.create(dupe).value();
    const TicketId ticket = tickets.create({u"Login fails"_s, gone, Channel::Email, u"hi"_s}).value();
    QVERIFY(store.addNote(gone, lena, u"Met at the conference"_s).ok());
    QVERIFY(store.addTag(gone, u"conference"_s, lena).ok());
    QVERIFY(store.addTag(kept, u"conference"_s, lena).ok()); // both: one link afterwards
    QSqlQuery q(db->connection());
    QVERIFY(
        q.exec(u"INSERT INTO bug_reports (customer_id, title, created_at, updated_at) VALUES (%1, 'Crash', 0, 0)"_s.arg(
            gone.value())));

    const qint64 keptVersion = store.customer(kept)->version;
    const qint64 goneVersion = store.customer(gone)->version;
    const auto merged = store.merge(kept, keptVersion, gone, goneVersion, lena);
    QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message + merged.error().detail));

    const Customer after = store.customer(kept).value();
    QCOMPARE(after.emails.size(), 3);
    QCOMPARE(after.emails.first(), u"olga@north.example"_s); // the survivor's primary stays primary
    QCOMPARE(after.company, u"North Wind"_s); // filled from the duplicate
    QCOMPARE(after.licencePlan, u"Business"_s);
    QCOMPARE(after.tier, CustomerTier::Premium);
    QCOMPARE(after.tags, QStringList{u"conference"_s});
    QCOMPARE(tickets.ticket(ticket)->customer, kept);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM bug_reports WHERE customer_id = ?"_s, {kept.value()}), 1);
    const auto notes = store.notes(kept).value();
    QCOMPARE(notes.size(), 2); // the moved note and the merge record
    QVERIFY(notes.first().body.contains(u"O. Smirnova"_s));
    QCOMPARE(notes.first().authorName, u"Lena"_s);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM customer_events WHERE customer_id = ? AND kind = 'merged'"_s,
                    {kept.value()}),
             1);
    QCOMPARE(store.customer(gone)->mergedInto, kept);
    QCOMPARE(store.byEmail(u"billing@north.example"_s).value(), kept);

    CustomerListModel list(*db, clock);
    QVERIFY(list.setSearch(QString()).ok());
    QCOMPARE(list.rowCount(), 1); // the merged record left the list
    // A merged record cannot be merged again.
    QCOMPARE(store.merge(kept, after.version, gone, goneVersion + 1, lena).error().kind, Error::Kind::Invalid);
}

void TestCustomerStore::mergeIsVersionChecked()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(start);
    const AgentId lena = makeAgent(*db, clock, u"lena"_s, u"Lena"_s);
    CustomerStore store(*db, clock);
    const CustomerId kept = makeCustomer(store, u"Kept"_s, {u"kept@example.org"_s});
    const CustomerId gone = makeCustomer(store, u"Gone"_s, {u"gone@example.org"_s});
    const qint64 goneVersion = store.customer(gone)->version;
    const qint64 staleVersion = store.customer(kept)->version;
    QVERIFY(store.addTag(kept, u"vip"_s, lena).ok()); // only an event: the version stays
    // Another agent merged something into "kept" meanwhile: its version moved on.
    const CustomerId third = makeCustomer(store, u"Third"_s);
    QVERIFY(store.merge(kept, staleVersion, third, store.customer(third)->version, lena).ok());

    const auto refused = store.merge(kept, staleVersion, gone, goneVersion, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(u"Lena"_s), qPrintable(refused.error().message));
    QCOMPARE(store.byEmail(u"gone@example.org"_s).value(), gone); // nothing moved
    QVERIFY(!store.customer(gone)->mergedInto.isValid());
    QCOMPARE(store.customer(gone)->version, goneVersion);
    QVERIFY(store.merge(kept, store.customer(kept)->version, gone, goneVersion, {}).ok());
}

void TestCustomerStore::findExampleByLicenceState()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CustomerStore store(*db);
    const auto make = [&](const QString &name, std::optional<qint64> expires, bool premium) {
        Customer c;
        c.displayName = name;
        c.licencePlan = expires ? u"Team"_s : QString();
        c.licenceExpiresAt = expires;
        c.tier = premium ? CustomerTier::Premium : CustomerTier::Standard;
        c.supportProfile = premium ? uR"({"preferredChannel":"phone"})"_s : QString();
        return store.create(c).value();
    };
    const CustomerId none = make(u"None"_s, std::nullopt, false);
    const CustomerId valid = make(u"Valid"_s, start + 60 * day, false);
    const CustomerId expiring = make(u"Expiring"_s, start + 3 * day, false);
    const CustomerId expired = make(u"Expired"_s, start - day, false);
    const CustomerId premium = make(u"Premium"_s, start + 90 * day, true);
    QCOMPARE(store.findExample(LicenceState::None, start).value(), none);
    QCOMPARE(store.findExample(LicenceState::Valid, start).value(), valid);
    QCOMPARE(store.findExample(LicenceState::Expiring, start).value(), expiring);
    QCOMPARE(store.findExample(LicenceState::Expired, start).value(), expired);
    QCOMPARE(store.findExample(LicenceState::Valid, start, true).value(), premium);
    QVERIFY(!store.findExample(LicenceState::Expired, start, true)->isValid());
}

QTEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
