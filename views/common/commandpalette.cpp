// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    return text;
}

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"palette"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_filter->setObjectName(u"palette.filter"_s);
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"palette.list"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    hide();

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
}

CommandPalette::~CommandPalette() = default;

int CommandPalette::fuzzyScore(const QString &pattern, const QString &text)
{
    int score = 0;
    qsizetype at = 0;
    qsizetype previous = -2;
    for (const QChar c : pattern) {
        if (c.isSpace())
            continue;
        const qsizetype found = text.indexOf(c, at, Qt::CaseInsensitive);
        if (found < 0)
            return -1;
        score += 1;
        if (found == previous + 1)
            score += 5; // a run
        if (found == 0 || !text.at(found - 1).isLetterOrNumber())
            score += 8; // a word start
        score -= int(std::min<qsizetype>(found - at, 10)); // a gap
        previous = found;
        at = found + 1;
    }
    return score;
}

void CommandPalette::popup()
{
    m_actions.clear();
    QStringList seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString text = plainText(action);
        // Commands carry an object name; unnamed actions are helpers (a header's column toggles).
        if (action->objectName().isEmpty() || action->isSeparator() || action->menu() || text.isEmpty()
            || seen.contains(text))
            continue;
        seen.append(text);
        m_actions.append(action);
    }
    const int width = std::min(m_window->width() - 40, std::max(420, m_window->width() / 2));
    setGeometry((m_window->width() - width) / 2, 40, width, std::min(m_window->height() - 60, 360));
    m_filter->clear();
    refilter();
    show();
    raise();
    m_filter->setFocus();
}

void CommandPalette::refilter()
{
    const QString pattern = m_filter->text().trimmed();
    struct Scored
    {
        int score;
        QAction *action;
    };
    QList<Scored> scored;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isEnabled())
            continue;
        const int score = pattern.isEmpty() ? 0 : fuzzyScore(pattern, plainText(action));
        if (score >= 0)
            scored.append({score, action});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : plainText(a.action).localeAwareCompare(plainText(b.action)) < 0;
    });
    m_list->clear();
    for (const Scored &entry : std::as_const(scored)) {
        auto *item = new QTreeWidgetItem(m_list, {plainText(entry.action), entry.action->shortcut().toString(QKeySequence::NativeText)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(entry.action)));
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    QPointer<QAction> action = item ? qobject_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>()) : nullptr;
    hide();
    m_window->setFocus();
    // After the palette is gone: the action may open a dialog or move the focus.
    if (action)
        QTimer::singleShot(0, action, [action] {
            if (action && action->isEnabled())
                action->trigger();
        });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_list->topLevelItemCount();
        const int current = m_list->indexOfTopLevelItem(m_list->currentItem());
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows > 0)
                m_list->setCurrentItem(m_list->topLevelItem((current + (key->key() == Qt::Key_Down ? 1 : rows - 1)) % rows));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            m_window->setFocus();
            return true;
        default:
            break;
        }
    }
    if (watched == m_filter && event->type() == QEvent::FocusOut && !m_list->hasFocus())
        QTimer::singleShot(0, this, [this] {
            if (!m_filter->hasFocus())
                hide();
        });
    return QFrame::eventFilter(watched, event);
}

} // namespace Casebook
