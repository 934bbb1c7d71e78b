// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/itemroles.h"
#include "models/common/listsync.h"
#include "models/reminders/reminder.h"
#include "models/storage/result.h"

namespace Casebook {

class Session;
struct Change;

/// One notification of the agent.
struct NotificationRow
{
    NotificationId id;
    QString title;
    QString body;
    TicketId ticket;
    qint64 createdAt = 0;
    bool missed = false; ///< came due while no desktop was running
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> snoozedUntil;
    QString rule;

    bool operator==(const NotificationRow &) const = default;
};

/**
 * The agent's notifications, newest first: what the reminders delivered to them (and to the
 * whole team). Acknowledge and snooze act on a row; with history on, acknowledged ones stay.
 * Follows the ChangeFeed, so a delivery made by the scheduler (or another desktop) arrives
 * as inserted rows, and announces each one that is new and not missed through arrived(),
 * which the desktop notification and the tray show.
 */
class NotificationModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationModel)

public:
    enum Role {
        TicketRole = Qt::UserRole + 100, ///< qint64 ticket id, 0 when none
        MissedRole, ///< bool
        AcknowledgedRole, ///< bool
        SnoozedUntilRole, ///< qint64 ms, invalid when not snoozed
    };

    explicit NotificationModel(Session &session, QObject *parent = nullptr);
    ~NotificationModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] NotificationRow notificationAt(int row) const;
    [[nodiscard]] int indexOf(NotificationId id) const;
    /// Unacknowledged, not snoozed: what the tray counts.
    [[nodiscard]] int pendingCount() const;

    [[nodiscard]] bool showsHistory() const { return m_history; }
    void setShowHistory(bool history);

    Status acknowledge(NotificationId id);
    Status snooze(NotificationId id, int minutes);
    /// Reads the rows again (the ChangeFeed calls it; tests may).
    Status reload();

Q_SIGNALS:
    /// A notification just delivered to this agent (not a missed one, not on the first load).
    void arrived(const Casebook::NotificationRow &notification);
    void pendingCountChanged(int count);

private:
    void onChanges(const QList<Casebook::Change> &changes);

    Session &m_session;
    QList<NotificationRow> m_rows;
    QSet<std::pair<qint64, qint64>> m_seen; ///< (id, created_at): a snoozed one comes back as new
    bool m_history = false;
    bool m_loaded = false;
    int m_pending = -1;
};

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::NotificationRow)
