// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadview.h"

#include "models/mail/attachments.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "models/tickets/thread/threadmodel.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const char *const messageIdProperty = "messageId";
// A file's link under its message: this prefix and the attachment's id.
const QString attachmentLink = QStringLiteral("attachment:");
const char *const kindProperty = "messageKind";
const char *const eventIdProperty = "eventId";
/// The thread's own link for undoing a solve; never a casebook:// address another program could send.
const char *const undoSolveLink = "undo-solve";

QColor mix(const QColor &base, const QColor &accent, float amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

QString kindLabel(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Customer:
        return ThreadView::tr("Customer");
    case MessageKind::Agent:
        return ThreadView::tr("Reply");
    case MessageKind::Note:
        return ThreadView::tr("Internal note - team only");
    case MessageKind::System:
        return ThreadView::tr("Event");
    }
    return {};
}

QString whenText(qint64 ms)
{
    // Minutes are enough in a thread; the tooltip has the exact time.
    return Dates::moment(ms);
}

} // namespace

ThreadView::ThreadView(ThreadModel &model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_earlier(new QPushButton(m_content))
{
    setObjectName(u"ticket.thread"_s);
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("The messages and internal notes of the open ticket"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setBackgroundRole(QPalette::Window);
    m_layout->setContentsMargins(12, 8, 12, 12);
    m_layout->setSpacing(8);
    m_earlier->setObjectName(u"thread.earlier"_s);
    m_earlier->setFlat(true);
    m_earlier->setText(tr("Show Earlier Messages"));
    m_layout->addWidget(m_earlier, 0, Qt::AlignHCenter);
    m_layout->addStretch(1);
    setWidget(m_content);

    connect(m_earlier, &QPushButton::clicked, this, &ThreadView::fetchEarlier);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ThreadView::rebuild);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertCards(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeCards(first, last); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { updateCards(from.row(), to.row()); });
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToEnd = value >= bar->maximum() - 4;
        if (value == bar->minimum() && bar->maximum() > 0 && m_model.canFetchMore({}))
            fetchEarlier();
    });
    // New content at the end keeps the newest message in view when it was in view before.
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_stickToEnd)
            bar->setValue(max);
    });
    rebuild();
}

ThreadView::~ThreadView() = default;

