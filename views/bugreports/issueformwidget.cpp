// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueformwidget.h"

#include "logsyntax.h"
#include "views/common/syntaxhighlighting.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int sniffDelayMs = 400;

// Messages and the required mark: a red that reads on the palette's window, light or dark.
QColor attentionColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

// Descriptions sit between the label and the field; a softer text colour keeps them secondary.
QColor mutedColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(0.65f * text.redF() + 0.35f * window.redF(),
                            0.65f * text.greenF() + 0.35f * window.greenF(),
                            0.65f * text.blueF() + 0.35f * window.blueF());
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

QLabel *markdownLabel(const QString &markdown, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setText(markdown);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

// Visual lines of the text at the edit's width, wrapped lines included. Measured here rather
// than read from the document layout, which lays out only what it has painted.
int visualLines(const QPlainTextEdit *edit)
{
    // The edit's own contents, not its viewport: inside a resize event the viewport still has
    // its old size.
    const qreal width = edit->contentsRect().width() - 2 * edit->document()->documentMargin();
    int lines = 0;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        if (width <= 0 || edit->lineWrapMode() == QPlainTextEdit::NoWrap || block.text().isEmpty()) {
            ++lines;
            continue;
        }
        QTextLayout layout(block.text(), edit->font());
        layout.setTextOption(edit->document()->defaultTextOption());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    return lines;
}

// A text area shows a few lines while empty and grows with what it holds, up to a limit.
void fitTextHeight(QPlainTextEdit *edit, int minimumLines, int maximumLines)
{
    const int lines = std::clamp(visualLines(edit), minimumLines, maximumLines);
    const int margins = 2 * edit->frameWidth() + int(2 * edit->document()->documentMargin());
    // Half a line to spare, so that a full area never shows a scroll bar for its last pixels.
    const int lineSpacing = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineSpacing + lineSpacing / 2 + margins + 2);
}

bool isInputEvent(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

struct IssueFormWidget::Field
{
    FormElement element;
    QLabel *title = nullptr;
    QLabel *description = nullptr;
    QLabel *error = nullptr;
    QLineEdit *line = nullptr;
    QPlainTextEdit *text = nullptr;
    QComboBox *combo = nullptr;
    QListWidget *list = nullptr;
    QList<QCheckBox *> boxes;
    QList<QLabel *> boxLabels; ///< each box's Markdown text; a click on it (not on a link) ticks the box
    QTimer *sniff = nullptr; ///< log fields without a language: re-guess the syntax after typing
    bool code = false;
};

IssueFormWidget::IssueFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(14);
}

IssueFormWidget::~IssueFormWidget() = default;

