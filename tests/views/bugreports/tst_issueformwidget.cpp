// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/namedchild.h"
#include "tests/views/testforms.h"

#include "views/bugreports/issueformwidget.h"
#include "views/bugreports/logsyntax.h"
#include "views/bugreports/templaterender.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// A text block carries the highlighter's formats in its layout; none means nothing was applied.
int formatCount(const QPlainTextEdit *edit, int blockNumber)
{
    const QTextBlock block = edit->document()->findBlockByNumber(blockNumber);
    return block.isValid() ? int(block.layout()->formats().size()) : -1;
}

bool isDark(const KSyntaxHighlighting::Theme &theme)
{
    return QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    dark.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    return dark;
}

const QString pythonTraceback = uR"(Traceback (most recent call last):
  File "/srv/app/postback.py", line 42, in send
    response = session.get(url, timeout=5)
TimeoutError: timed out after 5 s)"_s;

} // namespace

class TestIssueFormWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersEveryElementType();
    void answersGoInAndOut();
    void R25_requiredFieldsAreValidatedInline();
    void requiredCheckboxMustBeTicked();
    void readOnlyShowsButDoesNotChange();
    void R27_renderFieldIsHighlightedAsItsLanguage();
    void R27_logFieldGuessesItsSyntax();
    void logFieldsAreKnownByTheirLabel_data();
    void logFieldsAreKnownByTheirLabel();
    void guessesSyntaxFromContent_data();
    void guessesSyntaxFromContent();
    void highlightingFollowsThePalette();
    void R27_filledFormInLightAndDarkPalettes();
};

void TestIssueFormWidget::rendersEveryElementType()
{
    IssueFormWidget widget;
    widget.setForm(Test::loadForm(Test::everyElementForm, u"every.yml"_s));
    widget.show();

    auto *markdown = Test::namedChild<QLabel>(&widget, u"form.markdown"_s);
    QVERIFY(markdown);
    QCOMPARE(markdown->textFormat(), Qt::MarkdownText);
    QVERIFY(markdown->text().contains(u"**Thanks**"_s));

    auto *version = Test::namedChild<QLineEdit>(&widget, u"form.field.version"_s);
    QVERIFY(version);
    QCOMPARE(version->placeholderText(), u"e.g. 1.2.3"_s);
    // Label with the required mark, and the description, are on screen.
    const QList<QLabel *> labels = widget.findChildren<QLabel *>();
    const auto shows = [&labels](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(), [&text](QLabel *l) { return l->text().contains(text); });
    };
    QVERIFY(shows(u"Version <span"_s));
    QVERIFY(shows(u"The version you run."_s));
    QVERIFY(shows(u"Relevant log output"_s));

    auto *steps = Test::namedChild<QPlainTextEdit>(&widget, u"form.field.steps"_s);
    QVERIFY(steps);
    QCOMPARE(steps->toPlainText(), u"1.\n2.\n"_s);
    auto *logs = Test::namedChild<QPlainTextEdit>(&widget, u"form.field.logs"_s);
    QVERIFY(logs);
    QCOMPARE(logs->placeholderText(), u"Paste the log here"_s);
    QVERIFY(QFontInfo(logs->font()).fixedPitch());
    QVERIFY(!QFontInfo(steps->font()).fixedPitch() || QFontInfo(QApplication::font()).fixedPitch());

    auto *browser = Test::namedChild<QComboBox>(&widget, u"form.field.browser"_s);
    QVERIFY(browser);
    QCOMPARE(browser->currentText(), u"Chrome"_s); // default: 1
    QCOMPARE(browser->count(), 4); // "None" first: the dropdown is optional

    auto *platforms = Test::namedChild<QListWidget>(&widget, u"form.field.platforms"_s);
    QVERIFY(platforms);
    QCOMPARE(platforms->count(), 3);
    QVERIFY(platforms->item(0)->flags() & Qt::ItemIsUserCheckable);

    auto *agree = Test::namedChild<QCheckBox>(&widget, u"form.field.terms.0"_s);
    auto *searched = Test::namedChild<QCheckBox>(&widget, u"form.field.terms.1"_s);
    QVERIFY(agree && searched);
    QVERIFY(agree->accessibleName().contains(u"required"_s));
    QVERIFY(!searched->accessibleName().contains(u"required"_s));
}

