// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;
class QTableView;

namespace Casebook {

class InboxModel;
class Session;

/**
 * The Inbox section: a saved view picker, the count, and the ticket table. Sorting
 * clicks go to the model, which sorts in SQL; the column layout is remembered.
 */
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    explicit InboxView(Session &session, QWidget *parent = nullptr);
    ~InboxView() override;

    [[nodiscard]] InboxModel *model() const { return m_model; }
    /// Shows the built-in view with this key ("open", "mine", ...).
    void showView(const QString &key);
    /// The ticket table, for the section that hosts the view (focus, current row).
    [[nodiscard]] QTableView *table() const { return m_table; }

Q_SIGNALS:
    void ticketActivated(Casebook::TicketId ticket);
    /// The table's current row moved to another ticket (invalid when none).
    void currentTicketChanged(Casebook::TicketId ticket);

private:
    void applyView(int index);
    void updateCount();

    Session &m_session;
    InboxModel *m_model = nullptr;
    QSettings *m_settings = nullptr;
    QComboBox *m_views = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Casebook
