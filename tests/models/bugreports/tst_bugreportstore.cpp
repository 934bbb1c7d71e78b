// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportfixture.h"
#include "models/bugreports/bugreportdraftstore.h"
#include "models/bugreports/bugreportprefill.h"
#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformparser.h"
#include "models/vault/keystore.h"
#include "models/vault/secret.h"
#include "models/vault/vaultstore.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestBugReportStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R25_R27_R30_submitKeepsTheFormAndEveryField_data() { Test::addEngineColumn(); }
    void R25_R27_R30_submitKeepsTheFormAndEveryField();
    void R25_requiredFieldsAndTitleAreChecked_data() { Test::addEngineColumn(); }
    void R25_requiredFieldsAndTitleAreChecked();
    void R26_verdictNamesTheCustomerUpdate_data();
    void R26_verdictNamesTheCustomerUpdate();
    void R26_verdictNeedsItsDetails_data() { Test::addEngineColumn(); }
    void R26_verdictNeedsItsDetails();
    void R41_stagesAreRecordedWithTheReport_data() { Test::addEngineColumn(); }
    void R41_stagesAreRecordedWithTheReport();
    void staleVersionIsAConflictNamingWho_data() { Test::addEngineColumn(); }
    void staleVersionIsAConflictNamingWho();
    void likelyDuplicatesAreRanked_data() { Test::addEngineColumn(); }
    void likelyDuplicatesAreRanked();
    void listFiltersInSql_data() { Test::addEngineColumn(); }
    void listFiltersInSql();
    void R17_R25_prefillReadsTicketCustomerAndAccessNames_data() { Test::addEngineColumn(); }
    void R17_R25_prefillReadsTicketCustomerAndAccessNames();
    void draftSurvivesACrash_data() { Test::addEngineColumn(); }
    void draftSurvivesACrash();
};

void TestBugReportStore::R25_R27_R30_submitKeepsTheFormAndEveryField()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    QJsonObject fields = Test::trackerBugFields();
    fields[u"error-text"] = u"Error 500: postback queue is full"_s; // R27: the error as text
    fields[u"item"] = u"campaign 4711"_s; // R30: identifiers
    fields[u"video"] = u"https://video.example/abc"_s;
    fields[u"accesses"] = QJsonArray{u"Tracker"_s, u"Server"_s};
    BugReportStore store(*db, clock);
    const auto id = store.submit(Test::newTrackerBug(team, u"  Campaign is not saved  "_s, fields));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message + id.error().detail));

    const auto report = store.report(*id);
    QVERIFY(report.ok());
    QCOMPARE(report->title, u"Campaign is not saved"_s);
    QCOMPARE(report->status, BugReportStatus::Submitted);
    QCOMPARE(report->ticket, team.ticket);
    QCOMPARE(report->customer, team.customer); // taken from the ticket
    QCOMPARE(report->customerName, u"Northwind Media"_s);
    QCOMPARE(report->severity, Severity::Medium); // read from the form's dropdown
    QCOMPARE(report->area, team.campaigns); // matched by the dropdown's text
    QCOMPARE(report->createdBy, team.early);
    QCOMPARE(report->createdAt, Test::saturdayNoon);

    // The form as submitted travels with the report; every answer reads back.
    const auto form = parseIssueForm(report->templateYaml.toUtf8(), u"tracker-bug.yml"_s);
    QVERIFY(form.ok());
    const FormAnswers answers = answersFromJson(*form, report->fields);
    QCOMPARE(answers.value(u"error-text"_s).text, u"Error 500: postback queue is full"_s);
    QCOMPARE(answers.value(u"item"_s).text, u"campaign 4711"_s);
    QCOMPARE(answers.value(u"video"_s).text, u"https://video.example/abc"_s);
    QCOMPARE(answers.value(u"accesses"_s).selected, (QList<int>{0, 1}));

    // R27: the error as text is found by the report search, not only the title and the steps.
    const auto found = store.likelyDuplicates(u"Saving fails"_s, u"postback queue"_s, 5);
    QVERIFY(found.ok());
    QVERIFY(!found->isEmpty());
    QCOMPARE(found->constFirst().id, *id);
    QCOMPARE(answers.value(u"steps"_s).text, u"1. Open a campaign\n2. Save it"_s);
    QCOMPARE(answers.value(u"fix-version"_s).text, u"4.12.3"_s);

    // A later edit of the template does not change how the report reads.
    TemplateStore templates(*db, clock);
    const auto stored = templates.templateById(team.trackerBug).value();
    QByteArray edited = stored.sourceYaml.toUtf8();
    edited.replace("label: Error text", "label: Log output");
    QVERIFY(templates.update(team.trackerBug, edited, stored.version).ok());
    QVERIFY(store.report(*id)->templateYaml.contains(u"label: Error text"_s));
}