void TestIssueFormWidget::answersGoInAndOut()
{
    IssueFormWidget widget;
    const IssueForm form = Test::loadForm(Test::everyElementForm, u"every.yml"_s);
    widget.setForm(form);
    QCOMPARE(widget.answers(), initialAnswers(form));

    FormAnswers answers = initialAnswers(form);
    answers[u"version"_s].text = u"4.12.3"_s;
    answers[u"logs"_s].text = u"ERROR boom"_s;
    answers[u"browser"_s].selected = {2};
    answers[u"platforms"_s].selected = {0, 2};
    answers[u"terms"_s].selected = {0};
    QSignalSpy changed(&widget, &IssueFormWidget::answersChanged);
    widget.setAnswers(answers);
    QCOMPARE(changed.count(), 0); // only the person's edits count
    QCOMPARE(widget.answers(), answers);

    // An optional dropdown can be set back to no choice.
    answers[u"browser"_s].selected.clear();
    widget.setAnswers(answers);
    QCOMPARE(Test::namedChild<QComboBox>(&widget, u"form.field.browser"_s)->currentText(), u"None"_s);
    QCOMPARE(widget.answers().value(u"browser"_s).selected, QList<int>());

    widget.show();
    QTest::keyClicks(Test::namedChild<QLineEdit>(&widget, u"form.field.version"_s), u".1"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(widget.answers().value(u"version"_s).text, u"4.12.3.1"_s);
}

void TestIssueFormWidget::R25_requiredFieldsAreValidatedInline()
{
    IssueFormWidget widget;
    widget.setForm(Test::shippedForm(u":/templates/tracker-bug.yml"_s));
    widget.show();
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));

    QVERIFY(!widget.validate());
    // R25: link to the dialogue, fix version, background, steps, actual and expected result.
    const QStringList missing = widget.missingFields();
    for (const QString &key : {u"dialogue-link"_s, u"fix-version"_s, u"actual"_s, u"expected"_s, u"instance"_s,
                               u"severity"_s, u"product-area"_s}) {
        QVERIFY2(missing.contains(key), qPrintable(key));
        auto *error = Test::namedChild<QLabel>(&widget, u"form.error."_s + key);
        QVERIFY(error);
        QVERIFY2(error->isVisible(), qPrintable(key));
        QVERIFY(!error->text().isEmpty());
    }
    // Prefilled with a skeleton, background and steps count as answered; optional fields stay quiet.
    QVERIFY(!missing.contains(u"steps"_s));
    QVERIFY(!Test::namedChild<QLabel>(&widget, u"form.error.video"_s)->isVisible());
    auto *link = Test::namedChild<QLineEdit>(&widget, u"form.field.dialogue-link"_s);
    QTRY_VERIFY(link->hasFocus()); // the first problem gets the focus

    // Filling a field takes its message away at once.
    QTest::keyClicks(link, u"https://casebook.example.org/t/42"_s);
    QVERIFY(!Test::namedChild<QLabel>(&widget, u"form.error.dialogue-link"_s)->isVisible());
    QVERIFY(Test::namedChild<QLabel>(&widget, u"form.error.fix-version"_s)->isVisible());

    FormAnswers answers = widget.answers();
    answers[u"fix-version"_s].text = u"4.12.3"_s;
    answers[u"actual"_s].text = u"The postback is not sent."_s;
    answers[u"expected"_s].text = u"The postback reaches the network."_s;
    answers[u"instance"_s].text = u"tracker.example.com"_s;
    answers[u"severity"_s].selected = {1};
    answers[u"product-area"_s].selected = {3};
    widget.setAnswers(answers);
    QVERIFY(widget.validate());
    QVERIFY(widget.missingFields().isEmpty());
    QVERIFY(!Test::namedChild<QLabel>(&widget, u"form.error.fix-version"_s)->isVisible());
}

void TestIssueFormWidget::requiredCheckboxMustBeTicked()
{
    IssueFormWidget widget;
    widget.setForm(Test::loadForm(Test::everyElementForm, u"every.yml"_s));
    widget.show();
    FormAnswers answers = widget.answers();
    answers[u"version"_s].text = u"1.0"_s;
    answers[u"platforms"_s].selected = {1};
    widget.setAnswers(answers);

    QVERIFY(!widget.validate());
    QCOMPARE(widget.missingFields(), QStringList{u"terms"_s});
    auto *error = Test::namedChild<QLabel>(&widget, u"form.error.terms"_s);
    QVERIFY(error->text().contains(u"I agree to follow the code of conduct"_s));

    // The optional box alone does not do; the required one does.
    Test::namedChild<QCheckBox>(&widget, u"form.field.terms.1"_s)->click();
    QVERIFY(!widget.validate());
    Test::namedChild<QCheckBox>(&widget, u"form.field.terms.0"_s)->click();
    QVERIFY(!error->isVisible());
    QVERIFY(widget.validate());
}

