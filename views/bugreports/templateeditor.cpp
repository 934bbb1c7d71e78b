// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditor.h"

#include "issueformwidget.h"
#include "models/bugreports/issueformparser.h"
#include "views/common/prompts.h"
#include "views/common/syntaxhighlighting.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int checkDelayMs = 300;

QColor problemColour(const QPalette &palette, FormProblem::Severity severity)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (severity == FormProblem::Severity::Warning)
        return dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0xb0, 0x6b, 0x00);
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

// The problem's place as a cursor: its line and column, clamped to the text that is there.
QTextCursor cursorAt(QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(std::max(line, 1) - 1);
    QTextCursor cursor(block.isValid() ? block : document->lastBlock());
    const int offset = std::clamp(column - 1, 0, std::max(int(cursor.block().length()) - 1, 0));
    cursor.setPosition(cursor.block().position() + offset);
    return cursor;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_text(new QPlainTextEdit(this))
    , m_problemList(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_preview(new IssueFormWidget(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(u"templateEditor"_s);
    m_toolBar->setObjectName(u"templateEditor.toolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    QAction *import = m_toolBar->addAction(QIcon::fromTheme(u"document-open"_s), tr("Import File…"));
    import->setObjectName(u"templateEditor.import"_s);
    connect(import, &QAction::triggered, this, &TemplateEditor::importFile);
    QAction *paste = m_toolBar->addAction(QIcon::fromTheme(u"edit-paste"_s), tr("Paste YAML"));
    paste->setObjectName(u"templateEditor.paste"_s);
    paste->setToolTip(tr("Replace the template with the YAML on the clipboard"));
    connect(paste, &QAction::triggered, this, &TemplateEditor::pasteTemplate);
    m_toolBar->addSeparator();
    QAction *save = m_toolBar->addAction(QIcon::fromTheme(u"document-save"_s), tr("Save Template"));
    save->setObjectName(u"templateEditor.save"_s);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this, save] {
        check();
        if (m_valid)
            Q_EMIT saveRequested(yaml(), m_fileName);
        save->setEnabled(m_valid);
    });

    m_text->setObjectName(u"templateEditor.yaml"_s);
    m_text->setAccessibleName(tr("Template source"));
    m_text->setAccessibleDescription(tr("The issue form in YAML, as GitHub reads it"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    highlightEdit(m_text, u"YAML"_s);

    m_problemList->setObjectName(u"templateEditor.problems"_s);
    m_problemList->setMaximumHeight(120);
    m_problemList->setFrameShape(QFrame::StyledPanel);
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToProblem(m_problemList->row(item)); });
    connect(m_problemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { jumpToProblem(m_problemList->row(item)); });

    m_status->setObjectName(u"templateEditor.status"_s);
    m_status->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_problemList);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"templateEditor.previewArea"_s);
    scroll->setAccessibleName(tr("Form preview"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_preview);
    m_preview->setObjectName(u"templateEditor.preview"_s);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplateEditor::check);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, save] {
        save->setEnabled(true);
        if (m_loading)
            return;
        setModified(true);
        m_checkTimer->start();
    });
    check();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::setTemplate(const QByteArray &yaml, const QString &fileName)
{
    m_fileName = fileName;
    m_loading = true;
    m_text->setPlainText(QString::fromUtf8(yaml));
    m_loading = false;
    setModified(false);
    check();
}

QByteArray TemplateEditor::yaml() const
{
    return m_text->toPlainText().toUtf8();
}

void TemplateEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void TemplateEditor::check()
{
    m_checkTimer->stop();
    const QString name = m_fileName.isEmpty() ? tr("template.yml") : m_fileName;
    IssueFormCheck result = checkIssueForm(yaml(), name);
    m_problems = result.problems;
    m_valid = result.ok();
    if (m_valid) {
        m_form = result.form;
        // The preview keeps what the person typed into it while the layout stays the same.
        const FormAnswers typed = m_preview->answers();
        m_preview->setForm(m_form);
        m_preview->setAnswers(typed);
    }
    showProblems();
    underlineProblems();
}

void TemplateEditor::showProblems()
{
    m_problemList->clear();
    int errors = 0;
    for (const FormProblem &problem : std::as_const(m_problems)) {
        const bool error = problem.severity == FormProblem::Severity::Error;
        errors += error ? 1 : 0;
        //: A template problem in the editor's list: line, column, message
        auto *item = new QListWidgetItem(tr("%1:%2  %3").arg(problem.line).arg(problem.column).arg(problem.message),
                                         m_problemList);
        item->setIcon(QIcon::fromTheme(error ? u"dialog-error"_s : u"dialog-warning"_s));
        item->setForeground(problemColour(palette(), problem.severity));
        item->setToolTip(problem.toString());
    }
    m_problemList->setVisible(!m_problems.isEmpty());

    QPalette statusPalette = palette();
    if (m_valid) {
        m_status->setToolTip({});
        m_status->setText(m_problems.isEmpty()
                              ? tr("GitHub accepts this form.")
                              : tr("GitHub accepts this form; it ignores %n key(s) Casebook warns about.", nullptr,
                                   int(m_problems.size())));
    } else {
        m_status->setText(tr("GitHub would refuse this form: %n problem(s).", nullptr, errors));
        m_status->setToolTip(tr("The preview shows the last valid version."));
        statusPalette.setColor(QPalette::WindowText, problemColour(palette(), FormProblem::Severity::Error));
    }
    m_status->setPalette(statusPalette);
}

void TemplateEditor::underlineProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const FormProblem &problem : std::as_const(m_problems)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorAt(m_text->document(), problem.line, problem.column);
        // Underline from the problem's column to the end of its word, at least one character.
        selection.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection())
            selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection())
            selection.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(problemColour(palette(), problem.severity));
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    m_text->setExtraSelections(selections);
}

void TemplateEditor::jumpToProblem(int index)
{
    if (index < 0 || index >= m_problems.size())
        return;
    const FormProblem &problem = m_problems.at(index);
    m_text->setTextCursor(cursorAt(m_text->document(), problem.line, problem.column));
    m_text->centerCursor();
    m_text->setFocus(Qt::OtherFocusReason);
}

void TemplateEditor::importFile()
{
    const QString path = Prompts::instance().openFileName(this, tr("Import Issue Form"),
                                                          tr("Issue forms (*.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::instance().showError(this, tr("Cannot Import"), tr("Casebook cannot read %1.").arg(path),
                                      file.errorString());
        return;
    }
    setTemplate(file.readAll(), QFileInfo(path).fileName());
    setModified(true);
}

void TemplateEditor::pasteTemplate()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        return;
    // Through the cursor, so that Undo brings the previous template back.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    check();
}

void TemplateEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        showProblems();
        underlineProblems();
    }
}

} // namespace Casebook
