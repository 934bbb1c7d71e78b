// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QTabWidget>

namespace Casebook {

class AssignmentPanel;
class CustomerCard;
class CustomerCardModel;
class Session;
class TriagePanel;
class VaultPanel;
class VaultSession;

/**
 * The column beside an open ticket: the customer's card (with their accesses) first, as R09
 * asks, and the ticket's triage and work (take, hand off, tasks, links) on the second tab.
 * The panels are the features' own; this class only places them and follows the ticket.
 */
class TicketSidebar final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSidebar)

public:
    TicketSidebar(Session &session, VaultSession &vault, QWidget *parent = nullptr);
    ~TicketSidebar() override;

    /// Shows this ticket and its customer (either may be invalid).
    void setTicket(Casebook::TicketId ticket, Casebook::CustomerId customer);

    [[nodiscard]] CustomerCard *card() const { return m_card; }
    [[nodiscard]] TriagePanel *triage() const { return m_triage; }
    [[nodiscard]] AssignmentPanel *assignment() const { return m_assignment; }

Q_SIGNALS:
    /// A panel asks the composer for a canned reply (R11, R13, R45).
    void replyOffered(const QString &cannedKey);
    void bugReportRequested(Casebook::TicketId ticket);
    void ticketOpenRequested(Casebook::TicketId ticket);

private:
    CustomerCardModel *m_cardModel = nullptr;
    CustomerCard *m_card = nullptr;
    VaultPanel *m_vault = nullptr;
    TriagePanel *m_triage = nullptr;
    AssignmentPanel *m_assignment = nullptr;
};

} // namespace Casebook