void TestIssueFormWidget::readOnlyShowsButDoesNotChange()
{
    IssueFormWidget widget;
    widget.setForm(Test::loadForm(Test::everyElementForm, u"every.yml"_s));
    FormAnswers answers = widget.answers();
    answers[u"version"_s].text = u"2.0"_s;
    answers[u"terms"_s].selected = {0, 1};
    widget.setAnswers(answers);
    widget.setReadOnly(true);
    widget.show();

    auto *version = Test::namedChild<QLineEdit>(&widget, u"form.field.version"_s);
    QVERIFY(version->isReadOnly());
    QVERIFY(Test::namedChild<QPlainTextEdit>(&widget, u"form.field.steps"_s)->isReadOnly());
    auto *box = Test::namedChild<QCheckBox>(&widget, u"form.field.terms.0"_s);
    QVERIFY(box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton);
    QVERIFY(box->isChecked());
    QCOMPARE(widget.answers(), answers);
}

void TestIssueFormWidget::R27_renderFieldIsHighlightedAsItsLanguage()
{
    IssueFormWidget widget;
    widget.setForm(Test::loadForm(Test::everyElementForm, u"every.yml"_s));
    widget.show();
    auto *shell = Test::namedChild<QPlainTextEdit>(&widget, u"form.field.shell"_s);
    QVERIFY(shell);
    QVERIFY(QFontInfo(shell->font()).fixedPitch());
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = widget.highlighter(u"shell"_s);
    QVERIFY(highlighter);
    QCOMPARE(highlighter->definition().name(), u"Bash"_s);
    QCOMPARE(highlighter->document(), shell->document());

    FormAnswers answers;
    answers[u"shell"_s].text = u"if [ -f /etc/tracker.conf ]; then\n  echo \"found\" # comment\nfi"_s;
    widget.setAnswers(answers);
    QTRY_VERIFY(formatCount(shell, 0) > 0);
    QVERIFY(formatCount(shell, 1) > 0);
    // A field without render and without log words is plain text: no highlighter at all.
    QVERIFY(!widget.highlighter(u"steps"_s));
}

void TestIssueFormWidget::R27_logFieldGuessesItsSyntax()
{
    IssueFormWidget widget;
    widget.setForm(Test::shippedForm(u":/templates/tracker-bug.yml"_s));
    widget.show();
    // "Error text" says `render: text`: no language, so the text decides.
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = widget.highlighter(u"error-text"_s);
    QVERIFY(highlighter);
    const QString logDefinition = guessLogSyntax(u"plain words"_s);
    QCOMPARE(highlighter->definition().name(), logDefinition);

    auto *edit = Test::namedChild<QPlainTextEdit>(&widget, u"form.field.error-text"_s);
    edit->setFocus();
    edit->insertPlainText(pythonTraceback);
    QTRY_COMPARE(highlighter->definition().name(), u"Python"_s);
    QTRY_VERIFY(formatCount(edit, 1) > 0);
}

void TestIssueFormWidget::logFieldsAreKnownByTheirLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("log");
    QTest::newRow("error text") << u"Error text"_s << true;
    QTest::newRow("log output") << u"Relevant log output"_s << true;
    QTest::newRow("stack trace") << u"Stack trace"_s << true;
    QTest::newRow("console") << u"Console output"_s << true;
    QTest::newRow("crash") << u"Crash report"_s << true;
    QTest::newRow("dialogue is no log") << u"Link to the dialogue"_s << false;
    QTest::newRow("login is no log") << u"Login page"_s << false;
    QTest::newRow("steps") << u"Steps to reproduce"_s << false;
}

void TestIssueFormWidget::logFieldsAreKnownByTheirLabel()
{
    QFETCH(QString, label);
    QFETCH(bool, log);
    FormElement element;
    element.type = FormElementType::Textarea;
    element.label = label;
    QCOMPARE(isLogField(element), log);
    element.type = FormElementType::Input;
    QVERIFY(!isLogField(element));
}

void TestIssueFormWidget::guessesSyntaxFromContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("definition");
    QTest::newRow("python traceback") << pythonTraceback << u"Python"_s;
    QTest::newRow("json") << u"{\"error\": {\"code\": 500, \"message\": \"boom\"}}"_s << u"JSON"_s;
    QTest::newRow("shell session") << u"$ sudo systemctl restart tracker\nJob failed."_s << u"Bash"_s;
    QTest::newRow("user prompt") << u"anna@srv1:~$ ./install.sh\nerror: disk full"_s << u"Bash"_s;
    QTest::newRow("powershell") << u"PS C:\\Users\\anna> Get-Service tracker"_s << u"PowerShell"_s;
    QTest::newRow("diff") << u"--- a/conf\n+++ b/conf\n@@ -1 +1 @@\n-a\n+b"_s << u"Diff"_s;
    QTest::newRow("xml") << u"<?xml version=\"1.0\"?><error/>"_s << u"XML"_s;
    QTest::newRow("log lines") << u"2026-11-23 10:00:01 ERROR postback failed"_s << QString();
    QTest::newRow("broken json is a log") << u"{ not json"_s << QString();
}

