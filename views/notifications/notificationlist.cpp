// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationlist.h"

#include "models/common/dates.h"
#include "models/reminders/notificationmodel.h"
#include "views/common/emptystate.h"
#include "views/common/icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QListView>
#include <QMenu>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Casebook {

NotificationList::NotificationList(NotificationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_empty(new EmptyState(this))
    , m_list(new QListView(this))
    , m_acknowledge(new QToolButton(this))
    , m_snooze(new QToolButton(this))
    , m_steps(new QToolButton(this))
    , m_history(new QCheckBox(tr("History"), this))
{
    setObjectName(QStringLiteral("notifications"));
    m_list->setObjectName(QStringLiteral("notifications.list"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("notifications.empty"));
    m_empty->setIcon(paletteIcon(QStringLiteral("notifications"), palette()));
    m_empty->setTitle(tr("No notifications"));
    m_empty->setText(tr("Reminders from the team playbook and warnings about answers that are due soon "
                        "appear here and in the system tray."));

    m_acknowledge->setObjectName(QStringLiteral("notifications.acknowledge"));
    m_acknowledge->setText(tr("Acknowledge"));
    m_acknowledge->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snooze->setObjectName(QStringLiteral("notifications.snooze"));
    m_snooze->setText(tr("Snooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    auto *snoozeMenu = new QMenu(m_snooze);
    for (const int minutes : {10, 30, 60}) {
        QAction *action = snoozeMenu->addAction(tr("%n minute(s)", nullptr, minutes));
        action->setObjectName(QStringLiteral("notifications.snooze.%1").arg(minutes));
        connect(action, &QAction::triggered, this, [this, minutes] { snoozeCurrent(minutes); });
    }
    m_snooze->setMenu(snoozeMenu);
    m_steps->setObjectName(QStringLiteral("notifications.steps"));
    //: Lists every time the selected notification line fired (an escalation ladder's steps)
    m_steps->setText(tr("Steps"));
    m_steps->setToolTip(tr("Every time this reminder came, newest first"));
    m_steps->setPopupMode(QToolButton::InstantPopup);
    auto *stepsMenu = new QMenu(m_steps);
    stepsMenu->setObjectName(QStringLiteral("notifications.steps.menu"));
    connect(stepsMenu, &QMenu::aboutToShow, this, &NotificationList::fillSteps);
    m_steps->setMenu(stepsMenu);
    m_history->setObjectName(QStringLiteral("notifications.history"));
    m_history->setToolTip(tr("Show acknowledged notifications too"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_steps);
    buttons->addStretch();
    buttons->addWidget(m_history);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(m_stack, 1);

    connect(m_acknowledge, &QToolButton::clicked, this, &NotificationList::acknowledgeCurrent);
    connect(m_history, &QCheckBox::toggled, m_model, &NotificationModel::setShowHistory);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const TicketId ticket(index.data(NotificationModel::TicketRole).toLongLong());
        if (ticket.isValid())
            Q_EMIT ticketRequested(ticket);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationList::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotificationList::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationList::updateEmptyState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotificationList::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NotificationList::updateActions);
    updateEmptyState();
}

NotificationList::~NotificationList() = default;

bool NotificationList::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void NotificationList::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_list);
    updateActions();
}

void NotificationList::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    const bool open = current.isValid() && !current.data(NotificationModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(open);
    m_snooze->setEnabled(open);
    m_steps->setEnabled(current.isValid() && current.data(NotificationModel::FiredRole).toInt() > 1);
}

void NotificationList::fillSteps()
{
    QMenu *menu = m_steps->menu();
    menu->clear();
    const auto steps = m_model->stepsOf(m_list->currentIndex().row());
    if (!steps) {
        menu->addAction(steps.error().message)->setEnabled(false);
        return;
    }
    // Each step with when it came; choosing one opens its ticket, as the line does.
    for (const NotificationRow &step : *steps) {
        //: A step in a notification line's list of steps: %1 when it came, %2 its title
        QString text = tr("%1  %2").arg(Dates::moment(step.createdAt), step.title);
        if (step.acknowledgedAt)
            //: A step of a notification line in its list of steps; %1 is the step
            text = tr("%1 (acknowledged)").arg(text);
        QAction *action = menu->addAction(text);
        action->setToolTip(step.body);
        const TicketId ticket = step.ticket;
        if (ticket.isValid())
            connect(action, &QAction::triggered, this, [this, ticket] { Q_EMIT ticketRequested(ticket); });
    }
}

void NotificationList::acknowledgeCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        (void)m_model->acknowledge(m_model->notificationAt(current.row()).id);
}

void NotificationList::snoozeCurrent(int minutes)
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        (void)m_model->snooze(m_model->notificationAt(current.row()).id, minutes);
}

} // namespace Casebook
