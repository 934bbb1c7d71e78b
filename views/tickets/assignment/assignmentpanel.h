// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QPointer>
#include <QWidget>

class QInputDialog;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace Casebook {

class HandOffDialog;
class OpenTicket;

/**
 * Who holds the ticket and what else hangs on it: Take (R33), Hand off (R45), Escalate to a
 * lead (R23), the long-held flag (R24), side tasks (R37), merge and related links, Copy as
 * internal message (R43) and Copy link (R44). A view of the open ticket, which performs every
 * action. Dialogs open with open(), so tests drive them.
 */
class AssignmentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentPanel)

public:
    explicit AssignmentPanel(OpenTicket &ticket, QWidget *parent = nullptr);
    ~AssignmentPanel() override;

Q_SIGNALS:
    /// After a hand-off or escalation: draft the customer notice "handoff" (R45).
    void replyOffered(const QString &cannedKey);
    /// A linked ticket was activated.
    void ticketOpenRequested(Casebook::TicketId ticket);

private:
    /// A new ticket: what the last one asked or said goes.
    void showTicket();
    void showAssignment();
    void take();
    void openHandOff(bool escalate);
    void handOffChosen(HandOffDialog *dialog);
    void addTask();
    void askTicketNumber(bool merge);
    void ticketNumberChosen(bool merge, int number);
    void copyInternalMessage();
    void copyLink();
    void showStatus(const QString &message, bool error);

    OpenTicket &m_ticket;
    QLabel *m_holder = nullptr;
    QLabel *m_longHeld = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_handOff = nullptr;
    QPushButton *m_escalate = nullptr;
    QListView *m_tasks = nullptr;
    QLineEdit *m_newTask = nullptr;
    QPushButton *m_addTask = nullptr;
    QListWidget *m_links = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_copyMessage = nullptr;
    QPushButton *m_copyLink = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace Casebook
