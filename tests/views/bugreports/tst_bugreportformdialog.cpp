// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/models/bugreports/bugreportfixture.h"
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"

#include "models/agents/session.h"
#include "models/bugreports/bugreportdraftstore.h"
#include "tests/support/testdatabase.h"
#include "views/bugreports/bugreportformdialog.h"
#include "views/bugreports/issueformwidget.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

const QString traceback = uR"(Traceback (most recent call last):
  File "/srv/tracker/postback.py", line 88, in send
    raise TimeoutError("network did not answer")
TimeoutError: network did not answer)"_s;

const QString trackerBug = u"tracker-bug.yml"_s;

} // namespace

class TestBugReportFormDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void offersTheTeamsTemplatesAndContactLinks();
    void R25_R27_R30_prefilledFromTheTicket();
    void draftIsSavedAsYouTypeAndSurvivesACrash();
    void R25_submitChecksRequiredFieldsThenStores();
    void likelyDuplicatesAreShownBeforeSubmitting();
    void exportsMarkdownJiraAndGitHub();

private:
    std::unique_ptr<BugReportFormDialog> openDialog(const QString &selected = {});

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FakePrompts> m_prompts;
    Test::BugTeam m_team;
};

void TestBugReportFormDialog::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock = std::make_unique<FakeClock>(Test::saturdayNoon);
    m_team = Test::makeBugTeam(*m_db, *m_clock);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"casebook.ini"_s), QSettings::IniFormat);
    m_session = std::make_unique<Session>(*m_db, *m_clock, m_settings.get());
    m_prompts = std::make_unique<FakePrompts>();
}

void TestBugReportFormDialog::cleanup()
{
    m_prompts.reset();
    m_session.reset();
    m_db.reset();
    m_testDb.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<BugReportFormDialog> TestBugReportFormDialog::openDialog(const QString &selected)
{
    auto dialog = std::make_unique<BugReportFormDialog>(*m_session, m_team.ticket, selected);
    dialog->chooseTemplate(trackerBug);
    dialog->show();
    return dialog;
}

void TestBugReportFormDialog::offersTheTeamsTemplatesAndContactLinks()
{
    const auto dialog = openDialog();
    auto *choice = Test::namedChild<QComboBox>(dialog.get(), u"bugForm.template"_s);
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3); // the shipped forms; config.yml is the chooser, not a form
    QCOMPARE(choice->currentData().toString(), trackerBug);
    // config.yml: blank issues are off; its contact links point questions elsewhere.
    auto *links = Test::namedChild<QLabel>(dialog.get(), u"bugForm.contactLinks"_s);
    QVERIFY(links->isVisible());
    QVERIFY(links->text().contains(u"https://casebook.example.org/docs"_s));
    QVERIFY(!links->text().contains(u"Blank issues"_s));
    links->linkActivated(u"https://casebook.example.org/docs"_s);
    QCOMPARE(m_prompts->opened.value(0), QUrl(u"https://casebook.example.org/docs"_s));

    QVERIFY(dialog->chooseTemplate(u"feature-request.yml"_s));
    QCOMPARE(dialog->formWidget()->form().name, u"Feature request"_s);
    QVERIFY(!dialog->chooseTemplate(u"nope.yml"_s));
}

