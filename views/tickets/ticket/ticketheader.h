// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket/ticketoverview.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace Casebook {

/**
 * The top of a ticket: number and subject, the customer, the status with who acts next
 * (R32), the assignee and the response due times; and Solve, which asks how the ticket
 * was resolved (R36).
 */
class TicketHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketHeader)

public:
    explicit TicketHeader(QWidget *parent = nullptr);
    ~TicketHeader() override;

    void setOverview(const TicketOverview &overview, qint64 nowMs);
    /// A problem with the last action (a conflict, a refused change); empty hides it.
    void showError(const QString &text);

    [[nodiscard]] static QString statusText(TicketStatus status);
    /// R32: who has the next action, in words.
    [[nodiscard]] static QString nextActorText(NextActor actor);
    /// R36: the recognised ways of resolving, as the Solve menu words them.
    [[nodiscard]] static QString resolutionText(Resolution resolution);

Q_SIGNALS:
    void solveRequested(Casebook::Resolution resolution);

private:
    QLabel *m_number = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_solve = nullptr;
};

} // namespace Casebook
