// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "models/tickets/search/quickfind.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    return text;
}

enum ItemKind { CommandItem, TicketItem, CustomerItem };
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

// Verbs that end or destroy something, as object names spell them.
const QStringList destructiveVerbs{u"solve"_s, u"close"_s,   u"remove"_s, u"delete"_s, u"merge"_s,
                                   u"spam"_s,  u"discard"_s, u"quit"_s,   u"revoke"_s};

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
    m_filter->setPlaceholderText(tr("Type a command, a ticket number or subject, a customer…"));
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

int CommandPalette::commandRank(const QString &pattern, const QString &text, bool destructive)
{
    if (pattern.isEmpty())
        return 0;
    const int letters = fuzzyScore(pattern, text);
    if (letters < 0)
        return -1;
    // The letters' fit orders matches within a tier, never across tiers.
    const int fuzzy = std::clamp(letters + 500, 0, 999);
    QString name = text;
    if (name.endsWith(QChar(0x2026)))
        name.chop(1); // "Solve Ticket…" is named "Solve Ticket"
    if (name.compare(pattern, Qt::CaseInsensitive) == 0)
        return exactRank;
    // A destructive command after the others its beginning also fits ("s": Search before Solve).
    if (name.startsWith(pattern, Qt::CaseInsensitive))
        return prefixRank + (destructive ? 0 : 1000) + fuzzy;
    // Every typed word starts a word of the name ("tick" in "Next Ticket"), in order.
    const QStringList typed = pattern.split(u' ', Qt::SkipEmptyParts);
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    qsizetype at = 0;
    for (const QString &word : typed) {
        while (at < words.size() && !words.at(at).startsWith(word, Qt::CaseInsensitive))
            ++at;
        if (at++ >= words.size()) {
            at = -1;
            break;
        }
    }
    if (at >= 0 && !destructive)
        return wordRank + fuzzy;
    // Loose: a destructive command below every other match, however well its letters fit.
    return destructive ? fuzzy : looseRank + fuzzy;
}

bool CommandPalette::isDestructiveName(const QString &objectName)
{
    const QStringList parts = objectName.split(u'.', Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return std::any_of(destructiveVerbs.cbegin(), destructiveVerbs.cend(),
                           [&part](const QString &verb) { return part.startsWith(verb, Qt::CaseInsensitive); });
    });
}

bool CommandPalette::isDestructive(const QAction *action)
{
    const QVariant flagged = action->property("destructive");
    return flagged.isValid() ? flagged.toBool() : isDestructiveName(action->objectName());
}

void CommandPalette::setFinder(QuickFind *finder)
{
    if (m_finder)
        disconnect(m_finder, nullptr, this, nullptr);
    m_finder = finder;
    if (m_finder)
        connect(m_finder, &QuickFind::found, this, &CommandPalette::relist);
}

void CommandPalette::refilter()
{
    if (m_finder)
        m_finder->find(m_filter->text().trimmed());
    relist();
}

void CommandPalette::relist()
{
    const QString pattern = m_filter->text().trimmed();
    struct Scored
    {
        int score;
        QString text;
        QString detail;
        ItemKind kind;
        QVariant data;
    };
    QList<Scored> scored;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || !action->isEnabled())
            continue;
        const QString text = plainText(action);
        const int score = commandRank(pattern, text, isDestructive(action));
        if (score >= 0)
            scored.append({score, text, action->shortcut().toString(QKeySequence::NativeText), CommandItem,
                           QVariant::fromValue(static_cast<QObject *>(action.data()))});
    }
    // Only the answer to what is typed now: an older one would flash past.
    if (m_finder && !pattern.isEmpty() && m_finder->answer().text == pattern) {
        int rank = foundRank;
        for (const QuickFind::TicketHit &ticket : m_finder->answer().tickets) {
            //: A ticket found in the command palette: its number and subject
            scored.append({rank--, tr("#%1 %2").arg(ticket.id.value()).arg(ticket.subject), tr("Ticket"), TicketItem,
                           ticket.id.value()});
        }
        for (const QuickFind::CustomerHit &customer : m_finder->answer().customers) {
            const QString text = customer.detail.isEmpty()
                ? customer.name
                //: A customer found in the command palette: name and company or address
                : tr("%1 (%2)").arg(customer.name, customer.detail);
            scored.append({rank--, text, tr("Customer"), CustomerItem, customer.id.value()});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.kind == CommandItem && b.kind == CommandItem && a.text.localeAwareCompare(b.text) < 0;
    });
    m_list->clear();
    for (const Scored &entry : std::as_const(scored)) {
        auto *item = new QTreeWidgetItem(m_list, {entry.text, entry.detail});
        item->setData(0, entry.kind == CommandItem ? Qt::UserRole : IdRole, entry.data);
        item->setData(0, KindRole, int(entry.kind));
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    }
    // A destructive command matched loosely is listed, never chosen for Enter by itself.
    if (!scored.isEmpty()
        && (scored.first().kind != CommandItem || scored.first().score >= looseRank || pattern.isEmpty()))
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_list->selectionModel()->clear(); // the view may have made the first row current by itself
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : CommandItem;
    const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
    QPointer<QAction> action = item ? qobject_cast<QAction *>(item->data(0, Qt::UserRole).value<QObject *>()) : nullptr;
    hide();
    m_window->setFocus();
    // After the palette is gone: the action may open a dialog or move the focus.
    if (action) {
        QTimer::singleShot(0, action, [action] {
            if (action && action->isEnabled())
                action->trigger();
        });
    } else if (kind == TicketItem) {
        Q_EMIT ticketRequested(TicketId(id));
    } else if (kind == CustomerItem) {
        Q_EMIT customerRequested(CustomerId(id));
    }
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
                m_list->setCurrentItem(
                    m_list->topLevelItem((current + (key->key() == Qt::Key_Down ? 1 : rows - 1)) % rows));
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
