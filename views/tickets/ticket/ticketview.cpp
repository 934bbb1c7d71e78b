// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketview.h"

#include "models/agents/session.h"
#include "models/mail/attachments.h"
#include "models/presence/presence.h"
#include "models/tickets/thread/threadmodel.h"
#include "models/tickets/ticket/openticket.h"
#include "ticketheader.h"
#include "views/common/emptystate.h"
#include "views/common/icons.h"
#include "views/tickets/thread/attachmentbar.h"
#include "views/tickets/thread/composer.h"
#include "views/tickets/thread/threadview.h"

#include <QApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString splitKey = u"ticket/split"_s;
const QString columnsKey = u"ticket/columns"_s;
} // namespace

TicketView::TicketView(OpenTicket &ticket, QWidget *parent)
    : QWidget(parent)
    , m_ticket(ticket)
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(m_pages))
    , m_header(new TicketHeader(ticket, this))
    , m_threadView(new ThreadView(*ticket.thread(), this))
    , m_attachments(new AttachmentsModel(ticket.session().database(), this))
    , m_attachmentBar(new AttachmentBar(*m_attachments, this))
    , m_composer(new Composer(ticket, this))
    , m_presence(new QLabel(this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_threadSplit(new QSplitter(Qt::Vertical, this))
    , m_side(new QWidget(this))
    , m_sideLayout(new QVBoxLayout(m_side))
{
    setObjectName(u"ticketView"_s);
    m_empty->setObjectName(u"ticket.empty"_s);
    m_empty->setIcon(paletteIcon(u"inbox"_s, QApplication::palette()));
    m_columns->setObjectName(u"ticket.columns"_s);
    m_threadSplit->setObjectName(u"ticket.split"_s);
    m_side->setObjectName(u"ticket.sidePanels"_s);

    if (!ticket.setupError().isEmpty())
        m_composer->showMessage(ticket.setupError(), true);

    // The customer's files sit under the thread they came with, above the answer.
    auto *reading = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_threadView, 1);
    readingLayout->addWidget(m_attachmentBar);
    m_threadSplit->addWidget(reading);
    m_threadSplit->addWidget(m_composer);
    m_threadSplit->setStretchFactor(0, 3);
    m_threadSplit->setStretchFactor(1, 1);
    m_threadSplit->setChildrenCollapsible(false);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(m_header);
    auto *line = new QFrame(main);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    mainLayout->addWidget(line);
    m_presence->setObjectName(u"ticket.presence"_s);
    m_presence->setWordWrap(true);
    m_presence->setContentsMargins(6, 3, 6, 3);
    m_presence->hide();
    mainLayout->addWidget(m_presence);
    mainLayout->addWidget(m_threadSplit, 1);

    m_sideLayout->setContentsMargins(6, 6, 6, 6);
    m_sideLayout->setSpacing(8);
    m_sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setAccessibleName(tr("Ticket details"));
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setWidget(m_side);
    sideScroll->hide(); // until a panel arrives
    // The customer card and the triage panel are laid out for about 30 characters or more; narrower,
    // they clip. The splitter never squeezes the column below that.
    sideScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_columns->addWidget(main);
    m_columns->addWidget(sideScroll);
    m_columns->setStretchFactor(0, 1);
    m_columns->setChildrenCollapsible(false);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_columns);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Reading comes first: the thread gets most of the height until the agent moves the handle.
    m_threadSplit->setSizes({560, 200});
    m_columns->setSizes({640, 340});
    if (QSettings *settings = ticket.session().settings()) {
        m_threadSplit->restoreState(settings->value(splitKey).toByteArray());
        m_columns->restoreState(settings->value(columnsKey).toByteArray());
    }
    connect(m_threadView, &ThreadView::quoteRequested, this, &TicketView::quoteMessage);
    connect(m_threadView, &ThreadView::linkActivated, this, &TicketView::linkActivated);
    // R36: the solve's line in the thread offers the same undo as the header, for as long.
    connect(m_header, &TicketHeader::undoSolveOffered, m_threadView, &ThreadView::setUndoSolveOffered);
    connect(m_threadView, &ThreadView::undoSolveRequested, m_header, &TicketHeader::undoSolve);
    connect(m_composer, &Composer::reviewRequested, m_threadView, &ThreadView::scrollToMessage);
    connect(m_composer, &Composer::sent, m_threadView, &ThreadView::scrollToEnd);
    connect(&m_ticket, &OpenTicket::opened, this, &TicketView::showTicket);
    // A mail that joins the thread may bring files: read them again as the thread grows.
    connect(&m_ticket, &OpenTicket::opened, m_attachments,
            [this](TicketId opened) { (void)m_attachments->setTicket(opened); });
    connect(ticket.thread(), &QAbstractItemModel::rowsInserted, m_attachments,
            [this] { (void)m_attachments->reload(); });
    (void)m_attachments->setTicket(ticket.id());
    m_threadView->setAttachments(m_attachments);
    connect(m_threadView, &ThreadView::attachmentRequested, this, [this](qint64 id) {
        if (const auto attachment = m_attachments->byId(id))
            m_attachmentBar->open(*attachment);
    });
    connect(&m_ticket, &OpenTicket::opened, this, [this](TicketId opened) {
        if (m_presenceModel)
            m_presenceModel->setTicket(opened);
        showPresence();
    });
    showTicket();
}

