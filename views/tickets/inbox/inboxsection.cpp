// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsection.h"

#include "inboxview.h"
#include "models/agents/session.h"
#include "models/presence/presence.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/newticket/logcontactform.h"
#include "models/tickets/ticket/openticket.h"
#include "views/common/emptystate.h"
#include "views/common/shortcuts.h"
#include "views/tickets/newticket/logcontactdialog.h"
#include "views/tickets/thread/composer.h"
#include "views/tickets/ticket/ticketsidebar.h"
#include "views/tickets/ticket/ticketview.h"

#include <QAbstractButton>
#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString splitterKey = u"inbox/splitter"_s;
const QString ticketKey = u"inbox/ticket"_s;
} // namespace

InboxSection::InboxSection(Session &session, VaultSession &vault, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_open(new OpenTicket(session, &vault))
    , m_inbox(new InboxView(session, this))
    , m_ticket(new TicketView(*m_open, this))
    , m_sidebar(new TicketSidebar(*m_open))
    , m_presence(new Presence(session, this))
{
    m_ticket->setPresence(m_presence);
    m_inbox->setPresence(m_presence);
    m_ticket->addSidePanel(m_sidebar);
    connect(m_sidebar, &TicketSidebar::replyOffered, m_ticket, &TicketView::offerReply);
    connect(m_ticket, &TicketView::linkActivated, this, &InboxSection::linkActivated);
    connect(m_sidebar, &TicketSidebar::ticketOpenRequested, this, &InboxSection::openTicket);
    createActions();

    addWidget(m_inbox);
    addWidget(m_ticket);
    createFirstDayPanel();
    setChildrenCollapsible(false);
    // Half and half: the list keeps room for its subjects; the ticket view has its minimum.
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    setSizes({700, 800});
    if (QSettings *settings = session.settings())
        restoreState(settings->value(splitterKey).toByteArray());

    connect(m_inbox, &InboxView::currentTicketChanged, this, &InboxSection::showTicket);
    connect(m_inbox, &InboxView::ticketActivated, this, &InboxSection::showTicket);
    // Parented after the views, so it is deleted after them: they store drafts into it as they go.
    m_open->setParent(this);
    selectStartTicket();
}

InboxSection::~InboxSection()
{
    if (QSettings *settings = m_session.settings()) {
        settings->setValue(splitterKey, saveState());
        if (m_ticket->ticket().isValid())
            settings->setValue(ticketKey, m_ticket->ticket().value());
    }
}

void InboxSection::createFirstDayPanel()
{
    m_firstDay = new QWidget(this);
    m_firstDay->setObjectName(u"inbox.firstDay"_s);
    auto *layout = new QVBoxLayout(m_firstDay);
    auto *empty = new EmptyState(m_firstDay);
    empty->setTitle(tr("No tickets yet"));
    empty->setText(tr("When a customer calls, chats or drops by, type the request in as a new ticket. "
                      "Add your customers one by one, or import the list you keep elsewhere from a CSV file. "
                      "A team moving from another helpdesk brings its tickets along with Import History."));
    empty->setDetail(tr("E-mail arrives as tickets once the team's mailbox is connected."));
    layout->addStretch();
    layout->addWidget(empty);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    const auto button = [&](const QString &name, const QString &text, auto signal) {
        auto *b = new QPushButton(text, m_firstDay);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        buttons->addWidget(b);
        return b;
    };
    button(u"firstDay.newTicket"_s, tr("New Ticket…"), &InboxSection::newTicketRequested)->setDefault(true);
    button(u"firstDay.newCustomer"_s, tr("New Customer…"), &InboxSection::newCustomerRequested);
    button(u"firstDay.import"_s, tr("Import Customers…"), &InboxSection::importCustomersRequested);
    button(u"firstDay.importHistory"_s, tr("Import History…"), &InboxSection::importHistoryRequested);
    button(u"firstDay.connectMailbox"_s, tr("Connect a Mailbox…"), &InboxSection::connectMailboxRequested);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    addWidget(m_firstDay);
    m_firstDay->hide();
    connect(m_inbox, &InboxView::noTicketsChanged, this, [this](bool none) {
        // Once the first ticket exists the list and the ticket take over for good.
        m_firstDay->setVisible(none);
        m_ticket->setVisible(!none);
    });
}

void InboxSection::showTicket(TicketId ticket)
{
    // A list that lost its current row (another view, a reset) leaves the ticket on screen.
    if (!ticket.isValid() || ticket == m_ticket->ticket())
        return;
    m_ticket->setTicket(ticket);
}

void InboxSection::createActions()
{
    // Keyboard first: the ticket's everyday actions, remappable in Settings and listed in the
    // command palette. Single letters never fire while a text field has the focus.
    auto add = [this](const QString &id, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(id);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        ShortcutRegistry::instance()->add(action, id, key);
    };
    const auto write = [this](Composer::Mode mode) {
        m_ticket->composer()->setMode(mode);
        const QString editor = mode == Composer::Mode::Reply ? u"composer.reply"_s : u"composer.note"_s;
        if (auto *edit = m_ticket->composer()->findChild<QWidget *>(editor))
            edit->setFocus(Qt::ShortcutFocusReason);
    };
    add(u"ticket.reply"_s, tr("Reply to Customer"), QKeySequence(Qt::Key_R), [write] { write(Composer::Mode::Reply); });
    add(u"ticket.note"_s, tr("Write Internal Note"), QKeySequence(Qt::Key_N), [write] { write(Composer::Mode::Note); });
    add(u"ticket.tag"_s, tr("Tag Ticket"), QKeySequence(Qt::Key_T), [this] {
        m_sidebar->setCurrentIndex(1);
        if (auto *edit = m_sidebar->findChild<QWidget *>(u"triage.tagEdit"_s))
            edit->setFocus(Qt::ShortcutFocusReason);
    });
    // R39: a call or chat about this ticket, written down as the customer's message.
    add(u"ticket.logContact"_s, tr("Log Call or Chat…"), QKeySequence(Qt::SHIFT | Qt::Key_L), [this] {
        if (!m_ticket->ticket().isValid())
            return;
        auto *dialog = new LogContactDialog(new LogContactForm(m_session, m_ticket->ticket()), window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    add(u"ticket.take"_s, tr("Take Ticket"), QKeySequence(Qt::SHIFT | Qt::Key_T), [this] {
        if (auto *take = m_sidebar->findChild<QPushButton *>(u"assignment.take"_s); take && take->isEnabled())
            take->click();
    });
    add(u"ticket.solve"_s, tr("Solve Ticket…"), QKeySequence(Qt::SHIFT | Qt::Key_S), [this] {
        if (auto *solve = m_ticket->findChild<QToolButton *>(u"ticket.solve"_s); solve && solve->isEnabled())
            solve->showMenu();
    });
    // Reached from the palette (no key of their own by default): the sidebar's buttons.
    const auto click = [this](const QString &button) {
        if (auto *found = m_sidebar->findChild<QAbstractButton *>(button); found && found->isEnabled())
            found->click();
    };
    add(u"ticket.handOff"_s, tr("Hand Off Ticket…"), QKeySequence(), [click] { click(u"assignment.handOff"_s); });
    add(u"ticket.escalate"_s, tr("Escalate Ticket to Lead…"), QKeySequence(),
        [click] { click(u"assignment.escalate"_s); });
    add(u"ticket.bugReport"_s, tr("File a Bug Report…"), QKeySequence(), [this] {
        if (m_ticket->ticket().isValid())
            Q_EMIT bugReportRequested(m_ticket->ticket());
    });
}

void InboxSection::openTicket(TicketId ticket)
{
    const QModelIndex row = m_inbox->model()->indexOf(ticket);
    if (row.isValid()) {
        m_inbox->table()->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_inbox->table()->scrollTo(row);
    }
    showTicket(ticket);
}

TicketId InboxSection::shownTicket() const
{
    return m_ticket->ticket();
}

void InboxSection::selectStartTicket()
{
    // Where the agent left off, else the top of the list: the right side is never blank
    // while there is something to read.
    QTableView *table = m_inbox->table();
    const InboxModel *model = m_inbox->model();
    QModelIndex start;
    if (QSettings *settings = m_session.settings())
        start = model->indexOf(TicketId(settings->value(ticketKey).toLongLong()));
    if (!start.isValid() && model->rowCount() > 0)
        start = model->index(0, InboxModel::SubjectColumn);
    if (start.isValid())
        table->selectionModel()->setCurrentIndex(start,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Casebook
