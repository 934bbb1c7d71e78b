// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;
class QStackedLayout;

namespace Casebook {

class EmptyState;

/**
 * The in-app list of reminders and alerts. It shows an explanation while the model
 * is empty and the list as soon as a row arrives.
 */
class NotificationList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationList)

public:
    explicit NotificationList(QAbstractItemModel *model, QWidget *parent = nullptr);
    ~NotificationList() override;

    [[nodiscard]] bool isShowingEmptyState() const;

private:
    void updateEmptyState();

    QAbstractItemModel *m_model = nullptr;
    QStackedLayout *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Casebook
