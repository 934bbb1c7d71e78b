// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QSplitter>
#include <QUrl>

namespace Casebook {

class InboxView;
class OpenTicket;
class Presence;
class Session;
class TicketSidebar;
class TicketView;
class VaultSession;

/**
 * The Inbox section: the ticket list on the left and the ticket it points at on the right.
 * Moving through the list opens each ticket in the one OpenTicket that the ticket view and
 * the sidebar beside it view; the splitter and the last ticket shown are remembered, so the
 * section opens where the agent left it.
 */
class InboxSection final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxSection)

public:
    InboxSection(Session &session, VaultSession &vault, QWidget *parent = nullptr);
    ~InboxSection() override;

    [[nodiscard]] InboxView *inbox() const { return m_inbox; }
    [[nodiscard]] TicketView *ticketView() const { return m_ticket; }
    [[nodiscard]] TicketSidebar *sidebar() const { return m_sidebar; }

    /// Shows this ticket: selected in the list when the list holds it, shown beside it anyway.
    void openTicket(Casebook::TicketId ticket);
    /// The ticket shown beside the list (invalid when none).
    [[nodiscard]] TicketId shownTicket() const;
    /// What an empty database shows instead of "No ticket selected": what to do first.
    [[nodiscard]] QWidget *firstDayPanel() const { return m_firstDay; }

Q_SIGNALS:
    void newTicketRequested();
    void newCustomerRequested();
    void importCustomersRequested();
    void importHistoryRequested();
    /// The first day's "Connect a Mailbox…": Settings on the Mail page.
    void connectMailboxRequested();
    /// The agent asked for a bug report from this ticket, whatever its severity.
    void bugReportRequested(Casebook::TicketId ticket);
    /// A link in the open ticket's thread was followed.
    void linkActivated(const QUrl &url);

private:
    void createActions();
    void createFirstDayPanel();
    void showTicket(TicketId ticket);
    void selectStartTicket();

    Session &m_session;
    OpenTicket *m_open = nullptr;
    InboxView *m_inbox = nullptr;
    TicketView *m_ticket = nullptr;
    TicketSidebar *m_sidebar = nullptr;
    QWidget *m_firstDay = nullptr;
    Presence *m_presence = nullptr;
};

} // namespace Casebook
