// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsidebar.h"

#include "models/customers/customercardmodel.h"
#include "models/tickets/ticket/openticket.h"
#include "views/customers/customercard.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/triage/triagepanel.h"
#include "views/vault/vaultpanel.h"

#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketSidebar::TicketSidebar(OpenTicket &ticket, QWidget *parent)
    : QTabWidget(parent)
    , m_card(new CustomerCard(*ticket.customerCard()))
    , m_triage(new TriagePanel(ticket))
    , m_assignment(new AssignmentPanel(ticket))
{
    setObjectName(u"ticket.sidebar"_s);
    setDocumentMode(true);
    // The card's model follows the ticket's customer and carries their accesses with it.
    if (CustomerAccessesModel *accesses = ticket.customerCard()->accesses()) {
        m_vault = new VaultPanel(*accesses);
        m_card->addPanel(m_vault, tr("Accesses"));
    }
    addTab(m_card, tr("Customer"));

    // Triage and work share one scrolling page: both are short, and an agent triaging a
    // ticket usually takes it in the same breath.
    auto *work = new QWidget;
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_triage);
    layout->addWidget(m_assignment);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"ticket.sidebar.work"_s);
    scroll->setWidget(work);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    addTab(scroll, tr("Ticket"));

    connect(m_triage, &TriagePanel::replyOffered, this, &TicketSidebar::replyOffered);
    connect(m_assignment, &AssignmentPanel::replyOffered, this, &TicketSidebar::replyOffered);
    connect(m_triage, &TriagePanel::bugReportRequested, this, &TicketSidebar::bugReportRequested);
    connect(m_assignment, &AssignmentPanel::ticketOpenRequested, this, &TicketSidebar::ticketOpenRequested);
    connect(m_card, &CustomerCard::ticketActivated, this, &TicketSidebar::ticketOpenRequested);
}

TicketSidebar::~TicketSidebar() = default;

} // namespace Casebook
