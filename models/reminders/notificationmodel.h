// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/itemroles.h"
#include "models/common/listsync.h"
#include "models/reminders/reminder.h"
#include "models/storage/result.h"

namespace Casebook {

class Session;
struct Change;

/**
 * One line of the agent's notifications: the latest of a rule's notifications about one
 * subject (an escalation ladder's steps, a ticket's SLA warnings), with how many there were
 * and since when. Most lines are a single notification.
 */
struct NotificationRow
{
    NotificationId id; ///< the latest
    QString title;
    QString body;
    TicketId ticket;
    qint64 createdAt = 0;
    bool missed = false; ///< came due while no desktop was running
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> snoozedUntil;
    QString rule;
    QString subject;
    AgentId agent; ///< invalid: for the whole team
    int fired = 1; ///< notifications on this line
    qint64 since = 0; ///< when the first of them was delivered
    QString ticketSubject; ///< the ticket's subject now (lines only)

    /// Rule, subject and recipient: what makes notifications one line.
    [[nodiscard]] QString lineKey() const;

    bool operator==(const NotificationRow &) const = default;
};

/**
 * The agent's notifications, newest first: what the reminders delivered to them (and to the
 * whole team), one line per rule and subject (a critical ticket's escalation ladder is one
 * line with its latest step, however many steps fired). Acknowledge and snooze act on a
 * line, all of its notifications; stepsOf() lists them. With history on, acknowledged
 * lines stay.
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
        FiredRole, ///< int: notifications on the line
        SinceRole, ///< qint64 ms: the first of them
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

    /// Acknowledges the line of `id` (every notification on it: the ladder stops, R12).
    Status acknowledge(NotificationId id);
    /// Puts off the line of `id`; it comes back once.
    Status snooze(NotificationId id, int minutes);
    /// Every notification on the line at `row`, acknowledged ones too, newest first.
    Result<QList<NotificationRow>> stepsOf(int row) const;
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
    /// Per line, the newest delivery announced: a snoozed one comes back as new, once per line.
    QHash<QString, qint64> m_seen;
    bool m_history = false;
    bool m_loaded = false;
    int m_pending = -1;
};

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::NotificationRow)