void TestBugReportFormDialog::R25_R27_R30_prefilledFromTheTicket()
{
    const auto dialog = openDialog(traceback);
    const FormAnswers answers = dialog->formWidget()->answers();
    // R25: the link to the dialogue; R27: the selected error text, highlighted as what it is.
    QCOMPARE(answers.value(u"dialogue-link"_s).text, dialogueLink(m_team.ticket).toString());
    QCOMPARE(answers.value(u"error-text"_s).text, traceback);
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = dialog->formWidget()->highlighter(u"error-text"_s);
    QVERIFY(highlighter);
    QTRY_COMPARE(highlighter->definition().name(), u"Python"_s);
    QVERIFY(dialog->title().contains(u"Postbacks lost after the update"_s));
    QVERIFY(dialog->title().startsWith(u"[Bug]: "_s));
    QVERIFY(Test::namedChild<QLabel>(dialog.get(), u"bugForm.status"_s)->text().contains(u"ticket #"_s));

    // For people to look at: the form as it opens from a ticket.
    const QString folder = QDir::current().filePath(u"form-screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    QTest::qWait(50); // widgets added to a shown layout appear on the next turn of the event loop
    QVERIFY(dialog->grab().save(QDir(folder).filePath(u"report-form-dialog.png"_s)));
}

void TestBugReportFormDialog::draftIsSavedAsYouTypeAndSurvivesACrash()
{
    auto dialog = openDialog();
    auto *actual = Test::namedChild<QPlainTextEdit>(dialog.get(), u"form.field.actual"_s);
    QVERIFY(actual);
    actual->setFocus();
    QTest::keyClicks(actual, u"Postbacks stop after the update"_s);

    // Debounced: saved after the typing pause, without closing anything.
    BugReportDraftStore drafts(*m_db, *m_clock);
    QTRY_VERIFY(drafts.load(m_team.admin, trackerBug, m_team.ticket).value().has_value());
    const auto saved = drafts.load(m_team.admin, trackerBug, m_team.ticket).value();
    QCOMPARE(saved->fields.value(u"actual"_s).toString(), u"Postbacks stop after the update"_s);

    // A crash: the window is gone without a word; the next form for the ticket has it back.
    dialog.release()->deleteLater(); // deliberately leaked past its destructor's save
    const auto again = std::make_unique<BugReportFormDialog>(*m_session, m_team.ticket);
    again->chooseTemplate(trackerBug);
    QCOMPARE(again->formWidget()->answers().value(u"actual"_s).text, u"Postbacks stop after the update"_s);
    QVERIFY(Test::namedChild<QLabel>(again.get(), u"bugForm.status"_s)->text().contains(u"draft"_s));
}

void TestBugReportFormDialog::R25_submitChecksRequiredFieldsThenStores()
{
    const auto dialog = openDialog();
    QSignalSpy submitted(dialog.get(), &BugReportFormDialog::reportSubmitted);
    QVERIFY(!dialog->submit());
    QCOMPARE(submitted.count(), 0);
    QVERIFY(Test::namedChild<QLabel>(dialog.get(), u"form.error.actual"_s)->isVisible());

    FormAnswers answers = dialog->formWidget()->answers();
    answers[u"fix-version"_s].text = u"4.12.3"_s;
    answers[u"actual"_s].text = u"Postbacks are not sent"_s;
    answers[u"expected"_s].text = u"Postbacks reach the network"_s;
    answers[u"instance"_s].text = u"tracker.northwind.example"_s;
    answers[u"severity"_s].selected = {1};
    answers[u"product-area"_s].selected = {1}; // Campaigns and streams
    dialog->formWidget()->setAnswers(answers);
    QVERIFY(dialog->submit());
    QCOMPARE(submitted.count(), 1);

    const auto report = BugReportStore(*m_db, *m_clock).report(dialog->submittedReport());
    QVERIFY(report.ok());
    QCOMPARE(report->ticket, m_team.ticket);
    QCOMPARE(report->severity, std::optional<Severity>(Severity::Medium));
    QCOMPARE(report->area, m_team.campaigns); // R29: its owner gets it
    QCOMPARE(report->fields.value(u"actual"_s).toString(), u"Postbacks are not sent"_s);
    QVERIFY(dialog->formWidget()->isReadOnly());
    QVERIFY(!BugReportDraftStore(*m_db, *m_clock).load(m_team.admin, trackerBug, m_team.ticket).value());
}

void TestBugReportFormDialog::likelyDuplicatesAreShownBeforeSubmitting()
{
    const auto earlier = BugReportStore(*m_db, *m_clock)
                             .submit(Test::newTrackerBug(m_team, u"Postbacks lost after the update to 4.12"_s));
    QVERIFY(earlier.ok());
    const auto dialog = openDialog();
    auto *list = Test::namedChild<QListWidget>(dialog.get(), u"bugForm.duplicates"_s);
    QTRY_VERIFY(list->count() > 0);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), earlier->value());
}

void TestBugReportFormDialog::exportsMarkdownJiraAndGitHub()
{
    const auto dialog = openDialog(u"ERROR postback timeout"_s);
    Test::namedChild<QPushButton>(dialog.get(), u"bugForm.copyMarkdown"_s)->click();
    const QString markdown = QGuiApplication::clipboard()->text();
    QVERIFY(markdown.startsWith(u"### Link to the dialogue\n\n"_s));
    QVERIFY(markdown.contains(u"```text\nERROR postback timeout\n```"_s));
    Test::namedChild<QPushButton>(dialog.get(), u"bugForm.copyJira"_s)->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"h3. Link to the dialogue"_s));

    // No repository named yet: nothing opens.
    Test::namedChild<QPushButton>(dialog.get(), u"bugForm.openGitHub"_s)->click();
    QVERIFY(m_prompts->opened.isEmpty());
    auto *repository = Test::namedChild<QLineEdit>(dialog.get(), u"bugForm.repository"_s);
    repository->setText(u"acme/tracker"_s);
    Test::namedChild<QPushButton>(dialog.get(), u"bugForm.openGitHub"_s)->click();
    QCOMPARE(m_prompts->opened.size(), 1);
    const QString url = m_prompts->opened.constFirst().toString(QUrl::FullyEncoded);
    QVERIFY(url.startsWith(u"https://github.com/acme/tracker/issues/new?"_s));
    QVERIFY(url.contains(u"template=tracker-bug.yml"_s));
    QCOMPARE(m_settings->value(u"bugreports/githubRepository"_s).toString(), u"acme/tracker"_s);

    // Too long for an address: the body goes to the clipboard, the page names the template only.
    FormAnswers answers = dialog->formWidget()->answers();
    answers[u"error-text"_s].text = QString(20000, u'x');
    dialog->formWidget()->setAnswers(answers);
    QGuiApplication::clipboard()->clear();
    Test::namedChild<QPushButton>(dialog.get(), u"bugForm.openGitHub"_s)->click();
    QCOMPARE(m_prompts->opened.size(), 2);
    QVERIFY(!m_prompts->opened.last().toString(QUrl::FullyEncoded).contains(u"body="_s));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QString(20000, u'x')));
}

QTEST_MAIN(TestBugReportFormDialog)
#include "tst_bugreportformdialog.moc"
