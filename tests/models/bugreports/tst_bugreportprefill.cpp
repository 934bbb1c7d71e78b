// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bugreports/bugreport.h"
#include "models/bugreports/bugreportprefill.h"
#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

IssueForm shippedTrackerBug()
{
    QFile file(u":/templates/tracker-bug.yml"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tracker-bug.yml is not compiled in");
    return parseIssueForm(file.readAll(), u"tracker-bug.yml"_s).value();
}

IssueForm parse(const QByteArray &yaml)
{
    auto form = parseIssueForm(yaml, u"form.yml"_s);
    if (!form.ok())
        qFatal("%s", qPrintable(form.error().message));
    return form.value();
}

PrefillSource northwind()
{
    PrefillSource source;
    source.ticket = TicketId(42);
    source.ticketSubject = u"Postbacks lost after the update"_s;
    source.customer = CustomerId(7);
    source.customerName = u"Northwind Media"_s;
    source.company = u"Northwind"_s;
    source.accountRef = u"ACC-100007"_s;
    source.productVersion = u"4.12.3"_s;
    source.selectedText = u"  Error 500: postback queue is full\n"_s;
    VaultEntry tracker;
    tracker.kind = VaultEntryKind::Tracker;
    tracker.label = u"Production tracker"_s;
    tracker.url = u"https://admin:hunter2@tracker.northwind.example/admin"_s; // credentials in a URL
    tracker.userName = u"support"_s;
    VaultEntry server;
    server.kind = VaultEntryKind::Server;
    server.label = u"Main server"_s;
    server.url = u"ssh://203.0.113.5"_s;
    server.userName = u"root"_s;
    source.accesses = {tracker, server};
    return source;
}

} // namespace

class TestBugReportPrefill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R25_R27_R30_ticketFillsTheTrackerBug();
    void typedAnswersAreKept();
    void labelsFindFieldsWithoutKnownIds();
    void accessesNeverCarrySecrets();
    void answersRoundTripThroughJson();
    void missingRequiredAnswers_data();
    void missingRequiredAnswers();
    void R28_severityWords_data();
    void R28_severityWords();
    void R26_R41_everyOutcomeHasItsReplyInBothLanguages();
    void dialogueLinkOpensTheTicket();
};

void TestBugReportPrefill::R25_R27_R30_ticketFillsTheTrackerBug()
{
    const IssueForm form = shippedTrackerBug();
    const BugReportPrefill prefill = prefillBugReport(form, northwind());
    QCOMPARE(prefill.answers.value(u"dialogue-link"_s).text, u"casebook://ticket/42"_s); // R25
    QCOMPARE(prefill.answers.value(u"fix-version"_s).text, u"4.12.3"_s);
    QCOMPARE(prefill.answers.value(u"error-text"_s).text, u"Error 500: postback queue is full"_s); // R27
    QCOMPARE(prefill.answers.value(u"instance"_s).text, u"tracker.northwind.example"_s); // R30
    // Tracker and Server ticked; registrar, affiliate network and WordPress are not in the vault.
    QCOMPARE(prefill.answers.value(u"accesses"_s).selected, (QList<int>{0, 1}));
    QCOMPARE(prefill.title, u"[Bug]: Postbacks lost after the update"_s);
    QCOMPARE(prefill.filledKeys,
             (QStringList{u"dialogue-link"_s, u"fix-version"_s, u"error-text"_s, u"instance"_s, u"accesses"_s}));
    // Fields with a starting value keep it; nothing invented for them.
    QCOMPARE(prefill.answers.value(u"steps"_s).text, u"1.\n2.\n3.\n"_s);
}

void TestBugReportPrefill::typedAnswersAreKept()
{
    const IssueForm form = shippedTrackerBug();
    FormAnswers typed = initialAnswers(form);
    typed[u"fix-version"_s].text = u"4.13.0-beta"_s;
    typed[u"accesses"_s].selected = {4};
    const BugReportPrefill prefill = prefillBugReport(form, northwind(), typed);
    QCOMPARE(prefill.answers.value(u"fix-version"_s).text, u"4.13.0-beta"_s);
    QCOMPARE(prefill.answers.value(u"accesses"_s).selected, QList<int>{4});
    QVERIFY(!prefill.filledKeys.contains(u"fix-version"_s));
    QCOMPARE(prefill.answers.value(u"dialogue-link"_s).text, u"casebook://ticket/42"_s);
}

