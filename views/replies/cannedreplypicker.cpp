// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedreplypicker.h"

#include "models/replies/replytemplate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int LanguageRole = Qt::UserRole + 2;
} // namespace

CannedReplyPicker::CannedReplyPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"picker"_s);
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(u"picker.filter"_s);
    m_language->setObjectName(u"picker.language"_s);
    m_list->setObjectName(u"picker.list"_s);
    m_filter->setPlaceholderText(tr("Search canned replies or type a shortcut"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_language->setToolTip(tr("Language of the reply"));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_language);
    auto *hint = new QLabel(tr("Enter inserts the reply; variables are filled in for this ticket."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto *manage = new QPushButton(tr("Manage…"), this);
    manage->setObjectName(u"picker.manage"_s);
    manage->setToolTip(tr("Edit, add and translate the team's canned replies"));
    manage->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(manage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    resize(520, 340);

    connect(m_filter, &QLineEdit::textChanged, this, &CannedReplyPicker::refill);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CannedReplyPicker::refill);
    connect(m_list, &QListWidget::itemActivated, this, &CannedReplyPicker::chooseCurrent);
    connect(manage, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        hide();
        Q_EMIT manageRequested(item ? item->data(KeyRole).toString() : QString(),
                               item ? item->data(LanguageRole).toString() : m_language->currentData().toString());
    });
}

CannedReplyPicker::~CannedReplyPicker() = default;

void CannedReplyPicker::setReplies(const QList<CannedReply> &replies, const QString &language)
{
    m_replies = replies;
    QStringList languages;
    for (const CannedReply &reply : replies) {
        if (!languages.contains(reply.language))
            languages.append(reply.language);
    }
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const QString &code : std::as_const(languages))
        m_language->addItem(ReplyTemplate::languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_language->setVisible(languages.size() > 1);
    refill();
}

void CannedReplyPicker::popup(QWidget *anchor)
{
    m_filter->clear();
    refill();
    if (anchor) {
        QPoint at = anchor->mapToGlobal(QPoint(0, 0)) - QPoint(0, height());
        if (at.y() < 0)
            at = anchor->mapToGlobal(QPoint(0, anchor->height()));
        move(at);
    }
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

QStringList CannedReplyPicker::visibleKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_list->count(); ++row)
        keys.append(m_list->item(row)->data(KeyRole).toString());
    return keys;
}

void CannedReplyPicker::refill()
{
    const QString language = m_language->currentData().toString();
    const QString typed = m_filter->text().trimmed();
    m_list->clear();
    QList<const CannedReply *> exact;
    QList<const CannedReply *> others;
    for (const CannedReply &reply : std::as_const(m_replies)) {
        if (reply.language != language)
            continue;
        if (!typed.isEmpty() && reply.shortcut.compare(typed, Qt::CaseInsensitive) == 0) {
            exact.append(&reply);
            continue;
        }
        const bool matches = typed.isEmpty() || reply.title.contains(typed, Qt::CaseInsensitive)
            || reply.shortcut.contains(typed, Qt::CaseInsensitive) || reply.key.contains(typed, Qt::CaseInsensitive)
            || reply.body.contains(typed, Qt::CaseInsensitive) || reply.ruleId.contains(typed, Qt::CaseInsensitive);
        if (matches)
            others.append(&reply);
    }
    for (const CannedReply *reply : exact + others) {
        auto *item = new QListWidgetItem(reply->title, m_list);
        item->setData(KeyRole, reply->key);
        item->setData(LanguageRole, reply->language);
        QString tip = reply->body.left(600);
        if (!reply->shortcut.isEmpty())
            //: Tooltip line in the canned reply picker; %1 is a shortcut such as "ack"
            tip = tr("Shortcut: %1").arg(reply->shortcut) + u"\n\n"_s + tip;
        item->setToolTip(tip);
        if (!reply->shortcut.isEmpty())
            item->setText(reply->title + u"  \u2014  "_s + reply->shortcut);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CannedReplyPicker::chooseCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString key = item->data(KeyRole).toString();
    const QString language = item->data(LanguageRole).toString();
    hide();
    Q_EMIT replyChosen(key, language);
}

bool CannedReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Casebook
