// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/views/fakeprompts.h"
#include "tests/views/namedchild.h"
#include "tests/views/testforms.h"

#include "views/bugreports/issueformwidget.h"
#include "views/bugreports/templateeditor.h"
#include "views/common/syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {

// Two elements share the id "version": GitHub refuses the form at the second one (line 13).
constexpr char duplicateIds[] = R"(name: Broken
description: Two fields with one id
body:
  - type: input
    id: version
    attributes:
      label: Version
  - type: input
    id: other
    attributes:
      label: Other
  - type: input
    id: version
    attributes:
      label: Version again
)";

} // namespace

class TestTemplateEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validTemplateShowsItsForm();
    void errorsAreShownWhereTheyAre();
    void typingRechecksAfterAPause();
    void importsAFile();
    void pastesYaml();
    void savesOnlyValidTemplates();
};

void TestTemplateEditor::validTemplateShowsItsForm()
{
    TemplateEditor editor;
    editor.resize(1000, 700);
    editor.show();
    editor.setTemplate(Test::everyElementForm, u"every.yml"_s);
    QVERIFY(editor.isValid());
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(Test::namedChild<QLineEdit>(editor.preview(), u"form.field.version"_s));
    QVERIFY(!Test::namedChild<QListWidget>(&editor, u"templateEditor.problems"_s)->isVisible());

    auto *yaml = Test::namedChild<QPlainTextEdit>(&editor, u"templateEditor.yaml"_s);
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = editHighlighter(yaml);
    QVERIFY(highlighter);
    QCOMPARE(highlighter->definition().name(), u"YAML"_s);
    QTRY_VERIFY(!yaml->document()->firstBlock().layout()->formats().isEmpty());
}

void TestTemplateEditor::errorsAreShownWhereTheyAre()
{
    TemplateEditor editor;
    editor.resize(1000, 700);
    editor.show();
    editor.setTemplate(Test::everyElementForm, u"every.yml"_s);
    editor.setTemplate(duplicateIds, u"broken.yml"_s);
    QVERIFY(!editor.isValid());
    QVERIFY(!editor.problems().isEmpty());
    const FormProblem problem = editor.problems().constFirst();
    QCOMPARE(problem.line, 13);

    auto *list = Test::namedChild<QListWidget>(&editor, u"templateEditor.problems"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), editor.problems().size());
    QVERIFY(list->item(0)->text().startsWith(u"%1:%2"_s.arg(problem.line).arg(problem.column)));
    auto *yaml = Test::namedChild<QPlainTextEdit>(&editor, u"templateEditor.yaml"_s);
    QCOMPARE(yaml->extraSelections().size(), editor.problems().size());
    QCOMPARE(yaml->extraSelections().constFirst().cursor.blockNumber(), problem.line - 1);

    // The cursor jumps to the problem when it is activated in the list.
    yaml->moveCursor(QTextCursor::Start);
    list->itemClicked(list->item(0));
    QCOMPARE(yaml->textCursor().blockNumber(), problem.line - 1);
    QCOMPARE(yaml->textCursor().positionInBlock(), problem.column - 1);

    // The preview keeps the last valid form instead of going blank.
    QVERIFY(Test::namedChild<QLineEdit>(editor.preview(), u"form.field.version"_s));
    QVERIFY(Test::namedChild<QLabel>(&editor, u"templateEditor.status"_s)->text().contains(u"refuse"_s));

    // For people to look at: the editor with a refused template.
    const QString folder = QDir::current().filePath(u"form-screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    QTest::qWait(50); // widgets added to a shown layout appear on the next turn of the event loop
    QVERIFY(editor.grab().save(QDir(folder).filePath(u"template-editor.png"_s)));
}

void TestTemplateEditor::typingRechecksAfterAPause()
{
    TemplateEditor editor;
    editor.show();
    editor.setTemplate(duplicateIds, u"broken.yml"_s);
    QVERIFY(!editor.isValid());
    QSignalSpy modified(&editor, &TemplateEditor::modifiedChanged);

    auto *yaml = Test::namedChild<QPlainTextEdit>(&editor, u"templateEditor.yaml"_s);
    QTextCursor cursor = yaml->document()->find(u"id: version"_s, yaml->document()->findBlockByNumber(11).position());
    QVERIFY(!cursor.isNull());
    cursor.insertText(u"id: third"_s);
    QCOMPARE(modified.count(), 1);
    QVERIFY(!editor.isValid()); // not yet: the check waits for a pause in typing
    QTRY_VERIFY(editor.isValid());
    QVERIFY(Test::namedChild<QLineEdit>(editor.preview(), u"form.field.third"_s));
    QVERIFY(yaml->extraSelections().isEmpty());
}

void TestTemplateEditor::importsAFile()
{
    FakePrompts prompts;
    QTemporaryDir dir;
    prompts.fileName = dir.filePath(u"bug_report.yml"_s);
    QFile file(prompts.fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Test::everyElementForm);
    file.close();

    TemplateEditor editor;
    Test::namedChild<QAction>(&editor, u"templateEditor.import"_s)->trigger();
    QCOMPARE(editor.yaml(), QByteArray(Test::everyElementForm));
    QCOMPARE(editor.fileName(), u"bug_report.yml"_s);
    QVERIFY(editor.isValid());
    QVERIFY(editor.isModified());

    prompts.fileName = dir.filePath(u"missing.yml"_s);
    Test::namedChild<QAction>(&editor, u"templateEditor.import"_s)->trigger();
    QVERIFY(prompts.shown.last().startsWith(u"Cannot Import"_s));
    QCOMPARE(editor.yaml(), QByteArray(Test::everyElementForm));
}

void TestTemplateEditor::pastesYaml()
{
    TemplateEditor editor;
    editor.setTemplate(duplicateIds, u"broken.yml"_s);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(Test::everyElementForm));
    Test::namedChild<QAction>(&editor, u"templateEditor.paste"_s)->trigger();
    QVERIFY(editor.isValid());
    QCOMPARE(editor.form().name, u"Every element"_s);
    // Pasting goes through the undo stack.
    Test::namedChild<QPlainTextEdit>(&editor, u"templateEditor.yaml"_s)->undo();
    QCOMPARE(editor.yaml(), QByteArray(duplicateIds));
}

void TestTemplateEditor::savesOnlyValidTemplates()
{
    TemplateEditor editor;
    QSignalSpy saved(&editor, &TemplateEditor::saveRequested);
    editor.setTemplate(duplicateIds, u"broken.yml"_s);
    auto *save = Test::namedChild<QAction>(&editor, u"templateEditor.save"_s);
    save->trigger();
    QCOMPARE(saved.count(), 0);
    editor.setTemplate(Test::everyElementForm, u"every.yml"_s);
    save->trigger();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.constFirst().at(1).toString(), u"every.yml"_s);
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
