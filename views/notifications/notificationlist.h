// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QWidget>

class QCheckBox;
class QListView;
class QStackedLayout;
class QToolButton;

namespace Casebook {

class EmptyState;
class NotificationModel;

/**
 * The in-app list of reminders and alerts (NotificationModel): one line per rule and subject,
 * acknowledge, snooze, the steps of a line that fired more than once, the history of
 * acknowledged ones, and a double click opens the ticket a row is about. It shows an
 * explanation while the list is empty.
 */
class NotificationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationList)

public:
    explicit NotificationList(NotificationModel *model, QWidget *parent = nullptr);
    ~NotificationList() override;

    [[nodiscard]] bool isShowingEmptyState() const;

Q_SIGNALS:
    void ticketRequested(Casebook::TicketId ticket);

private:
    void updateEmptyState();
    void updateActions();
    void acknowledgeCurrent();
    void snoozeCurrent(int minutes);
    void fillSteps();

    NotificationModel *m_model = nullptr;
    QStackedLayout *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QListView *m_list = nullptr;
    QToolButton *m_acknowledge = nullptr;
    QToolButton *m_snooze = nullptr;
    QToolButton *m_steps = nullptr;
    QCheckBox *m_history = nullptr;
};

} // namespace Casebook
