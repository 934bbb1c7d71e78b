// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsidebar.h"

#include "models/customers/customercardmodel.h"
#include "views/customers/customercard.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/triage/triagepanel.h"
#include "views/vault/vaultpanel.h"

#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketSidebar::TicketSidebar(Session &session, VaultSession &vault, QWidget *parent)
    : QTabWidget(parent)
    , m_cardModel(new CustomerCardModel(session, &vault, this))
    , m_card(new CustomerCard(*m_cardModel))
    , m_vault(new VaultPanel(*m_cardModel->accesses()))
    , m_triage(new TriagePanel(session))
    , m_assignment(new AssignmentPanel(session))
{
    setObjectName(u"ticket.sidebar"_s);
    setDocumentMode(true);
    m_card->addPanel(m_vault, tr("Accesses"));
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

void TicketSidebar::setTicket(TicketId ticket, CustomerId customer)
{
    m_triage->setTicket(ticket);
    m_assignment->setTicket(ticket);
    if (customer != m_cardModel->customer())
        (void)m_cardModel->setCustomer(customer); // the card shows what could not be read
}

} // namespace Casebook
