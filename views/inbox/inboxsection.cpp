// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsection.h"

#include "agents/session.h"
#include "inboxview.h"
#include "ticket/ticketview.h"
#include "tickets/inboxmodel.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
const QString splitterKey = u"inbox/splitter"_s;
const QString ticketKey = u"inbox/ticket"_s;
} // namespace

InboxSection::InboxSection(Session &session, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_inbox(new InboxView(session, this))
    , m_ticket(new TicketView(session, this))
{
    addWidget(m_inbox);
    addWidget(m_ticket);
    setChildrenCollapsible(false);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setSizes({440, 560});
    if (QSettings *settings = session.settings())
        restoreState(settings->value(splitterKey).toByteArray());

    connect(m_inbox, &InboxView::currentTicketChanged, this, &InboxSection::showTicket);
    connect(m_inbox, &InboxView::ticketActivated, this, &InboxSection::showTicket);
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

void InboxSection::showTicket(TicketId ticket)
{
    // A list that lost its current row (another view, a reset) leaves the ticket on screen.
    if (!ticket.isValid() || ticket == m_ticket->ticket())
        return;
    m_ticket->setTicket(ticket);
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
        table->selectionModel()->setCurrentIndex(start, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Casebook
