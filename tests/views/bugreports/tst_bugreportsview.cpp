// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/bugreports/bugreporteventsmodel.h"
#include "models/bugreports/bugreportlistmodel.h"
#include "models/common/itemroles.h"
#include "tests/support/testdatabase.h"
#include "views/bugreports/bugreportsview.h"
#include "views/bugreports/issueformwidget.h"
#include "views/bugreports/templateeditor.h"
#include "views/bugreports/templatesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

class TestBugReportsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void listsReportsAndFiltersThem();
    void opensTheReportReadOnlyWithItsHistory();
    void R26_acceptedVerdictOffersTheCustomerUpdate();
    void R26_declinedVerdictNeedsAReasonAndOffersItsUpdate_data();
    void R26_declinedVerdictNeedsAReasonAndOffersItsUpdate();
    void R41_stagesAreRecordedAndOfferedToTheCustomer();
    void templatesAreEditedAndAddedThroughTheStore();

private:
    void pick(const QString &comboName, const QString &text);
    void accept(BugReportsView &view);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<BugReportsView> m_view;
    Test::BugTeam m_team;
    BugReportId m_medium;
    BugReportId m_critical;
};

void TestBugReportsView::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(Test::saturdayNoon);
    m_team = Test::makeBugTeam(*m_db, *m_clock);
    BugReportStore store(*m_db, *m_clock);
    m_medium = store.submit(Test::newTrackerBug(m_team, u"Campaign cannot be saved"_s)).value();
    m_clock->advanceMs(60'000);
    auto critical =
        Test::newTrackerBug(m_team, u"Tracker is offline"_s,
                            Test::trackerBugFields(u"1. Open the tracker"_s, u"Critical: the platform is offline"_s));
    critical.severity = Severity::Critical;
    m_critical = store.submit(critical).value();
    m_session = std::make_unique<Session>(*m_db, *m_clock, nullptr);
    m_prompts = std::make_unique<FakePrompts>();
    m_view = std::make_unique<BugReportsView>(*m_session);
    m_view->resize(1100, 700);
    m_view->show();
}

void TestBugReportsView::cleanup()
{
    m_view.reset();
    m_prompts.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestBugReportsView::pick(const QString &comboName, const QString &text)
{
    auto *combo = Test::namedChild<QComboBox>(m_view.get(), comboName);
    QVERIFY(combo);
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

void TestBugReportsView::listsReportsAndFiltersThem()
{
    BugReportListModel *model = m_view->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(Test::namedChild<QLabel>(m_view.get(), u"bugreports.count"_s)->text().startsWith(u"2 "_s));

    pick(u"bugreports.filter.severity"_s, severityText(Severity::Critical));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->reportAt(model->index(0, 0)), m_critical);
    pick(u"bugreports.filter.severity"_s, u"Any"_s);
    QCOMPARE(model->rowCount(), 2);

    pick(u"bugreports.filter.area"_s, u"Tracking and statistics"_s);
    QCOMPARE(model->rowCount(), 0);
    pick(u"bugreports.filter.area"_s, u"Any"_s);
    pick(u"bugreports.filter.customer"_s, u"Northwind Media"_s);
    QCOMPARE(model->rowCount(), 2);
    pick(u"bugreports.filter.status"_s, bugReportStatusText(BugReportStatus::Accepted));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(Test::namedChild<QLabel>(m_view.get(), u"bugreports.placeholder"_s)->isVisible());
}

void TestBugReportsView::opensTheReportReadOnlyWithItsHistory()
{
    QVERIFY(m_view->showReport(m_medium));
    QCOMPARE(m_view->currentReport(), m_medium);
    QVERIFY(Test::namedChild<QLabel>(m_view.get(), u"bugreports.heading"_s)
                ->text()
                .contains(u"Campaign cannot be saved"_s));
    auto *form = Test::namedChild<IssueFormWidget>(m_view.get(), u"bugreports.form"_s);
    QVERIFY(form->isReadOnly());
    auto *actual = Test::namedChild<QPlainTextEdit>(form, u"form.field.actual"_s);
    QVERIFY(actual);
    QCOMPARE(actual->toPlainText(), u"The campaign is not saved"_s);
    QVERIFY(actual->isReadOnly());
    // History: submitted, the owner (R29) and the route (R28).
    auto *history = Test::namedChild<QListView>(m_view.get(), u"bugreports.history"_s);
    QVERIFY(history->model()->rowCount() >= 3);
    // The QA tab offers no stages before the report is accepted.
    QVERIFY(!Test::namedChild<QWidget>(m_view.get(), u"bugreports.stage"_s)->isEnabled());
}

void TestBugReportsView::accept(BugReportsView &view)
{
    QSignalSpy offered(&view, &BugReportsView::replyOffered);
    QVERIFY(view.showReport(m_medium));
    pick(u"bugreports.verdict.outcome"_s, u"Accepted"_s);
    Test::namedChild<QLineEdit>(&view, u"bugreports.verdict.version"_s)->setText(u"4.13.0"_s);
    auto *task = Test::namedChild<QLineEdit>(&view, u"bugreports.verdict.task"_s);
    task->clear();
    // Accepted needs the task link: refused without it, and no customer update is offered.
    Test::namedChild<QPushButton>(&view, u"bugreports.verdict.record"_s)->click();
    QCOMPARE(offered.count(), 0);
    task->setText(u"https://tasks.example.org/TR-1"_s);
    Test::namedChild<QPushButton>(&view, u"bugreports.verdict.record"_s)->click();
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.constFirst().at(0).value<TicketId>(), m_team.ticket);
    QCOMPARE(offered.constFirst().at(1).toString(), u"qa-accepted"_s);
}