void IssueFormWidget::clear()
{
    m_fields.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        // Hidden at once: a grab or paint before the deferred delete must not show the old form.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void IssueFormWidget::setForm(const IssueForm &form)
{
    clear();
    m_form = form;
    for (const FormElement &element : std::as_const(m_form.body)) {
        if (element.type == FormElementType::Markdown) {
            auto *label = markdownLabel(element.value, this);
            label->setObjectName(u"form.markdown"_s);
            m_layout->addWidget(label);
        } else {
            addField(element);
        }
    }
    m_layout->addStretch(1);
    const FormAnswers initial = initialAnswers(m_form);
    m_filling = true;
    for (const auto &field : m_fields)
        applyAnswer(*field, initial.value(field->element.key()));
    m_filling = false;
    setReadOnly(m_readOnly);
    updateColours();
}

void IssueFormWidget::addField(const FormElement &element)
{
    auto field = std::make_unique<Field>();
    field->element = element;
    Field *f = field.get();
    const QString key = element.key();

    auto *block = new QWidget(this);
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    f->title = new QLabel(block);
    f->title->setTextFormat(Qt::RichText);
    QFont bold = f->title->font();
    bold.setBold(true);
    f->title->setFont(bold);
    layout->addWidget(f->title);
    if (!element.description.isEmpty()) {
        f->description = markdownLabel(element.description, block);
        layout->addWidget(f->description);
    }

    const auto changed = [this] { edited(); };
    switch (element.type) {
    case FormElementType::Input:
        f->line = new QLineEdit(block);
        f->line->setPlaceholderText(element.placeholder);
        f->line->setObjectName(u"form.field."_s + key);
        connect(f->line, &QLineEdit::textEdited, this, changed);
        layout->addWidget(f->line);
        break;
    case FormElementType::Textarea: {
        f->text = new QPlainTextEdit(block);
        f->text->setObjectName(u"form.field."_s + key);
        f->text->setPlaceholderText(element.placeholder);
        f->text->setTabChangesFocus(true);
        const QString syntax = syntaxForField(element, element.value);
        f->code = !syntax.isEmpty();
        if (f->code) {
            // Code and logs keep their columns: monospace, no wrapping.
            f->text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            f->text->setLineWrapMode(QPlainTextEdit::NoWrap);
            highlightEdit(f->text, syntax);
        }
        if (guessesSyntax(element)) {
            f->sniff = new QTimer(f->text);
            f->sniff->setSingleShot(true);
            f->sniff->setInterval(sniffDelayMs);
            connect(f->sniff, &QTimer::timeout, this, [this, f] { updateSyntax(*f); });
        }
        connect(f->text, &QPlainTextEdit::textChanged, this, [this, f] {
            fitField(*f);
            if (f->sniff)
                f->sniff->start();
            if (!m_filling)
                edited();
        });
        f->text->installEventFilter(this); // a new width may wrap the text into more lines
        fitField(*f);
        layout->addWidget(f->text);
        break;
    }
    case FormElementType::Dropdown:
        if (element.multiple) {
            f->list = new QListWidget(block);
            f->list->setObjectName(u"form.field."_s + key);
            for (const QString &option : element.options) {
                auto *item = new QListWidgetItem(option, f->list);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            const int rows = std::min(int(element.options.size()), 6);
            f->list->setFixedHeight(rows * std::max(f->list->sizeHintForRow(0), 1) + 2 * f->list->frameWidth() + 2);
            connect(f->list, &QListWidget::itemChanged, this, changed);
            layout->addWidget(f->list);
        } else {
            f->combo = new QComboBox(block);
            f->combo->setObjectName(u"form.field."_s + key);
            // GitHub offers "None" in an optional dropdown, so a choice can be taken back.
            if (!element.required)
                f->combo->addItem(tr("None"), -1);
            for (int i = 0; i < element.options.size(); ++i)
                f->combo->addItem(element.options.at(i), i);
            f->combo->setPlaceholderText(tr("Choose one"));
            f->combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            f->combo->setMinimumWidth(260);
            connect(f->combo, &QComboBox::activated, this, changed);
            layout->addWidget(f->combo, 0, Qt::AlignLeft);
        }
        break;
    case FormElementType::Checkboxes:
        for (int i = 0; i < element.checkboxes.size(); ++i) {
            const CheckboxOption &option = element.checkboxes.at(i);
            //: A checkbox that must be ticked before the report can be submitted
            const QString text = option.required ? tr("%1 (required)").arg(option.label) : option.label;
            // A QCheckBox shows plain text on one line; forms put Markdown and links in their
            // labels and write long ones, so the text is a wrapping Markdown label beside the box.
            auto *row = new QHBoxLayout;
            row->setSpacing(6);
            auto *box = new QCheckBox(block);
            box->setObjectName(u"form.field."_s + key + u'.' + QString::number(i));
            box->setAccessibleName(text);
            auto *label = markdownLabel(text, block);
            label->setObjectName(box->objectName() + u".label"_s);
            label->setBuddy(box);
            label->installEventFilter(this);
            connect(box, &QCheckBox::toggled, this, changed);
            f->boxes.append(box);
            f->boxLabels.append(label);
            row->addWidget(box, 0, Qt::AlignTop);
            row->addWidget(label, 1);
            layout->addLayout(row);
        }
        break;
    case FormElementType::Markdown:
        break;
    }

    f->error = new QLabel(block);
    f->error->setObjectName(u"form.error."_s + key);
    f->error->setWordWrap(true);
    f->error->hide();
    layout->addWidget(f->error);
    m_layout->addWidget(block);
    m_fields.push_back(std::move(field));
}

void IssueFormWidget::applyAnswer(Field &field, const FormAnswer &answer)
{
    if (field.line) {
        field.line->setText(answer.text);
    } else if (field.text) {
        field.text->setPlainText(answer.text);
        updateSyntax(field);
    } else if (field.combo) {
        const int at = answer.selected.isEmpty() ? -1 : field.combo->findData(answer.selected.constFirst());
        // An optional dropdown shows its "None" entry rather than a blank.
        field.combo->setCurrentIndex(at >= 0 ? at : field.combo->findData(-1));
    } else if (field.list) {
        for (int i = 0; i < field.list->count(); ++i)
            field.list->item(i)->setCheckState(answer.selected.contains(i) ? Qt::Checked : Qt::Unchecked);
    } else {
        for (int i = 0; i < field.boxes.size(); ++i)
            field.boxes.at(i)->setChecked(answer.selected.contains(i));
    }
}

FormAnswer IssueFormWidget::answerOf(const Field &field) const
{
    FormAnswer answer;
    if (field.line) {
        answer.text = field.line->text();
    } else if (field.text) {
        answer.text = field.text->toPlainText();
    } else if (field.combo) {
        const int option = field.combo->currentIndex() >= 0 ? field.combo->currentData().toInt() : -1;
        if (option >= 0)
            answer.selected.append(option);
    } else if (field.list) {
        for (int i = 0; i < field.list->count(); ++i) {
            if (field.list->item(i)->checkState() == Qt::Checked)
                answer.selected.append(i);
        }
    } else {
        for (int i = 0; i < field.boxes.size(); ++i) {
            if (field.boxes.at(i)->isChecked())
                answer.selected.append(i);
        }
    }
    return answer;
}

FormAnswers IssueFormWidget::answers() const
{
    FormAnswers answers;
    for (const auto &field : m_fields)
        answers.insert(field->element.key(), answerOf(*field));
    return answers;
}

void IssueFormWidget::setAnswers(const FormAnswers &answers)
{
    m_filling = true;
    for (const auto &field : m_fields) {
        const auto found = answers.constFind(field->element.key());
        if (found != answers.cend())
            applyAnswer(*field, *found);
    }
    m_filling = false;
}

void IssueFormWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const auto &field : m_fields) {
        if (field->line)
            field->line->setReadOnly(readOnly);
        if (field->text) {
            field->text->setReadOnly(readOnly);
            fitField(*field);
        }
        // Read-only without the greyed look of a disabled widget: the value stays easy to read.
        // The event filter swallows the clicks and keys that would change it.
        QList<QWidget *> choices{field->combo, field->list};
        if (field->list)
            choices.append(field->list->viewport());
        for (QCheckBox *box : std::as_const(field->boxes))
            choices.append(box);
        for (QWidget *choice : std::as_const(choices)) {
            if (!choice)
                continue;
            choice->removeEventFilter(this);
            if (readOnly)
                choice->installEventFilter(this);
            choice->setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
        }
    }
    if (readOnly)
        clearValidation();
}