void TestBugReportStore::R25_requiredFieldsAndTitleAreChecked()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);

    const auto untitled = store.submit(Test::newTrackerBug(team, u"   "_s));
    QVERIFY(!untitled.ok());
    QCOMPARE(untitled.error().kind, Error::Kind::Invalid);

    QJsonObject fields = Test::trackerBugFields();
    fields.remove(u"expected"_s);
    fields[u"actual"] = u"   "_s;
    const auto incomplete = store.submit(Test::newTrackerBug(team, u"Half a report"_s, fields));
    QVERIFY(!incomplete.ok());
    QCOMPARE(incomplete.error().kind, Error::Kind::Invalid);
    QVERIFY2(incomplete.error().message.contains(u"Actual result"_s)
                 && incomplete.error().message.contains(u"Expected result"_s),
             qPrintable(incomplete.error().message));
    QCOMPARE(store.count({}).value(), 0);
}

void TestBugReportStore::R26_verdictNamesTheCustomerUpdate_data()
{
    QTest::addColumn<DatabaseUrl::Engine>("engine");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("reason"); // -1: none
    QTest::addColumn<QString>("replyKey");
    for (const auto &[engine, name] :
         {std::pair{DatabaseUrl::Engine::SQLite, "sqlite"}, std::pair{DatabaseUrl::Engine::PostgreSQL, "postgres"}}) {
        QTest::addRow("R26 accepted with task %s", name) << engine << true << -1 << u"qa-accepted"_s;
        QTest::addRow("R26 declined: steps need changing %s", name)
            << engine << false << int(DeclineReason::StepsNeedChanging) << u"qa-declined-steps"_s;
        QTest::addRow("R26 declined: works as designed %s", name)
            << engine << false << int(DeclineReason::WorksAsDesigned) << u"qa-declined-as-designed"_s;
        QTest::addRow("R26 declined: update to the latest version %s", name)
            << engine << false << int(DeclineReason::UpdateToLatest) << u"qa-declined-update"_s;
        QTest::addRow("R26 declined: cannot reproduce %s", name)
            << engine << false << int(DeclineReason::CannotReproduce) << u"qa-declined-cannot-reproduce"_s;
        QTest::addRow("R26 declined: duplicate %s", name)
            << engine << false << int(DeclineReason::Duplicate) << u"qa-declined-duplicate"_s;
    }
}

void TestBugReportStore::R26_verdictNamesTheCustomerUpdate()
{
    QFETCH(bool, accepted);
    QFETCH(int, reason);
    QFETCH(QString, replyKey);
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const BugReportId original = store.submit(Test::newTrackerBug(team, u"Original report"_s)).value();
    const BugReportId id = store.submit(Test::newTrackerBug(team, u"Campaign is not saved"_s)).value();

    QaVerdict verdict;
    verdict.accepted = accepted;
    verdict.reproducedOnVersion = u"4.13.0"_s;
    if (accepted)
        verdict.taskUrl = u"https://tasks.example.org/CB-77"_s;
    else
        verdict.reason = DeclineReason(reason);
    if (verdict.reason == DeclineReason::Duplicate)
        verdict.duplicateOf = original;
    verdict.note = u"Checked on a clean instance"_s;
    clock.advanceMs(3600LL * 1000);
    const auto version = store.setVerdict(id, verdict, store.report(id)->version, team.lead);
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().message));
    QCOMPARE(cannedReplyKey(verdict), replyKey);

    const BugReport report = store.report(id).value();
    QCOMPARE(report.version, *version);
    QCOMPARE(report.status, accepted ? BugReportStatus::Accepted : BugReportStatus::Declined);
    QCOMPARE(report.reproducedVersion, u"4.13.0"_s);
    QCOMPARE(report.taskUrl, accepted ? u"https://tasks.example.org/CB-77"_s : QString());
    QCOMPARE(report.declineReason, verdict.reason);
    QCOMPARE(report.duplicateOf, verdict.reason == DeclineReason::Duplicate ? original : BugReportId());
    QCOMPARE(report.updatedAt, Test::saturdayNoon + 3600LL * 1000);

    const BugReportEvent last = store.events(id)->constLast();
    QCOMPARE(last.kind, u"verdict"_s);
    QCOMPARE(last.oldValue, u"submitted"_s);
    QCOMPARE(last.agent, team.lead);
    const QString said = last.describe();
    QVERIFY2(said.contains(u"Lena"_s), qPrintable(said));
    QVERIFY2(accepted ? said.contains(u"CB-77"_s) : said.contains(declineReasonText(*verdict.reason)),
             qPrintable(said));
}