void TestBugReportPrefill::labelsFindFieldsWithoutKnownIds()
{
    const IssueForm form = parse(R"(name: Ошибка
description: Отчёт об ошибке
title: "Bug: "
body:
  - type: input
    id: where
    attributes:
      label: Ссылка на диалог
  - type: input
    attributes:
      label: Client account
  - type: input
    id: ver
    attributes:
      label: App version
  - type: textarea
    id: output
    attributes:
      label: Console log
      render: shell
  - type: textarea
    id: creds
    attributes:
      label: Доступы
)");
    const BugReportPrefill prefill = prefillBugReport(form, northwind());
    QCOMPARE(prefill.answers.value(u"where"_s).text, u"casebook://ticket/42"_s);
    QCOMPARE(prefill.answers.value(u"client-account"_s).text, u"Northwind Media (Northwind), account ACC-100007"_s);
    QCOMPARE(prefill.answers.value(u"ver"_s).text, u"4.12.3"_s);
    QCOMPARE(prefill.answers.value(u"output"_s).text, u"Error 500: postback queue is full"_s);
    QCOMPARE(
        prefill.answers.value(u"creds"_s).text,
        u"Tracker: Production tracker (tracker.northwind.example, support)\nServer: Main server (203.0.113.5, root)"_s);
}

void TestBugReportPrefill::accessesNeverCarrySecrets()
{
    const IssueForm form = parse(R"(name: Access list
description: d
body:
  - type: textarea
    id: accesses
    attributes:
      label: Accesses
  - type: input
    id: instance
    attributes:
      label: Instance
)");
    const BugReportPrefill prefill = prefillBugReport(form, northwind());
    const QString all = prefill.answers.value(u"accesses"_s).text + prefill.answers.value(u"instance"_s).text;
    QVERIFY(all.contains(u"Production tracker"_s));
    QVERIFY2(!all.contains(u"hunter2"_s) && !all.contains(u"admin:"_s), qPrintable(all));
}

void TestBugReportPrefill::answersRoundTripThroughJson()
{
    const IssueForm form = shippedTrackerBug();
    FormAnswers answers = initialAnswers(form);
    answers[u"actual"_s].text = u"Nothing happens"_s;
    answers[u"accesses"_s].selected = {3, 0, 3, 99};
    answers[u"severity"_s].selected = {2};
    answers[u"product-area"_s].selected = {1};
    const QJsonObject json = answersToJson(form, answers);
    QCOMPARE(json.value(u"severity").toString(), u"High: all customers are blocked"_s);
    QCOMPARE(json.value(u"accesses").toArray(), (QJsonArray{u"Tracker"_s, u"Affiliate network"_s}));
    QVERIFY(!json.contains(u"video"_s)); // empty answers are left out
    const FormAnswers back = answersFromJson(form, QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QCOMPARE(back.value(u"actual"_s).text, u"Nothing happens"_s);
    QCOMPARE(back.value(u"accesses"_s).selected, (QList<int>{0, 3}));
    QCOMPARE(back.value(u"severity"_s).selected, QList<int>{2});
    QCOMPARE(answerText(*form.element(u"accesses"_s), back.value(u"accesses"_s)), u"Tracker, Affiliate network"_s);
    // Options stored by text survive reordering; vanished ones are dropped.
    QJsonObject stale = json;
    stale[u"product-area"] = u"Retired area"_s;
    QVERIFY(answersFromJson(form, stale).value(u"product-area"_s).selected.isEmpty());
    QCOMPARE(stepsElement(form)->id, u"steps"_s);
}

void TestBugReportPrefill::missingRequiredAnswers_data()
{
    QTest::addColumn<QByteArray>("answersJson");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("R25 everything missing but the prefilled values")
        << QByteArray("{}") << QStringList{u"dialogue-link"_s, u"fix-version"_s, u"actual"_s,      u"expected"_s,
                                           u"instance"_s,      u"severity"_s,    u"product-area"_s};
    QTest::newRow("white space is empty")
        << QByteArray(R"({"dialogue-link":"x","fix-version":" \n","actual":"a","expected":"e","instance":"i",
                         "severity":"Low: a workaround exists","product-area":"Other"})")
        << QStringList{u"fix-version"_s};
    QTest::newRow("complete") << QByteArray(
        R"({"dialogue-link":"x","fix-version":"1","actual":"a","expected":"e","instance":"i",
                         "severity":"Low: a workaround exists","product-area":"Other"})")
                              << QStringList{};
}