void TestIssueFormWidget::guessesSyntaxFromContent()
{
    QFETCH(QString, text);
    QFETCH(QString, definition);
    // Empty: whatever the installed KSyntaxHighlighting calls its log file definition.
    QCOMPARE(guessLogSyntax(text), definition.isEmpty() ? guessLogSyntax(QString()) : definition);
}

void TestIssueFormWidget::highlightingFollowsThePalette()
{
    const QPalette light = QApplication::palette();
    IssueFormWidget widget;
    widget.setForm(Test::loadForm(Test::everyElementForm, u"every.yml"_s));
    widget.show();
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = widget.highlighter(u"shell"_s);
    QVERIFY(highlighter);
    const QString lightTheme = highlighter->theme().name();
    QVERIFY(!isDark(highlighter->theme()));

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(isDark(highlighter->theme()));
    QVERIFY(highlighter->theme().name() != lightTheme);

    QApplication::setPalette(light);
    QTRY_COMPARE(highlighter->theme().name(), lightTheme);
}

// Screenshots for people to look at: a filled tracker bug whose error text is a log, in the
// light and the dark palette. Written to CASEBOOK_SCREENSHOT_DIR, else the build folder.
void TestIssueFormWidget::R27_filledFormInLightAndDarkPalettes()
{
    const QString folder = qEnvironmentVariableIsSet("CASEBOOK_SCREENSHOT_DIR")
        ? qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR")
        : QDir::current().filePath(u"form-screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    const IssueForm form = Test::shippedForm(u":/templates/tracker-bug.yml"_s);
    FormAnswers answers = initialAnswers(form);
    answers[u"dialogue-link"_s].text = u"casebook://ticket/2816"_s;
    answers[u"fix-version"_s].text = u"4.12.3"_s;
    answers[u"background"_s].text =
        u"Settings: postback retries on, 3 attempts\nPermissions: admin\nBrowser and version: Firefox 133"_s;
    answers[u"steps"_s].text =
        u"1. Open Integrations > Postbacks\n2. Send a test postback to the network\n3. Open the postback log"_s;
    answers[u"actual"_s].text = u"The test postback times out; the network never receives it."_s;
    answers[u"expected"_s].text = u"The network answers 200 and the conversion shows in its report."_s;
    answers[u"error-text"_s].text = pythonTraceback;
    answers[u"instance"_s].text = u"tracker.northwind.example"_s;
    answers[u"item"_s].text = u"Campaign 4711, stream 3"_s;
    answers[u"accesses"_s].selected = {0, 1, 3};
    answers[u"severity"_s].selected = {1};
    answers[u"product-area"_s].selected = {3};

    const QPalette light = QApplication::palette();
    for (const auto &[name, palette] : {std::pair{u"form-light"_s, light}, std::pair{u"form-dark"_s, darkPalette()}}) {
        QApplication::setPalette(palette);
        const std::unique_ptr<QWidget> sheet(createFormSheet(form));
        auto *fields = Test::namedChild<IssueFormWidget>(sheet.get(), u"formSheet.form"_s);
        fields->setAnswers(answers);
        Test::namedChild<QLineEdit>(sheet.get(), u"formSheet.title"_s)
            ->setText(u"[Bug]: Test postbacks time out after 4.12.3"_s);
        sheet->setFixedWidth(760);
        sheet->show();
        KSyntaxHighlighting::SyntaxHighlighter *highlighter = fields->highlighter(u"error-text"_s);
        QVERIFY(highlighter);
        QCOMPARE(highlighter->definition().name(), u"Python"_s);
        QCOMPARE(isDark(highlighter->theme()), palette.color(QPalette::Base).lightness() < 128);
        QTRY_VERIFY(formatCount(Test::namedChild<QPlainTextEdit>(fields, u"form.field.error-text"_s), 2) > 0);
        QCoreApplication::processEvents();
        sheet->setFixedHeight(sheet->sizeHint().height());
        QCoreApplication::processEvents();
        const QString path = QDir(folder).filePath(name + u".png"_s);
        QVERIFY(sheet->grab().save(path));
        qInfo("%s", qPrintable(path));
    }
    QApplication::setPalette(light);
    qInfo("log file definition: %s", qPrintable(guessLogSyntax(u"2026-11-23 ERROR boom"_s)));
}

QTEST_MAIN(TestIssueFormWidget)
#include "tst_issueformwidget.moc"
