// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/agentstore.h"
#include "customers/customerstore.h"
#include "storage/clock.h"
#include "testdatabase.h"

#include <QTest>

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
    void R09_pinnedNotesComeFirst_data() { Test::addEngineColumn(); }
    void R09_pinnedNotesComeFirst();
};

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

QTEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
