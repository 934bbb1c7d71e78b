// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customers/customerstore.h"
#include "models/storage/database.h"
#include "models/tickets/assignment/internalmessage.h"
#include "models/tickets/ticketlink.h"
#include "models/vault/keystore.h"
#include "models/vault/secret.h"
#include "models/vault/vaultstore.h"
#include "tests/models/tickets/ticketfixture.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestInternalMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R44_linkRoundTrips();
    void R44_parseRefusesOtherText_data();
    void R44_parseRefusesOtherText();
    void R43_quotesOnlyTheCustomerAndNamesAccessesWithoutSecrets_data() { Test::addEngineColumn(); }
    void R43_quotesOnlyTheCustomerAndNamesAccessesWithoutSecrets();
};

void TestInternalMessage::R44_linkRoundTrips()
{
    QCOMPARE(TicketLink::text(TicketId(42)), u"casebook://ticket/42"_s);
    QCOMPARE(TicketLink::parse(u"casebook://ticket/42"_s), std::optional<TicketId>(TicketId(42)));
    QCOMPARE(TicketLink::parse(u"  CASEBOOK://ticket/7/ "_s), std::optional<TicketId>(TicketId(7)));
    QCOMPARE(TicketLink::parse(TicketLink::url(TicketId(123456789))), std::optional<TicketId>(TicketId(123456789)));
}

void TestInternalMessage::R44_parseRefusesOtherText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &bad : {u""_s, u"casebook://ticket/"_s, u"casebook://ticket/0"_s, u"casebook://ticket/-3"_s,
                               u"casebook://ticket/5?x=1"_s, u"casebook://customer/5"_s, u"https://ticket/5"_s,
                               u"casebook://ticket/5/6"_s, u"casebook://ticket/1e3"_s, u"casebook://user@ticket/5"_s,
                               u"casebook://ticket/99999999999999999999999"_s, u"casebook://ticket/5%00"_s})
        QTest::newRow(qPrintable(bad.isEmpty() ? u"empty"_s : bad)) << bad;
}

void TestInternalMessage::R44_parseRefusesOtherText()
{
    QFETCH(QString, text);
    QCOMPARE(TicketLink::parse(text), std::nullopt);
}

void TestInternalMessage::R43_quotesOnlyTheCustomerAndNamesAccessesWithoutSecrets()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::fixtureStart);
    Customer acme;
    acme.displayName = u"Acme Shop"_s;
    const auto customer = CustomerStore(*db, clock).create(acme);
    QVERIFY(customer.ok());
    const AgentId anna = Test::makeAgent(*db, clock, u"anna"_s, u"Anna Berg"_s);
    TicketStore store(*db, clock);
    const auto id =
        store.create({u"Postbacks lost"_s, *customer, Channel::Email, u"Postbacks stopped.\nSince Monday."_s});
    QVERIFY(id.ok());
    QVERIFY(store.addMessage(*id, MessageKind::Note, anna, u"NOTE-CANARY internal guess"_s).ok());
    QVERIFY(store.addMessage(*id, MessageKind::Agent, anna, u"REPLY-CANARY we are looking"_s).ok());
    QVERIFY(store.addMessage(*id, MessageKind::Customer, {}, u"Any news?"_s).ok());
    QVERIFY(TicketTasks(*db, clock)
                .add(*id, u"Check the queue"_s, TicketTaskKind::Bug, u"https://tracker.example/T-9"_s, anna)
                .ok());

    MemoryKeyStore keys;
    VaultStore vault(*db, keys, clock, KdfParams::minimum());
    QVERIFY(vault.setUp(u"our team passphrase, long enough"_s).ok());
    VaultEntry server;
    server.customer = *customer;
    server.kind = VaultEntryKind::Server;
    server.label = u"Production"_s;
    server.url = u"shop.example.com"_s;
    server.userName = u"deploy"_s;
    QVERIFY(vault.add(server, Secret::fromText(u"SECRET-CANARY-pw")).ok());

    const auto text = InternalMessage::build(*db, *id);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().message));
    const QString &message = *text;
    QVERIFY2(message.contains(u"casebook://ticket/%1"_s.arg(id->value())), qPrintable(message));
    QVERIFY(message.contains(u"Postbacks lost"_s));
    QVERIFY(message.contains(u"Acme Shop"_s));
    QVERIFY(message.contains(u"> Postbacks stopped.\n> Since Monday."_s));
    QVERIFY(message.contains(u"> Any news?"_s));
    QVERIFY(message.contains(u"Check the queue https://tracker.example/T-9"_s));
    QVERIFY(message.contains(u"Server: Production (shop.example.com, user deploy)"_s));
    QVERIFY2(!message.contains(u"NOTE-CANARY"_s), "R38: a note leaked into the copy");
    QVERIFY2(!message.contains(u"REPLY-CANARY"_s), "only the customer's words are quoted");
    QVERIFY2(!message.contains(u"SECRET-CANARY"_s), "a secret leaked into the copy");
}

QTEST_GUILESS_MAIN(TestInternalMessage)
#include "tst_internalmessage.moc"