void TestBugReportStore::R26_verdictNeedsItsDetails()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const BugReportId id = store.submit(Test::newTrackerBug(team, u"Campaign is not saved"_s)).value();
    const qint64 version = store.report(id)->version;
    const auto refused = [&](const QaVerdict &verdict) {
        const auto result = store.setVerdict(id, verdict, version, team.lead);
        return !result.ok() && result.error().kind == Error::Kind::Invalid;
    };
    QaVerdict noVersion;
    noVersion.accepted = true;
    noVersion.taskUrl = u"https://tasks.example.org/1"_s;
    QVERIFY(refused(noVersion));
    QaVerdict noTask;
    noTask.accepted = true;
    noTask.reproducedOnVersion = u"4.13.0"_s;
    QVERIFY(refused(noTask));
    QaVerdict noReason;
    noReason.reproducedOnVersion = u"4.13.0"_s;
    QVERIFY(refused(noReason));
    QaVerdict noOriginal = noReason;
    noOriginal.reason = DeclineReason::Duplicate;
    QVERIFY(refused(noOriginal));
    noOriginal.duplicateOf = id;
    QVERIFY(refused(noOriginal)); // not itself either
    QCOMPARE(store.report(id)->status, BugReportStatus::Submitted);
    QCOMPARE(store.events(id)->size(), 3);
}

void TestBugReportStore::R41_stagesAreRecordedWithTheReport()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const BugReportId id = store.submit(Test::newTrackerBug(team, u"Campaign is not saved"_s)).value();
    qint64 version = store.report(id)->version;
    QCOMPARE(store.setStage(id, BugStage::InProgress, version, team.lead).error().kind, Error::Kind::Invalid);

    QaVerdict accept;
    accept.accepted = true;
    accept.reproducedOnVersion = u"4.13.0"_s;
    accept.taskUrl = u"https://tasks.example.org/CB-78"_s;
    version = store.setVerdict(id, accept, version, team.lead).value();
    QStringList keys;
    for (BugStage stage :
         {BugStage::InProgress, BugStage::Blocked, BugStage::Backlog, BugStage::Staging, BugStage::CanaryGa}) {
        clock.advanceMs(60'000);
        const auto next = store.setStage(id, stage, version, team.owner, u"Customer updated"_s);
        QVERIFY(next.ok());
        version = *next;
        QCOMPARE(store.report(id)->stage, stage);
        keys.append(cannedReplyKey(stage));
    }
    QCOMPARE(keys,
             (QStringList{u"stage-in-progress"_s, u"stage-blocked"_s, u"stage-backlog"_s, u"stage-staging"_s,
                          u"stage-canary-ga"_s}));
    QStringList history;
    const QList<BugReportEvent> events = store.events(id).value();
    for (const BugReportEvent &e : events) {
        if (e.kind == u"stage")
            history.append(e.oldValue + u'>' + e.newValue);
    }
    QCOMPARE(history,
             (QStringList{u">in_progress"_s, u"in_progress>blocked"_s, u"blocked>backlog"_s, u"backlog>staging"_s,
                          u"staging>canary_ga"_s}));
    QVERIFY(store.events(id)->constLast().describe().contains(bugStageText(BugStage::CanaryGa)));
}

void TestBugReportStore::staleVersionIsAConflictNamingWho()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const BugReportId id = store.submit(Test::newTrackerBug(team, u"Campaign is not saved"_s)).value();
    const qint64 seen = store.report(id)->version;
    QaVerdict accept;
    accept.accepted = true;
    accept.reproducedOnVersion = u"4.13.0"_s;
    accept.taskUrl = u"https://tasks.example.org/CB-79"_s;
    QVERIFY(store.setVerdict(id, accept, seen, team.lead).ok());
    QaVerdict decline;
    decline.reproducedOnVersion = u"4.13.0"_s;
    decline.reason = DeclineReason::CannotReproduce;
    const auto second = store.setVerdict(id, decline, seen, team.admin);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, Error::Kind::Conflict);
    QVERIFY2(second.error().message.contains(u"Lena"_s), qPrintable(second.error().message));
    QCOMPARE(store.report(id)->status, BugReportStatus::Accepted);
}

