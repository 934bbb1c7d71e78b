// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmodel.h"

#include "messagerow.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool earlier(const ThreadModel::Row &a, const ThreadModel::Row &b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

/// A change's ids are looked up in chunks, so the statement stays within every engine's limits.
constexpr qsizetype idsPerQuery = 400;

} // namespace

ThreadModel::ThreadModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
}

ThreadModel::~ThreadModel() = default;

Status ThreadModel::setTicket(TicketId ticket)
{
    // Another ticket is another list: the one place a reset is right.
    m_changing = true;
    beginResetModel();
    m_ticket = ticket;
    m_rows.clear();
    m_hasEarlier = false;
    m_lastError.clear();
    Status result = Done{};
    if (ticket.isValid()) {
        auto page = readPage(nullptr, m_pageSize + 1);
        if (page) {
            m_hasEarlier = page->size() > m_pageSize;
            QList<Row> rows = page.value().mid(0, m_pageSize);
            std::reverse(rows.begin(), rows.end());
            m_rows = rows;
        } else {
            m_lastError = page.error().message;
            result = page.error();
        }
    }
    endResetModel();
    m_changing = false;
    return result;
}

Result<QList<ThreadModel::Row>> ThreadModel::readPage(const Row *before, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Seeks messages_ticket (ticket_id, created_at, id) on both engines.
    QVariantList binds{m_ticket.value()};
    const QString keyset = before
        ? u"AND "_s + keysetCondition(u"m.created_at"_s, u"m.id"_s, u"<", m_database.dialect(), before->createdAt, before->id.value(), binds) + u' '
        : QString();
    q.prepare(MessageRow::select() + u"WHERE m.ticket_id = ? "_s + keyset
              + u"ORDER BY m.created_at DESC, m.id DESC LIMIT ?"_s);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Row> rows;
    while (q.next())
        rows.append(MessageRow::read(q));
    return rows;
}

Result<QList<ThreadModel::Row>> ThreadModel::readMessages(const QList<qint64> &ids) const
{
    QList<Row> result;
    for (qsizetype from = 0; from < ids.size(); from += idsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, idsPerQuery);
        QStringList marks(chunk.size(), u"?"_s);
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(MessageRow::select() + u"WHERE m.id IN ("_s + marks.join(u", "_s) + u')');
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next())
            result.append(MessageRow::read(q));
    }
    return result;
}

bool ThreadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasEarlier;
}

void ThreadModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasEarlier || m_rows.isEmpty())
        return;
    if (m_changing) {
        // Asked from a slot of our own change signal (a view, a model tester): a nested
        // insert would break the change in flight, so the page comes right after it.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_fetchQueued = false;
                fetchMore({});
            }, Qt::QueuedConnection);
        }
        return;
    }
    auto page = readPage(&m_rows.constFirst(), m_pageSize + 1);
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    m_lastError.clear();
    QList<Row> rows = page.value().mid(0, m_pageSize);
    std::reverse(rows.begin(), rows.end());
    m_hasEarlier = page->size() > m_pageSize;
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    m_changing = false;
}

void ThreadModel::applyChanges(const QList<Change> &changes)
{
    if (!m_ticket.isValid())
        return;
    QList<qint64> ids;
    for (const Change &change : changes) {
        if (change.entity == u"message")
            ids.append(change.entityId);
    }
    if (ids.isEmpty())
        return;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    auto found = readMessages(ids);
    if (!found) {
        m_lastError = found.error().message;
        return;
    }
    QSet<qint64> seen;
    for (const Row &row : std::as_const(found.value())) {
        seen.insert(row.id.value());
        applyMessage(row);
    }
    // Gone from the table (or moved by a merge, handled above): the row goes too.
    for (const qint64 id : std::as_const(ids)) {
        if (seen.contains(id))
            continue;
        if (const int at = rowOf(MessageId(id)); at >= 0) {
            m_changing = true;
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
            m_changing = false;
        }
    }
}

void ThreadModel::applyMessage(const Row &row)
{
    const int at = rowOf(row.id);
    if (row.ticket != m_ticket) {
        if (at >= 0) { // merged away into another ticket
            m_changing = true;
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
            m_changing = false;
        }
        return;
    }
    if (at >= 0) {
        Row &current = m_rows[at];
        if (current.body != row.body || current.author != row.author || current.kind != row.kind) {
            current = row;
            Q_EMIT dataChanged(index(at), index(at));
        }
        return;
    }
    // Before the loaded pages: fetchMore() will bring it in its turn.
    if (m_hasEarlier && !m_rows.isEmpty() && earlier(row, m_rows.constFirst()))
        return;
    const auto place = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, earlier);
    const int position = int(place - m_rows.cbegin());
    m_changing = true;
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    endInsertRows();
    m_changing = false;
}

int ThreadModel::rowOf(MessageId id) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) { // new messages sit at the end
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

ThreadModel::Row ThreadModel::rowAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ? m_rows.at(index.row())
                                                                                                 : Row{};
}

QModelIndex ThreadModel::indexOf(MessageId message) const
{
    const int at = rowOf(message);
    return at >= 0 ? index(at) : QModelIndex();
}

MessageId ThreadModel::newestMessage() const
{
    MessageId newest;
    for (const Row &row : m_rows)
        newest = std::max(newest, row.id);
    return newest;
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.body;
    case Qt::ToolTipRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAt), QLocale::LongFormat);
    case RawValueRole:
    case CreatedAtRole:
        return row.createdAt;
    case IdRole:
        return row.id.value();
    case AuthorRole:
        return row.author;
    case MessageKindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(AuthorRole, "author");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(MessageKindRole, "kind");
    return names;
}

} // namespace Casebook
