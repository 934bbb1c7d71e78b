// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QTabWidget>

namespace Casebook {

class AssignmentPanel;
class CustomerCard;
class OpenTicket;
class TriagePanel;
class VaultPanel;

/**
 * The column beside an open ticket: the customer's card (with their accesses) first, as R09
 * asks, and the ticket's triage and work (take, hand off, tasks, links) on the second tab.
 * The panels are the features' own; this class only places them and shows the card of the
 * open ticket's customer.
 */
class TicketSidebar final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketSidebar)

public:
    /// `ticket` must outlive the sidebar.
    explicit TicketSidebar(OpenTicket &ticket, QWidget *parent = nullptr);
    ~TicketSidebar() override;

    [[nodiscard]] CustomerCard *card() const { return m_card; }
    [[nodiscard]] TriagePanel *triage() const { return m_triage; }
    [[nodiscard]] AssignmentPanel *assignment() const { return m_assignment; }

Q_SIGNALS:
    /// A panel asks the composer for a canned reply (R11, R13, R45).
    void replyOffered(const QString &cannedKey);
    void bugReportRequested(Casebook::TicketId ticket);
    void ticketOpenRequested(Casebook::TicketId ticket);

private:
    CustomerCard *m_card = nullptr;
    VaultPanel *m_vault = nullptr;
    TriagePanel *m_triage = nullptr;
    AssignmentPanel *m_assignment = nullptr;
};

} // namespace Casebook