void TestBugReportStore::likelyDuplicatesAreRanked()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    const auto submit = [&](const QString &title, const QString &steps) {
        return store.submit(Test::newTrackerBug(team, title, Test::trackerBugFields(steps))).value();
    };
    const BugReportId postbacks =
        submit(u"Postbacks lost after update"_s, u"1. Send a conversion\n2. Check the postback log"_s);
    const BugReportId stepsOnly = submit(u"Conversions missing"_s, u"1. Send a postback from the network"_s);
    const BugReportId unrelated = submit(u"Landing page editor freezes"_s, u"1. Open the editor\n2. Paste an image"_s);

    const auto found = store.likelyDuplicates(u"Postbacks are lost"_s, u"postback log is empty"_s);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message + found.error().detail));
    QList<BugReportId> ids;
    for (const DuplicateCandidate &c : *found)
        ids.append(c.id);
    QVERIFY2(ids.size() >= 2 && ids.at(0) == postbacks, qPrintable(QString::number(ids.size())));
    QVERIFY(ids.contains(stepsOnly)); // steps text is searched too
    QVERIFY(!ids.contains(unrelated));
    QVERIFY(found->at(0).score > found->at(1).score);
    QCOMPARE(found->at(0).title, u"Postbacks lost after update"_s);

    // User text never reaches the FTS syntax; the report itself can be left out.
    QVERIFY(store.likelyDuplicates(u"\"postback\" OR NEAR( * -lost:"_s, {}).ok());
    const auto others = store.likelyDuplicates(u"Postbacks lost after update"_s, {}, 5, postbacks);
    QVERIFY(others.ok());
    for (const DuplicateCandidate &c : *others)
        QVERIFY(c.id != postbacks);
    QVERIFY(store.likelyDuplicates(u"a b"_s, {})->isEmpty());
}

void TestBugReportStore::listFiltersInSql()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    BugReportStore store(*db, clock);
    QList<BugReportId> ids;
    for (int i = 0; i < 5; ++i) {
        clock.advanceMs(1000);
        auto report = Test::newTrackerBug(
            team, u"Report %1"_s.arg(i),
            Test::trackerBugFields(u"1. Step"_s,
                                   i % 2 ? u"High: all customers are blocked"_s : u"Low: a workaround exists"_s));
        if (i == 4)
            report.area = team.tracking;
        ids.append(store.submit(report).value());
    }
    QaVerdict decline;
    decline.reproducedOnVersion = u"4.13.0"_s;
    decline.reason = DeclineReason::WorksAsDesigned;
    clock.advanceMs(1000);
    QVERIFY(store.setVerdict(ids.at(0), decline, store.report(ids.at(0))->version, team.lead).ok());

    const auto all = store.list({}, 10).value();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.at(0).id, ids.at(0)); // newest activity first: the verdict
    QCOMPARE(all.at(1).id, ids.at(4));
    QCOMPARE(store.list({}, 2, 2)->at(0).id, ids.at(3));
    BugReportFilter high;
    high.severity = Severity::High;
    QCOMPARE(store.count(high).value(), 2);
    BugReportFilter declined;
    declined.status = BugReportStatus::Declined;
    QCOMPARE(store.list(declined, 10)->size(), 1);
    BugReportFilter tracking;
    tracking.area = team.tracking;
    QCOMPARE(store.list(tracking, 10)->at(0).id, ids.at(4));
    BugReportFilter customer;
    customer.customer = team.customer;
    customer.status = BugReportStatus::Submitted;
    QCOMPARE(store.count(customer).value(), 4);
    customer.customer = CustomerId(999);
    QCOMPARE(store.count(customer).value(), 0);
}

