// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "threadrow.h"

#include <QAbstractListModel>
#include <QList>

namespace Casebook {

class Database;
struct Change;

/**
 * One ticket's thread, oldest first: customer messages, agent replies, internal notes and
 * system messages, told apart by MessageKindRole (R38: notes are the team's own), and the
 * ticket's events in their place in time (hand-offs with their reason, takes, status and
 * triage changes, merges, links, bug reports and proposals filed from it) as System rows
 * with EventIdRole and, where they name something, LinkRole.
 *
 * Long threads load lazily: the newest page comes first, and fetchMore() prepends the page
 * before it, read by key `(created_at, message before event, id)`; a page of messages and
 * events is one statement. The changes its owner hands to applyChanges() (an open ticket
 * passes on those of its own ticket) arrive as precise row inserts at their place in time;
 * a row that would sit before the loaded pages waits for fetchMore().
 */
class ThreadModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadModel)

public:
    static constexpr int defaultPageSize = 40;

    using Row = ThreadRow;

    explicit ThreadModel(Database &database, QObject *parent = nullptr);
    ~ThreadModel() override;

    /// Shows this ticket's newest page (an invalid id empties the model).
    Status setTicket(TicketId ticket);
    [[nodiscard]] TicketId ticket() const { return m_ticket; }
    /// Rows per page; tests make it small.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    [[nodiscard]] Row rowAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(MessageId message) const;
    /// The newest message shown: the send guard's mark of what the agent has seen.
    [[nodiscard]] MessageId newestMessage() const;
    /// The last load error, empty when the thread is current.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Follows committed changes: the messages and events among them that are (or were)
    /// this ticket's are inserted, updated or removed in place.
    void applyChanges(const QList<Casebook::Change> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    /// Up to `limit` rows of this ticket before `before` (all when null), newest first.
    Result<QList<Row>> readPage(const Row *before, int limit) const;
    /// The messages and events with these ids, whichever ticket they belong to now.
    Result<QList<Row>> readRows(const QList<qint64> &messages, const QList<qint64> &events) const;
    void applyRow(const Row &row);
    void removeRow(int at);
    [[nodiscard]] int rowOf(MessageId id) const;
    [[nodiscard]] int rowOfEvent(qint64 event) const;

    Database &m_database;
    TicketId m_ticket;
    QList<Row> m_rows; ///< oldest first
    bool m_hasEarlier = false;
    bool m_changing = false; ///< inside a begin/end pair: a fetchMore() from a slot waits
    bool m_fetchQueued = false;
    int m_pageSize = defaultPageSize;
    QString m_lastError;
};

} // namespace Casebook
