// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/replies/cannedreplystore.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "tests/support/testdatabase.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestCannedReplyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsOnceAndTheTeamOwnsThem_data() { Test::addEngineColumn(); }
    void seedsOnceAndTheTeamOwnsThem();
    void R11_acknowledgementInTheCustomersLanguage_data() { Test::addEngineColumn(); }
    void R11_acknowledgementInTheCustomersLanguage();
    void R26_R41_qaAndStageUpdatesAreSeededInBothLanguages_data() { Test::addEngineColumn(); }
    void R26_R41_qaAndStageUpdatesAreSeededInBothLanguages();
    void staleEditConflicts_data() { Test::addEngineColumn(); }
    void staleEditConflicts();
};

void TestCannedReplyStore::seedsOnceAndTheTeamOwnsThem()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CannedReplyStore store(*db);
    QVERIFY(store.replies()->isEmpty());
    QVERIFY(store.seedShipped().ok());
    const int shipped = int(CannedReplyStore::shippedReplies().size());
    QCOMPARE(shipped, 54); // 14 playbook replies, 11 QA/stage updates and 2 proposal answers, in English and Russian
    QCOMPARE(store.replies()->size(), shipped);
    QCOMPARE(store.languages().value(), (QStringList{u"en"_s, u"ru"_s}));

    // The team edits one and deletes another; seeding again changes neither.
    CannedReply ack = store.reply(u"acknowledgement"_s, u"en"_s).value();
    ack.body = u"Hi {customer.first_name}, got it. {agent.first_name}"_s;
    QCOMPARE(store.update(ack, ack.version).value(), ack.version + 1);
    const CannedReply refunds = store.reply(u"no-refunds"_s, u"ru"_s).value();
    QVERIFY(store.remove(refunds.id, refunds.version).ok());
    QVERIFY(store.seedShipped().ok());
    QCOMPARE(store.reply(u"acknowledgement"_s, u"en"_s)->body, ack.body);
    QCOMPARE(store.reply(u"no-refunds"_s, u"ru"_s)->language, u"en"_s); // gone: English stands in
    QCOMPARE(store.replies()->size(), shipped - 1);

    CannedReply own;
    own.key = u"renewal"_s;
    own.title = u"Licence renewal"_s;
    own.body = u"Renew at the shop."_s;
    QVERIFY(store.add(own).ok());
    QCOMPARE(store.add(own).error().kind, Error::Kind::Conflict);
    own.title.clear();
    QCOMPARE(store.add(own).error().kind, Error::Kind::Invalid);
}

void TestCannedReplyStore::R11_acknowledgementInTheCustomersLanguage()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CannedReplyStore store(*db);
    QVERIFY(store.seedShipped().ok());
    const auto ru = store.reply(u"acknowledgement"_s, u"ru"_s);
    QVERIFY(ru.ok());
    QCOMPARE(ru->language, u"ru"_s);
    QVERIFY(ru->body.startsWith(u"Здравствуйте"_s));
    QCOMPARE(ru->ruleId, u"R11 R15"_s);
    QCOMPARE(ru->shortcut, u"ack"_s);
    QCOMPARE(store.reply(u"acknowledgement"_s, u"de"_s)->language, u"en"_s);
    QCOMPARE(store.reply(u"nothing"_s, u"en"_s).error().kind, Error::Kind::NotFound);
}

void TestCannedReplyStore::R26_R41_qaAndStageUpdatesAreSeededInBothLanguages()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CannedReplyStore store(*db);
    QVERIFY(store.seedShipped().ok());
    // The keys BugReportsView offers after a verdict or a stage (cannedReplyKey()).
    for (const QString &key : {u"qa-accepted"_s, u"qa-declined-steps"_s, u"qa-declined-duplicate"_s,
                               u"stage-in-progress"_s, u"stage-canary-ga"_s, u"stage-blocked"_s}) {
        for (const QString &language : {u"en"_s, u"ru"_s}) {
            const auto reply = store.reply(key, language);
            QVERIFY2(reply.ok(), qPrintable(key + u'/' + language));
            QCOMPARE(reply->language, language);
            QVERIFY(!reply->body.isEmpty());
            QVERIFY(reply->ruleId == u"R26"_s || reply->ruleId == u"R41"_s);
        }
    }
}

void TestCannedReplyStore::staleEditConflicts()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    CannedReplyStore store(*db);
    QVERIFY(store.seedShipped().ok());
    CannedReply mine = store.reply(u"handoff"_s, u"en"_s).value();
    CannedReply theirs = mine;
    theirs.title = u"Theirs"_s;
    QVERIFY(store.update(theirs, theirs.version).ok());
    mine.title = u"Mine"_s;
    QCOMPARE(store.update(mine, mine.version).error().kind, Error::Kind::Conflict);
    QCOMPARE(store.remove(mine.id, mine.version).error().kind, Error::Kind::Conflict);
    QCOMPARE(store.reply(u"handoff"_s, u"en"_s)->title, u"Theirs"_s);
}

QTEST_GUILESS_MAIN(TestCannedReplyStore)
#include "tst_cannedreplystore.moc"