void TestBugReportsView::R26_acceptedVerdictOffersTheCustomerUpdate()
{
    accept(*m_view);
    const auto report = BugReportStore(*m_db, *m_clock).report(m_medium);
    QCOMPARE(report->status, BugReportStatus::Accepted);
    QCOMPARE(report->taskUrl, u"https://tasks.example.org/TR-1"_s);
    QCOMPARE(report->reproducedVersion, u"4.13.0"_s);
    QTRY_VERIFY(Test::namedChild<QLabel>(m_view.get(), u"bugreports.facts"_s)->text().contains(u"TR-1"_s));
    auto *history = Test::namedChild<QListView>(m_view.get(), u"bugreports.history"_s);
    const QAbstractItemModel *events = history->model();
    QTRY_VERIFY(events->data(events->index(events->rowCount() - 1, 0), ItemRole::RawValueRole).toString()
                == u"verdict"_s);
}

void TestBugReportsView::R26_declinedVerdictNeedsAReasonAndOffersItsUpdate_data()
{
    QTest::addColumn<DeclineReason>("reason");
    QTest::addColumn<QString>("key");
    QTest::newRow("R26 steps need changing") << DeclineReason::StepsNeedChanging << u"qa-declined-steps"_s;
    QTest::newRow("R26 works as designed") << DeclineReason::WorksAsDesigned << u"qa-declined-as-designed"_s;
    QTest::newRow("R26 update to the latest") << DeclineReason::UpdateToLatest << u"qa-declined-update"_s;
    QTest::newRow("R26 cannot reproduce") << DeclineReason::CannotReproduce << u"qa-declined-cannot-reproduce"_s;
    QTest::newRow("R26 duplicate") << DeclineReason::Duplicate << u"qa-declined-duplicate"_s;
}

void TestBugReportsView::R26_declinedVerdictNeedsAReasonAndOffersItsUpdate()
{
    QFETCH(DeclineReason, reason);
    QFETCH(QString, key);
    QSignalSpy offered(m_view.get(), &BugReportsView::replyOffered);
    QVERIFY(m_view->showReport(m_medium));
    pick(u"bugreports.verdict.outcome"_s, tr("Declined: %1").arg(declineReasonText(reason)));
    Test::namedChild<QLineEdit>(m_view.get(), u"bugreports.verdict.version"_s)->setText(u"4.13.0"_s);
    QVERIFY(!Test::namedChild<QLineEdit>(m_view.get(), u"bugreports.verdict.task"_s)->isEnabled());
    auto *duplicateOf = Test::namedChild<QSpinBox>(m_view.get(), u"bugreports.verdict.duplicateOf"_s);
    QCOMPARE(duplicateOf->isEnabled(), reason == DeclineReason::Duplicate);
    if (reason == DeclineReason::Duplicate)
        duplicateOf->setValue(int(m_critical.value()));
    QVERIFY(m_view->recordVerdict());
    QCOMPARE(offered.count(), 1);
    QCOMPARE(offered.constFirst().at(1).toString(), key);
    const auto report = BugReportStore(*m_db, *m_clock).report(m_medium);
    QCOMPARE(report->status, BugReportStatus::Declined);
    QCOMPARE(report->declineReason, std::optional<DeclineReason>(reason));
}

void TestBugReportsView::R41_stagesAreRecordedAndOfferedToTheCustomer()
{
    accept(*m_view);
    auto *stageBox = Test::namedChild<QWidget>(m_view.get(), u"bugreports.stage"_s);
    QTRY_VERIFY(stageBox->isEnabled());
    QSignalSpy offered(m_view.get(), &BugReportsView::replyOffered);
    for (const BugStage stage :
         {BugStage::InProgress, BugStage::Staging, BugStage::CanaryGa, BugStage::Backlog, BugStage::Blocked}) {
        pick(u"bugreports.stage.choice"_s, bugStageText(stage));
        Test::namedChild<QPushButton>(m_view.get(), u"bugreports.stage.record"_s)->click();
        QCOMPARE(offered.last().at(1).toString(), cannedReplyKey(stage));
        QCOMPARE(BugReportStore(*m_db, *m_clock).report(m_medium)->stage, std::optional<BugStage>(stage));
    }
    QCOMPARE(offered.count(), 5);
}

void TestBugReportsView::templatesAreEditedAndAddedThroughTheStore()
{
    TemplatesDialog dialog(*m_session);
    dialog.show();
    QVERIFY(dialog.showTemplate(u"tracker-bug.yml"_s));
    TemplateEditor *editor = dialog.editor();
    auto *yaml = Test::namedChild<QPlainTextEdit>(editor, u"templateEditor.yaml"_s);
    const QString edited = yaml->toPlainText().replace(u"name: Tracker bug"_s, u"name: Tracker bug (team)"_s);
    yaml->setPlainText(edited);
    QVERIFY(dialog.save());
    TemplateStore store(*m_db, *m_clock);
    const auto stored = store.templateByFileName(u"tracker-bug.yml"_s);
    QCOMPARE(stored->name, u"Tracker bug (team)"_s);
    QVERIFY(stored->edited);

    // A refused text is not stored, and the dialog says why.
    yaml->setPlainText(u"name: Broken\n"_s);
    QVERIFY(!dialog.save());
    QCOMPARE(store.templateByFileName(u"tracker-bug.yml"_s)->name, u"Tracker bug (team)"_s);

    // "New" stores a new template next to the shipped ones.
    Test::namedChild<QAction>(&dialog, u"templates.new"_s)->trigger();
    QVERIFY(dialog.save());
    QCOMPARE(store.templates()->size(), 4);
}

QTEST_MAIN(TestBugReportsView)
#include "tst_bugreportsview.moc"