QWidget *ThreadView::makeCard(int row)
{
    const QModelIndex index = m_model.index(row);
    const ThreadModel::Row message = m_model.rowAt(index);
    auto *card = new QFrame(m_content);
    card->setObjectName(message.isEvent() ? u"thread.event"_s : u"thread.message"_s);
    card->setProperty(messageIdProperty, message.id.value());
    card->setProperty(kindProperty, int(message.kind));
    card->setProperty("card", true);

    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor line = palette.color(QPalette::Mid);
    if (message.kind == MessageKind::System) {
        // A ticket event (or a system message) is a quiet line; one that names a ticket, a bug
        // report or a proposal links to it.
        card->setProperty(eventIdProperty, message.eventId);
        auto *label = new QLabel(card);
        label->setObjectName(u"thread.message.body"_s);
        const QString line = message.body + u"  \u00b7  "_s + whenText(message.createdAt);
        QString action;
        QString url;
        if (m_undoSolveOffered && row == m_undoRow) {
            action = tr("Undo");
            url = QString::fromLatin1(undoSolveLink);
        } else if (message.link.isValid()) {
            action = tr("Open");
            url = message.link.toString(QUrl::FullyEncoded);
        }
        if (!action.isEmpty()) {
            label->setTextFormat(Qt::RichText);
            label->setText(line.toHtmlEscaped()
                           + u"  \u00b7  <a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), action.toHtmlEscaped()));
            label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
                if (link == QLatin1StringView(undoSolveLink))
                    Q_EMIT undoSolveRequested();
                else
                    Q_EMIT linkActivated(QUrl(link));
            });
        } else {
            label->setTextFormat(Qt::PlainText);
            label->setText(line);
        }
        label->setToolTip(index.data(Qt::ToolTipRole).toString());
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        auto *layout = new QHBoxLayout(card);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        return card;
    }

    QColor background = base;
    QColor stripe = line;
    if (message.kind == MessageKind::Agent) {
        background = mix(base, palette.color(QPalette::Highlight), 0.07f);
        stripe = palette.color(QPalette::Highlight);
    } else if (message.kind == MessageKind::Note) {
        background = mix(base, QColor(255, 196, 0), 0.20f);
        stripe = QColor(214, 150, 0);
    }
    card->setStyleSheet(u"QFrame[card=\"true\"] { background: %1; border: 1px solid %2; border-left: 3px solid %3; "
                        "border-radius: 3px; }"_s.arg(background.name(), mix(base, line, 0.7f).name(), stripe.name()));

    auto *author = new QLabel(card);
    author->setObjectName(u"thread.message.author"_s);
    QFont bold = author->font();
    bold.setBold(true);
    author->setFont(bold);
    author->setText(message.author.isEmpty() ? kindLabel(message.kind) : message.author);
    auto *kind = new QLabel(kindLabel(message.kind), card);
    kind->setObjectName(u"thread.message.kind"_s);
    if (message.kind == MessageKind::Note) {
        QFont strong = kind->font();
        strong.setBold(true);
        kind->setFont(strong);
        QPalette amber = kind->palette();
        amber.setColor(QPalette::WindowText, mix(palette.color(QPalette::WindowText), QColor(150, 90, 0), 0.8f));
        kind->setPalette(amber);
    } else {
        kind->setForegroundRole(QPalette::PlaceholderText);
    }
    auto *time = new QLabel(whenText(message.createdAt), card);
    time->setObjectName(u"thread.message.time"_s);
    time->setToolTip(index.data(Qt::ToolTipRole).toString());
    time->setForegroundRole(QPalette::PlaceholderText);
    auto *body = new QLabel(card);
    body->setObjectName(u"thread.message.body"_s);
    body->setTextFormat(Qt::PlainText);
    body->setText(message.body);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    // R38: only what the customer may read can be quoted into a reply.
    if (message.kind == MessageKind::Customer || message.kind == MessageKind::Agent) {
        auto *quote = new QAction(tr("Quote in Reply"), card);
        quote->setObjectName(u"thread.message.quote"_s);
        connect(quote, &QAction::triggered, this, [this, id = message.id] { Q_EMIT quoteRequested(id); });
        card->addAction(quote);
        card->setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(author);
    header->addWidget(kind);
    header->addStretch(1);
    header->addWidget(time);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    if (!message.cc.isEmpty()) {
        // Who else reads this mail; shown before the words, as a mail client shows it.
        //: above a mail message in the thread: %1 the addresses in its Cc
        auto *cc = new QLabel(tr("Cc: %1").arg(message.cc.join(u", "_s)), card);
        cc->setObjectName(u"thread.message.cc"_s);
        cc->setTextFormat(Qt::PlainText);
        cc->setWordWrap(true);
        cc->setForegroundRole(QPalette::PlaceholderText);
        cc->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(cc);
    }
    layout->addWidget(body);
    auto *files = new QLabel(card);
    files->setObjectName(u"thread.message.files"_s);
    files->setTextFormat(Qt::RichText);
    files->setWordWrap(true);
    files->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(files, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT attachmentRequested(QStringView(link).mid(attachmentLink.size()).toLongLong());
    });
    layout->addWidget(files);
    showFiles(card);
    return card;
}