QString IssueFormWidget::problemOf(const Field &field) const
{
    const FormElement &element = field.element;
    const FormAnswer answer = answerOf(field);
    switch (element.type) {
    case FormElementType::Input:
    case FormElementType::Textarea:
        return element.required && answer.text.trimmed().isEmpty() ? tr("This field is required.") : QString();
    case FormElementType::Dropdown:
        if (!element.required || !answer.selected.isEmpty())
            return {};
        return element.multiple ? tr("Choose at least one option.") : tr("Choose an option.");
    case FormElementType::Checkboxes: {
        QStringList unticked;
        for (int i = 0; i < element.checkboxes.size(); ++i) {
            if (element.checkboxes.at(i).required && !answer.selected.contains(i))
                unticked.append(element.checkboxes.at(i).label);
        }
        if (!unticked.isEmpty()) {
            //: %1 lists the labels of the checkboxes that must be ticked, separated by "; "
            return tr("Tick the required box(es): %1", nullptr, int(unticked.size())).arg(unticked.join(u"; "_s));
        }
        return element.required && answer.selected.isEmpty() ? tr("Tick at least one box.") : QString();
    }
    case FormElementType::Markdown:
        break;
    }
    return {};
}

QStringList IssueFormWidget::missingFields() const
{
    QStringList keys;
    for (const auto &field : m_fields) {
        if (!problemOf(*field).isEmpty())
            keys.append(field->element.key());
    }
    return keys;
}

