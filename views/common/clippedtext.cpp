// SPDX-License-Identifier: GPL-3.0-or-later
#include "clippedtext.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Rounding in the styles' own size hints; a pixel short never hides a letter.
constexpr int Slack = 1;

QString nameOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// The widget's class and name after its two nearest named ancestors: enough to find it in
// the code without printing the whole tree.
QString where(const QWidget *widget)
{
    QStringList parts{nameOf(widget)};
    for (const QWidget *parent = widget->parentWidget(); parent && parts.size() < 3; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"))
            parts.prepend(parent->objectName());
    }
    return parts.join(u'/');
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

void checkLabel(const QLabel *label, QList<ClippedText::Clip> &clips)
{
    const QString text = plainText(label).simplified();
    if (text.isEmpty() || !label->pixmap().isNull())
        return;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + Slack)
            clips.append({where(label), text, needed, label->height()});
        return;
    }
    const int needed = label->sizeHint().width();
    if (needed > label->width() + Slack)
        clips.append({where(label), text, needed, label->width()});
}

void checkButton(const QAbstractButton *button, QList<ClippedText::Clip> &clips)
{
    const QString text = QString(button->text()).remove(u'&').simplified();
    if (text.isEmpty())
        return;
    const int needed = button->sizeHint().width();
    if (needed > button->width() + Slack)
        clips.append({where(button), text, needed, button->width()});
}

void checkGroupBox(const QGroupBox *box, QList<ClippedText::Clip> &clips)
{
    const QString title = QString(box->title()).remove(u'&');
    if (title.isEmpty())
        return;
    const int needed =
        box->fontMetrics().horizontalAdvance(title) + 2 * box->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    if (needed > box->width() + Slack)
        clips.append({where(box), title, needed, box->width()});
}

void checkTabBar(const QTabBar *bar, QList<ClippedText::Clip> &clips)
{
    // The main window keeps a tab bar for docks tabbed together even while only one of them
    // shows; it is not drawn then.
    if (bar->visibleRegion().isEmpty())
        return;
    const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = bar->tabText(i).remove(u'&');
        const QRect rect = bar->tabRect(i);
        int needed = bar->fontMetrics().horizontalAdvance(text) + padding;
        if (!bar->tabIcon(i).isNull())
            needed += bar->iconSize().width() + 4;
        const bool outOfView = rect.right() > bar->width() || rect.left() < 0;
        if (needed > rect.width() + Slack || outOfView)
            clips.append({where(bar), text, needed, outOfView ? 0 : rect.width()});
    }
}

void checkHeader(const QHeaderView *header, QList<ClippedText::Clip> &clips)
{
    const QAbstractItemModel *model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        const int position = header->sectionViewportPosition(section);
        if (header->isSectionHidden(section) || position < 0 || position >= header->viewport()->width())
            continue;
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        // A header draws each line of a title that breaks its line: the widest one counts.
        int needed = 0;
        for (const QString &line : text.split(u'\n'))
            needed = std::max(needed, header->fontMetrics().horizontalAdvance(line));
        needed += margin;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
            needed += mark + margin / 2;
        const int size = header->sectionSize(section);
        const int available = std::min(size, header->viewport()->width() - position);
        if (needed > available + Slack) // a column cut by the view's edge is named as such
            clips.append(
                {where(header) + (available < size ? u" (edge of the view)"_s : QString()), text, needed, available});
    }
}

void checkComboBox(const QComboBox *combo, QList<ClippedText::Clip> &clips)
{
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.currentText = text;
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(text);
    if (!option.currentIcon.isNull())
        needed += option.iconSize.width() + 4;
    if (needed > field.width() + Slack)
        clips.append({where(combo), text, needed, field.width()});
}

// An empty field's placeholder is often its only label: "Internal estimate, e.g. 2 h".
void checkPlaceholder(const QLineEdit *edit, QList<ClippedText::Clip> &clips)
{
    const QString hint = edit->placeholderText();
    if (hint.isEmpty() || !edit->text().isEmpty())
        return;
    const QMargins margins = edit->textMargins() + edit->contentsMargins();
    // QLineEdit draws its text two pixels in from the frame on every style (its private
    // horizontalMargin), inside the style's frame width.
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    const int available = edit->width() - margins.left() - margins.right() - 2 * frame - 4;
    const int needed = edit->fontMetrics().horizontalAdvance(hint);
    if (needed > available + Slack)
        clips.append({where(edit), hint, needed, available});
}

// A panel of controls that needs a sideways scroll bar hides the ends of its rows (a button
// cut at the edge reads as a different word); a board meant to scroll says so.
void checkScrollArea(const QScrollArea *area, QList<ClippedText::Clip> &clips)
{
    const QWidget *content = area->widget();
    if (!content || !area->horizontalScrollBar()->isVisible() || area->property(ClippedText::ScrollsSideways).toBool())
        return;
    clips.append({where(area), u"(the panel scrolls sideways)"_s, content->width(), area->viewport()->width()});
}

void check(const QWidget *widget, QList<ClippedText::Clip> &clips)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        checkLabel(label, clips);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        checkButton(button, clips);
    else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        checkGroupBox(box, clips);
    else if (const auto *bar = qobject_cast<const QTabBar *>(widget))
        checkTabBar(bar, clips);
    else if (const auto *header = qobject_cast<const QHeaderView *>(widget))
        checkHeader(header, clips);
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        checkComboBox(combo, clips);
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        checkPlaceholder(edit, clips);
    else if (const auto *area = qobject_cast<const QScrollArea *>(widget))
        checkScrollArea(area, clips);
}

} // namespace

QList<ClippedText::Clip> ClippedText::find(const QWidget *root)
{
    QList<Clip> clips;
    if (!root->isVisible())
        return clips;
    check(root, clips);
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        // Only what is on the screen: a widget on a hidden page or collapsed to nothing is
        // not read, and the window it belongs to is checked when it is shown.
        if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0 || widget->isWindow())
            continue;
        check(widget, clips);
    }
    return clips;
}

QString ClippedText::describe(const Clip &clip)
{
    return u"%1 \"%2\": needs %3 px, has %4"_s.arg(clip.where, clip.text).arg(clip.needed).arg(clip.available);
}

} // namespace Casebook