void TestBugReportPrefill::missingRequiredAnswers()
{
    QFETCH(QByteArray, answersJson);
    QFETCH(QStringList, missing);
    const IssueForm form = shippedTrackerBug();
    FormAnswers answers = initialAnswers(form);
    const FormAnswers given = answersFromJson(form, QJsonDocument::fromJson(answersJson).object());
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        answers.insert(it.key(), it.value());
    QCOMPARE(Casebook::missingRequiredAnswers(form, answers), missing);

    // A required checkbox must be ticked.
    const IssueForm terms = parse(R"(name: Terms
description: d
body:
  - type: checkboxes
    id: terms
    attributes:
      label: Terms
      options:
        - label: I searched existing reports
          required: true
        - label: Optional
)");
    FormAnswers ticked;
    QCOMPARE(Casebook::missingRequiredAnswers(terms, ticked), QStringList{u"terms"_s});
    ticked[u"terms"_s].selected = {0};
    QVERIFY(Casebook::missingRequiredAnswers(terms, ticked).isEmpty());
}

void TestBugReportPrefill::R28_severityWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("severity"); // -1: none
    QTest::newRow("R28 low: a workaround exists") << u"Low: a workaround exists"_s << int(Severity::Low);
    QTest::newRow("R28 medium: the customer is blocked")
        << u"Medium: the customer is blocked"_s << int(Severity::Medium);
    QTest::newRow("R28 high: all customers are blocked") << u"High: all customers are blocked"_s << int(Severity::High);
    QTest::newRow("R28 critical: the platform is offline") << u"critical"_s << int(Severity::Critical);
    QTest::newRow("Russian") << u"Высокая — все клиенты"_s << int(Severity::High);
    QTest::newRow("none") << u"Blocker"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    // The shipped texts read back as their own severity.
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        QTest::addRow("shipped text %d", int(s)) << severityText(s) << int(s);
}

void TestBugReportPrefill::R28_severityWords()
{
    QFETCH(QString, text);
    QFETCH(int, severity);
    const auto found = severityFromText(text);
    QCOMPARE(found ? int(*found) : -1, severity);
}

void TestBugReportPrefill::R26_R41_everyOutcomeHasItsReplyInBothLanguages()
{
    QStringList keys;
    QaVerdict accepted;
    accepted.accepted = true;
    keys.append(cannedReplyKey(accepted));
    for (DeclineReason reason :
         {DeclineReason::StepsNeedChanging, DeclineReason::WorksAsDesigned, DeclineReason::UpdateToLatest,
          DeclineReason::CannotReproduce, DeclineReason::Duplicate}) {
        QaVerdict declined;
        declined.reason = reason;
        keys.append(cannedReplyKey(declined));
    }
    for (BugStage stage :
         {BugStage::InProgress, BugStage::Staging, BugStage::CanaryGa, BugStage::Backlog, BugStage::Blocked})
        keys.append(cannedReplyKey(stage));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 11);

    for (const QString &language : {u"en"_s, u"ru"_s}) {
        QFile file(u":/replies/qa.%1.json"_s.arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"language").toString(), language);
        QStringList shipped;
        for (const auto &reply : root.value(u"replies").toArray()) {
            const QJsonObject r = reply.toObject();
            QVERIFY(!r.value(u"title").toString().isEmpty());
            QVERIFY(!r.value(u"body").toString().isEmpty());
            QVERIFY(r.value(u"rule") == u"R26"_s || r.value(u"rule") == u"R41"_s);
            shipped.append(r.value(u"key").toString());
        }
        QCOMPARE(shipped, keys);
    }
}

void TestBugReportPrefill::dialogueLinkOpensTheTicket()
{
    QCOMPARE(dialogueLink(TicketId(1234)).toString(), u"casebook://ticket/1234"_s);
    RecordedRoute route;
    route.severity = Severity::Critical;
    route.targets = {RouteTarget::Leads, RouteTarget::OnShift};
    route.agents = {AgentId(3), AgentId(1)};
    QCOMPARE(RecordedRoute::fromJson(route.toJson()), route);
}

QTEST_GUILESS_MAIN(TestBugReportPrefill)
#include "tst_bugreportprefill.moc"