bool IssueFormWidget::validate()
{
    QWidget *first = nullptr;
    for (const auto &field : m_fields) {
        const QString problem = problemOf(*field);
        field->error->setText(problem);
        field->error->setVisible(!problem.isEmpty());
        if (!problem.isEmpty() && !first)
            first = editor(field->element.key());
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        // The form usually sits in a scroll area: bring the first problem into view.
        for (QWidget *up = parentWidget(); up; up = up->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(up)) {
                if (auto *scroll = qobject_cast<QScrollArea *>(area))
                    scroll->ensureWidgetVisible(first);
                break;
            }
        }
    }
    return first == nullptr;
}

void IssueFormWidget::clearValidation()
{
    for (const auto &field : m_fields)
        field->error->hide();
}

KSyntaxHighlighting::SyntaxHighlighter *IssueFormWidget::highlighter(const QString &key) const
{
    for (const auto &field : m_fields) {
        if (field->element.key() == key && field->text)
            return editHighlighter(field->text);
    }
    return nullptr;
}

QWidget *IssueFormWidget::editor(const QString &key) const
{
    for (const auto &field : m_fields) {
        if (field->element.key() != key)
            continue;
        if (field->line)
            return field->line;
        if (field->text)
            return field->text;
        if (field->combo)
            return field->combo;
        if (field->list)
            return field->list;
        return field->boxes.value(0);
    }
    return nullptr;
}

void IssueFormWidget::fitField(Field &field)
{
    // A submitted report shows what it says; an empty field to fill offers room to write.
    if (m_readOnly)
        fitTextHeight(field.text, 1, field.code ? 24 : 16);
    else
        fitTextHeight(field.text, field.code ? 8 : 4, field.code ? 20 : 14);
}

void IssueFormWidget::updateSyntax(Field &field)
{
    if (field.text && field.code && guessesSyntax(field.element))
        setEditSyntax(field.text, syntaxForField(field.element, field.text->toPlainText()));
}

void IssueFormWidget::edited()
{
    if (m_filling)
        return;
    // A message goes away as soon as its field is complete, not only at the next submit.
    for (const auto &field : m_fields) {
        if (field->error->isVisible() && problemOf(*field).isEmpty())
            field->error->hide();
    }
    Q_EMIT answersChanged();
}

void IssueFormWidget::updateColours()
{
    const QColor attention = attentionColour(palette());
    const QColor muted = mutedColour(palette());
    for (const auto &field : m_fields) {
        QString title = field->element.label.toHtmlEscaped();
        if (field->element.required)
            title += u" <span style=\"color:%1\">*</span>"_s.arg(attention.name());
        field->title->setText(title);
        field->title->setVisible(!field->element.label.isEmpty()); // unlabelled checkboxes
        if (field->description)
            setTextColour(field->description, muted);
        setTextColour(field->error, attention);
    }
}

bool IssueFormWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (const auto &field : m_fields) {
            if (field->text == watched)
                fitField(*field);
        }
        return false;
    }
    // Read-only text stays selectable and copyable; QPlainTextEdit::setReadOnly guards it.
    if (qobject_cast<QPlainTextEdit *>(watched))
        return false;
    if (auto *label = qobject_cast<QLabel *>(watched)) {
        if (event->type() != QEvent::MouseButtonRelease || m_readOnly || label->hasSelectedText())
            return false;
        // QLabel shows a pointing hand over a link: that click opens the link instead.
        const bool onLink = label->cursor().shape() == Qt::PointingHandCursor;
        for (const auto &field : m_fields) {
            const qsizetype at = field->boxLabels.indexOf(label);
            if (at >= 0 && !onLink)
                field->boxes.at(at)->toggle();
        }
        return false;
    }
    if (m_readOnly && isInputEvent(event->type()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void IssueFormWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

} // namespace Casebook