void TestBugReportStore::R17_R25_prefillReadsTicketCustomerAndAccessNames()
{
    CASEBOOK_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    FakeClock clock(Test::saturdayNoon);
    const Test::BugTeam team = Test::makeBugTeam(*db, clock);
    {
        QSqlQuery q(db->connection());
        QVERIFY(q.prepare(u"UPDATE customers SET product_version = ?, account_ref = ? WHERE id = ?"_s));
        q.addBindValue(u"4.12.3"_s);
        q.addBindValue(u"ACC-100007"_s);
        q.addBindValue(team.customer.value());
        QVERIFY(q.exec());
    }
    MemoryKeyStore keys;
    VaultStore vault(*db, keys, clock, KdfParams::minimum());
    QVERIFY(vault.setUp(u"correct horse battery staple"_s).ok());
    VaultEntry access;
    access.customer = team.customer;
    access.kind = VaultEntryKind::Tracker;
    access.label = u"Production tracker"_s;
    access.url = u"https://tracker.northwind.example/admin"_s;
    access.userName = u"support"_s;
    QVERIFY(vault.add(access, Secret::fromText(u"s3cret-Passw0rd"_s)).ok());

    const auto source = PrefillSource::load(*db, team.ticket, &vault);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
    QCOMPARE(source->ticketSubject, u"Postbacks lost after the update"_s);
    QCOMPARE(source->customer, team.customer);
    QCOMPARE(source->customerName, u"Northwind Media"_s);
    QCOMPARE(source->productVersion, u"4.12.3"_s);
    QCOMPARE(source->accesses.size(), 1);

    PrefillSource withSelection = *source;
    withSelection.selectedText = u"Error 500"_s;
    const IssueForm form = TemplateStore(*db, clock).form(team.trackerBug).value();
    const BugReportPrefill prefill = prefillBugReport(form, withSelection);
    QCOMPARE(prefill.answers.value(u"dialogue-link"_s).text, dialogueLink(team.ticket).toString());
    QCOMPARE(prefill.answers.value(u"fix-version"_s).text, u"4.12.3"_s);
    QCOMPARE(prefill.answers.value(u"instance"_s).text, u"tracker.northwind.example"_s);
    QCOMPARE(prefill.answers.value(u"accesses"_s).selected, QList<int>{0});
    const QString everything = QString::fromUtf8(QJsonDocument(answersToJson(form, prefill.answers)).toJson());
    QVERIFY(!everything.contains(u"s3cret"_s)); // R17: names only, never the secret
    QCOMPARE(PrefillSource::load(*db, TicketId(9999)).error().kind, Error::Kind::NotFound);
}

void TestBugReportStore::draftSurvivesACrash()
{
    CASEBOOK_TEST_DATABASE(testDb);
    FakeClock clock(Test::saturdayNoon);
    Test::BugTeam team;
    {
        auto db = testDb.open();
        QVERIFY(db);
        team = Test::makeBugTeam(*db, clock);
        BugReportDraftStore drafts(*db, clock);
        BugReportDraft draft;
        draft.templateFileName = u"tracker-bug.yml"_s;
        draft.ticket = team.ticket;
        draft.title = u"Campaign"_s;
        draft.fields = QJsonObject{{u"steps"_s, u"1."_s}};
        QVERIFY(drafts.save(team.early, draft).ok());
        clock.advanceMs(1000);
        draft.title = u"Campaign is not saved"_s; // typing on
        draft.severity = Severity::High;
        draft.area = team.campaigns;
        QVERIFY(drafts.save(team.early, draft).ok());
        QVERIFY(!drafts.save(AgentId(), draft).ok());
        // No clean shutdown: the database object simply goes away.
    }
    auto db = testDb.open();
    QVERIFY(db);
    BugReportDraftStore drafts(*db, clock);
    const auto back = drafts.load(team.early, u"tracker-bug.yml"_s, team.ticket);
    QVERIFY(back.ok() && back->has_value());
    const BugReportDraft draft = **back;
    QCOMPARE(draft.title, u"Campaign is not saved"_s);
    QCOMPARE(draft.fields.value(u"steps").toString(), u"1."_s);
    QCOMPARE(draft.severity, Severity::High);
    QCOMPARE(draft.area, team.campaigns);
    QCOMPARE(draft.updatedAt, Test::saturdayNoon + 1000);
    QCOMPARE(BugReportDraftStore::scope(u"tracker-bug.yml"_s, team.ticket),
             u"bugreport/new/tracker-bug.yml/"_s + QString::number(team.ticket.value()));
    // Another agent, another ticket: separate drafts.
    QVERIFY(!drafts.load(team.lead, u"tracker-bug.yml"_s, team.ticket)->has_value());
    QVERIFY(!drafts.load(team.early, u"tracker-bug.yml"_s, TicketId())->has_value());
    QCOMPARE(drafts.drafts(team.early)->size(), 1);

    QVERIFY(drafts.discard(team.early, u"tracker-bug.yml"_s, team.ticket).ok());
    QVERIFY(drafts.discard(team.early, u"tracker-bug.yml"_s, team.ticket).ok()); // already gone: fine
    QVERIFY(!drafts.load(team.early, u"tracker-bug.yml"_s, team.ticket)->has_value());
}

QTEST_GUILESS_MAIN(TestBugReportStore)
#include "tst_bugreportstore.moc"