TicketView::~TicketView()
{
    if (QSettings *settings = m_ticket.session().settings()) {
        settings->setValue(splitKey, m_threadSplit->saveState());
        settings->setValue(columnsKey, m_columns->saveState());
    }
}

void TicketView::setTicket(TicketId ticket)
{
    (void)m_ticket.open(ticket); // what went wrong is shown by showTicket()
}

TicketId TicketView::ticket() const
{
    return m_ticket.id();
}

ThreadModel *TicketView::threadModel() const
{
    return m_ticket.thread();
}

void TicketView::showTicket()
{
    if (!m_ticket.isOpen()) {
        const bool failed = !m_ticket.loadError().isEmpty();
        m_empty->setTitle(failed ? tr("This ticket cannot be shown") : tr("No ticket selected"));
        m_empty->setText(failed ? m_ticket.loadError()
                                : tr("Choose a ticket in the list to read the conversation and answer it."));
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    // A thread or a draft that could not be read: the ticket is shown, the problem said.
    if (!m_ticket.loadError().isEmpty())
        m_header->showError(m_ticket.loadError());
    m_pages->setCurrentWidget(m_columns);
    m_threadView->scrollToEnd();
    Q_EMIT ticketShown(m_ticket.id(), m_ticket.customer());
}

void TicketView::setPresence(Presence *presence)
{
    m_presenceModel = presence;
    if (!presence)
        return;
    connect(presence, &Presence::changed, this, &TicketView::showPresence);
    connect(m_composer, &Composer::replyTyped, presence, &Presence::noteTyping);
    presence->setTicket(m_ticket.id());
    showPresence();
}

void TicketView::showPresence()
{
    const QList<PresenceEntry> others =
        m_presenceModel ? m_presenceModel->othersOn(m_ticket.id()) : QList<PresenceEntry>();
    QStringList viewing;
    QStringList typing;
    for (const PresenceEntry &entry : others) {
        QStringList &list = entry.typing ? typing : viewing;
        if (!list.contains(entry.agentName))
            list.append(entry.agentName);
    }
    viewing.removeIf([&typing](const QString &name) { return typing.contains(name); });
    QStringList lines;
    if (!typing.isEmpty()) {
        //: %1 is one or more agents' names, such as "Ivan Petrov, Vera Lead"
        lines.append(tr("Typing a reply to this ticket now: %1. Agree who answers before you send.")
                         .arg(QLocale().createSeparatedList(typing)));
    }
    if (!viewing.isEmpty()) {
        //: %1 is one or more agents' names
        lines.append(tr("Also viewing this ticket: %1.").arg(QLocale().createSeparatedList(viewing)));
    }
    m_presence->setText(lines.join(u'\n'));
    m_presence->setVisible(!lines.isEmpty());
    // Typing is the one that can cost a double answer: it reads as a warning.
    m_presence->setForegroundRole(typing.isEmpty() ? QPalette::PlaceholderText : QPalette::Link);
}

void TicketView::addSidePanel(QWidget *panel)
{
    panel->setParent(m_side);
    m_sideLayout->insertWidget(m_sideLayout->count() - 1, panel);
    auto *sideScroll = m_columns->widget(1);
    // Never narrower than what the panels need (their widest row of buttons): squeezed
    // further, they would be cut off on the right instead of the thread giving way.
    const int scrollBar = sideScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    sideScroll->setMinimumWidth(std::max(sideScroll->minimumWidth(), m_side->minimumSizeHint().width() + scrollBar));
    sideScroll->show();
}

void TicketView::offerReply(const QString &cannedKey)
{
    (void)m_composer->insertCannedReply(cannedKey);
}

void TicketView::insertText(const QString &text)
{
    m_composer->insertText(text);
}

void TicketView::quoteMessage(MessageId message)
{
    const auto quoted = m_ticket.quote(message);
    if (!quoted) {
        m_composer->showMessage(quoted.error().message, true);
        return;
    }
    m_composer->setMode(Composer::Mode::Reply);
    m_composer->insertText(quoted.value());
}

} // namespace Casebook
