// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationlist.h"

#include "views/common/emptystate.h"
#include "views/common/icons.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QListView>
#include <QStackedLayout>

namespace Casebook {

NotificationList::NotificationList(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedLayout(this))
    , m_empty(new EmptyState(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("notifications"));
    m_list->setObjectName(QStringLiteral("notifications.list"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("notifications.empty"));
    m_empty->setIcon(paletteIcon(QStringLiteral("notifications"), palette()));
    m_empty->setTitle(tr("No notifications"));
    m_empty->setText(tr("Reminders from the team playbook and warnings about answers that are due soon "
                        "appear here and in the system tray."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationList::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotificationList::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationList::updateEmptyState);
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
}

} // namespace Casebook
