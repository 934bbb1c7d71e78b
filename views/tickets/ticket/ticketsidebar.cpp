// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsidebar.h"

#include "models/tickets/ticket/openticket.h"
#include "views/customers/customercard.h"
#include "views/tickets/assignment/assignmentpanel.h"
#include "views/tickets/triage/triagepanel.h"
#include "views/vault/vaultpanel.h"

#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketSidebar::TicketSidebar(OpenTicket &ticket, VaultSession &vault, QWidget *parent)
    : QTabWidget(parent)
    , m_card(new CustomerCard(ticket.session()))
    , m_vault(new VaultPanel(ticket.session(), vault))
    , m_triage(new TriagePanel(ticket))
    , m_assignment(new AssignmentPanel(ticket))
{
    setObjectName(u"ticket.sidebar"_s);
    setDocumentMode(true);
    m_card->addPanel(m_vault, tr("Accesses"));
    connect(m_card, &CustomerCard::customerShown, m_vault, &VaultPanel::setCustomer);
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
    connect(&ticket, &OpenTicket::customerChanged, m_card, [this](CustomerId customer) {
        if (customer != m_card->customer())
            m_card->setCustomer(customer);
    });
    if (ticket.customer().isValid())
        m_card->setCustomer(ticket.customer());
}

TicketSidebar::~TicketSidebar() = default;

} // namespace Casebook
