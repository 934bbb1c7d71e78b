// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket/ticketoverview.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Casebook {

class OpenTicket;

/**
 * The top of a ticket: number and subject, the customer, the status with who acts next
 * (R32), the assignee and the response due times; and Solve, which asks how the ticket
 * was resolved (R36); the lock that keeps a security report private, offered when the request
 * mentions the team's security words (R40). A view of the open ticket: it follows its changes
 * and acts through it.
 */
class TicketHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketHeader)

public:
    explicit TicketHeader(OpenTicket &ticket, QWidget *parent = nullptr);
    ~TicketHeader() override;

    /// A problem with the last action (a conflict, a refused change); empty hides it.
    void showError(const QString &text);

    [[nodiscard]] static QString statusText(TicketStatus status);
    /// R32: who has the next action, in words.
    [[nodiscard]] static QString nextActorText(NextActor actor);

    /// Puts back the ticket this desk solved a moment ago (the button, or the thread's link).
    void undoSolve();

Q_SIGNALS:
    /// Undo Solve became available or went (its time is up, or it was used).
    void undoSolveOffered(bool offered);

private:
    void showOverview();
    void solve(Resolution resolution);
    /// Shows "Undo Solve" while the open ticket offers it, and hides it when its time is up.
    void updateUndoSolve();
    void setPrivate(bool isPrivate);

    OpenTicket &m_ticket;
    QLabel *m_number = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_solve = nullptr;
    QToolButton *m_undoSolve = nullptr; ///< shown for a short time after this desk solved the ticket
    QToolButton *m_private = nullptr;
    QWidget *m_privacyOffer = nullptr;
    QLabel *m_privacyWords = nullptr;
};

} // namespace Casebook