void ThreadView::setAttachments(AttachmentsModel *attachments)
{
    m_attachments = attachments;
    const auto refresh = [this] {
        for (QWidget *card : std::as_const(m_cards))
            showFiles(card);
    };
    connect(attachments, &QAbstractItemModel::modelReset, this, refresh);
    connect(attachments, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(attachments, &QAbstractItemModel::rowsRemoved, this, refresh);
    refresh();
}

void ThreadView::showFiles(QWidget *card) const
{
    auto *files = card->findChild<QLabel *>(u"thread.message.files"_s, Qt::FindDirectChildrenOnly);
    if (!files)
        return;
    QStringList links;
    if (m_attachments) {
        const MessageId message(card->property(messageIdProperty).toLongLong());
        for (const Attachment &attachment : m_attachments->ofMessage(message)) {
            links << u"<a href=\"%1%2\">%3</a>"_s.arg(attachmentLink)
                         .arg(attachment.id)
                         .arg(attachment.safeFileName().toHtmlEscaped());
        }
    }
    //: under a customer's message: %1 the files that came with it, as links
    files->setText(links.isEmpty() ? QString() : tr("Attached: %1").arg(links.join(u", "_s)));
    files->setVisible(!links.isEmpty());
}

void ThreadView::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_undoRow = -1;
    if (m_model.rowCount() > 0)
        insertCards(0, m_model.rowCount() - 1);
    updateEarlierButton();
    m_stickToEnd = true;
    scrollToEnd();
}

void ThreadView::insertCards(int first, int last)
{
    QScrollBar *bar = verticalScrollBar();
    const bool prepending = first == 0 && !m_cards.isEmpty();
    const int fromEnd = bar->maximum() - bar->value();
    for (int row = first; row <= last; ++row) {
        QWidget *card = makeCard(row);
        m_cards.insert(row, card);
        m_layout->insertWidget(row + 1, card); // after the "earlier" button
    }
    updateEarlierButton();
    if (m_undoSolveOffered || m_undoRow >= 0)
        refreshUndoRow();
    if (prepending && !m_stickToEnd) {
        // Earlier pages grow the thread above what the agent reads: keep that in place.
        QTimer::singleShot(0, this, [bar, fromEnd] { bar->setValue(bar->maximum() - fromEnd); });
    }
}

void ThreadView::removeCards(int first, int last)
{
    for (int row = last; row >= first; --row)
        delete m_cards.takeAt(row);
    updateEarlierButton();
    if (m_undoSolveOffered || m_undoRow >= 0)
        refreshUndoRow();
}

void ThreadView::updateCards(int first, int last)
{
    for (int row = first; row <= last && row < m_cards.size(); ++row) {
        QWidget *card = makeCard(row);
        m_layout->replaceWidget(m_cards.at(row), card);
        delete m_cards.at(row);
        m_cards[row] = card;
    }
}

void ThreadView::fetchEarlier()
{
    if (m_model.canFetchMore({}))
        m_model.fetchMore({});
    updateEarlierButton();
}

void ThreadView::updateEarlierButton()
{
    m_earlier->setVisible(m_model.canFetchMore({}));
}

void ThreadView::setUndoSolveOffered(bool offered)
{
    m_undoSolveOffered = offered;
    refreshUndoRow();
}

void ThreadView::refreshUndoRow()
{
    // Rows come and go (the solve itself may arrive after the offer): the link follows it.
    const int before = m_undoRow;
    m_undoRow = m_undoSolveOffered ? newestSolveRow() : -1;
    for (const int row : {before, m_undoRow}) {
        if (row >= 0 && row < m_cards.size())
            updateCards(row, row);
    }
}

int ThreadView::newestSolveRow() const
{
    for (int row = m_model.rowCount() - 1; row >= 0; --row) {
        const ThreadModel::Row message = m_model.rowAt(m_model.index(row));
        if (message.eventKind == u"status" && message.eventValue == u"solved")
            return row;
    }
    return -1;
}

void ThreadView::scrollToMessage(MessageId message)
{
    const QModelIndex index = m_model.indexOf(message);
    if (!index.isValid() || index.row() >= m_cards.size())
        return;
    m_stickToEnd = false;
    m_content->adjustSize();
    ensureWidgetVisible(m_cards.at(index.row()), 0, 24);
}

void ThreadView::scrollToEnd()
{
    m_stickToEnd = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

} // namespace Casebook
