// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"
#include "models/tickets/search/ticketfilter.h"
#include "models/tickets/search/ticketsearch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString fromSql = u" FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id "
                        "LEFT JOIN agents a ON a.id = t.assignee_id"_s;

Result<int> countRows(Database &database, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return database.errorFrom(q.lastError());
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return database.errorFrom(q.lastError());
    return q.value(0).toInt();
}

} // namespace

InboxModel::InboxModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_landmarkTimer.setSingleShot(true);
    connect(&m_landmarkTimer, &QTimer::timeout, this, &InboxModel::startLandmarks);
    connect(database.changeFeed(), &ChangeFeed::changed, this, &InboxModel::onChanged);
    // Pinned rows follow the rows, as persistent indexes do.
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { shiftPinned(first, last - first + 1); });
    connect(this, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { shiftPinned(first, -(last - first + 1)); });
    connect(this, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int end, const QModelIndex &, int destination) {
                const std::optional<TicketId> moved = m_pinned.contains(start) ? std::optional(m_pinned.value(start)) : std::nullopt;
                shiftPinned(start, -(end - start + 1));
                const int to = destination > start ? destination - (end - start + 1) : destination;
                shiftPinned(to, end - start + 1);
                if (moved)
                    m_pinned.insert(to, *moved);
            });
}

// Rows from `first` on move by `count`; with a negative count, rows [first, first - count) go.
void InboxModel::shiftPinned(int first, int count)
{
    if (m_pinned.isEmpty())
        return;
    QHash<int, TicketId> shifted;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it) {
        if (it.key() < first)
            shifted.insert(it.key(), it.value());
        else if (count > 0)
            shifted.insert(it.key() + count, it.value());
        else if (it.key() >= first - count)
            shifted.insert(it.key() + count, it.value());
    }
    m_pinned = shifted;
}

InboxModel::~InboxModel()
{
    ++*m_landmarkEpoch; // a landmark walk running now stops at its next step
    m_pool.waitForDone();
}

InboxModel::Sql InboxModel::baseWhere() const
{
    Sql sql;
    sql.where = ticketConditionsSql(m_view, m_me, m_clock.nowMs(), m_database.dialect(), sql.binds);
    return sql;
}

QString InboxModel::sortExpression() const
{
    switch (m_sortColumn) {
    case MarkerColumn:
        return u"((CASE t.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 "
               "ELSE 0 END) * 10 + (CASE t.complexity WHEN 'critical' THEN 3 WHEN 'complex' THEN 2 "
               "WHEN 'proposal' THEN 1 ELSE 0 END))"_s;
    case SubjectColumn:
        return u"lower(t.subject)"_s;
    case CustomerColumn:
        return u"lower(coalesce(c.display_name, ''))"_s;
    case StatusColumn:
        return u"(CASE t.status WHEN 'new' THEN 0 WHEN 'open' THEN 1 WHEN 'pending' THEN 2 WHEN 'on_hold' THEN 3 "
               "WHEN 'solved' THEN 4 ELSE 5 END)"_s;
    case AssigneeColumn:
        return u"lower(coalesce(a.display_name, ''))"_s;
    case ChannelColumn:
        return u"t.channel"_s;
    case FirstResponseDueColumn:
        // The answer awaited now (Ticket::responseDueAt); tickets awaiting none sort last.
        return u"coalesce("_s + ResponseDue::owedAtSql(u"t"_s) + u", 9000000000000000)"_s;
    case TagsColumn:
        // By how many: untagged first (R14 asks for every ticket to be tagged); the names
        // themselves would need every ticket's tag list joined before the first page.
        return u"t.tag_count"_s;
    case LastActivityColumn:
    case ColumnCount:
        break;
    }
    return u"t.updated_at"_s;
}

Result<QList<InboxModel::Row>> InboxModel::fetch(const QString &extraCondition, const QVariantList &extraBinds,
                                                 int limit, int offset) const
{
    const QString tags = m_database.dialect().joinedList(
        u"g.name"_s, u"ticket_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.ticket_id = t.id"_s, u", "_s);
    const QString direction = m_sortOrder == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    const Sql base = baseWhere();
    // Two steps: the page's ids and keys first (index work only, also for the rows an
    // OFFSET skips), then the joined columns and tag lists for just those rows.
    const QString page = pageSql(base.where, extraCondition);
    const QString sql = u"SELECT t.id, t.subject, c.display_name, c.licence_plan, c.licence_key, c.licence_expires_at, "
                        "t.status, a.display_name, "_s
        + tags
        + u", t.channel, t.updated_at, t.first_response_due_at, t.first_responded_at, t.complexity, t.severity, "
          "p.sort_key, t.next_response_due_at FROM ("_s
        + page + u") AS p JOIN tickets t ON t.id = p.id LEFT JOIN customers c ON c.id = t.customer_id "
                 "LEFT JOIN agents a ON a.id = t.assignee_id ORDER BY p.sort_key"_s
        + direction + u", t.id"_s + direction;

    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : base.binds + extraBinds)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    const qint64 now = m_clock.nowMs();
    const bool numericSort = isSortKeyNumeric();
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = TicketId(q.value(0).toLongLong());
        r.subject = q.value(1).toString();
        r.customer = q.value(2).toString();
        Customer licence;
        licence.licencePlan = q.value(3).toString();
        licence.licenceKey = q.value(4).toString();
        if (!q.value(5).isNull())
            licence.licenceExpiresAt = q.value(5).toLongLong();
        r.licence = q.value(2).isNull() ? LicenceState::None : licenceState(licence, now);
        r.status = ticketStatusNames.parse(q.value(6).toString()).value_or(TicketStatus::New);
        r.assignee = q.value(7).toString();
        r.tags = q.value(8).toString();
        r.channel = channelNames.parse(q.value(9).toString()).value_or(Channel::Other);
        r.updatedAt = q.value(10).toLongLong();
        if (!q.value(11).isNull())
            r.firstResponseDueAt = q.value(11).toLongLong();
        r.responded = !q.value(12).isNull();
        r.complexity = complexityNames.parse(q.value(13).toString());
        r.severity = severityNames.parse(q.value(14).toString());
        // SQLite gives a subquery's computed column no declared type and returns it as
        // text; bound back as text it still compares right, but no index range can use it.
        r.sortKey = numericSort ? QVariant(q.value(15).toLongLong()) : q.value(15);
        if (!q.value(16).isNull())
            r.nextResponseDueAt = q.value(16).toLongLong();
        rows.append(r);
    }
    return rows;
}

QString InboxModel::pageSql(const QString &where, const QString &extra) const
{
    const QString direction = m_sortOrder == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    QString page = u"SELECT t.id AS id, "_s + sortExpression() + u" AS sort_key"_s + fromSql + u" WHERE "_s + where;
    if (!extra.isEmpty())
        page += u" AND "_s + extra;
    return page + u" ORDER BY sort_key"_s + direction + u", t.id"_s + direction + u" LIMIT ? OFFSET ?"_s;
}

bool InboxModel::isSortKeyNumeric() const
{
    return m_sortColumn != SubjectColumn && m_sortColumn != CustomerColumn && m_sortColumn != AssigneeColumn
        && m_sortColumn != ChannelColumn;
}

QString InboxModel::keyset(const QString &op, const QVariant &sortKey, TicketId id, QVariantList &binds) const
{
    return keysetCondition(sortExpression(), u"t.id"_s, op, m_database.dialect(), sortKey, id.value(), binds);
}

// The row's index in the sorted result: how many matching rows come before it.
InboxModel::Sql InboxModel::countBeforeSql(const Row &row) const
{
    Sql base = baseWhere();
    const QString condition = keyset(m_sortOrder == Qt::DescendingOrder ? u">"_s : u"<"_s, row.sortKey, row.id, base.binds);
    return {u"SELECT count(*)"_s + fromSql + u" WHERE "_s + base.where + u" AND "_s + condition, base.binds};
}

Result<int> InboxModel::countBefore(const Row &row) const
{
    const Sql sql = countBeforeSql(row);
    return countRows(m_database, sql.where, sql.binds);
}

QString InboxModel::countSql(const Sql &base) const
{
    // Filters read only `t` (their subqueries bring their own aliases), so the count needs
    // no joins; with them SQLite walked every row instead of the smallest index.
    return u"SELECT count(*) FROM tickets t WHERE "_s + base.where;
}

Status InboxModel::setQuery(const SearchQuery &view, AgentId me)
{
    beginResetModel();
    m_view = view;
    m_me = me;
    m_search = !view.terms.isEmpty();
    ++m_generation;
    m_unloaded.clear();
    m_counting.clear();
    m_recounting = false;
    m_changedWhileCounting = false;
    m_pagesAhead = false;
    m_pages.clear(); // a reset: no persistent index survives it
    m_recentPages.clear();
    m_pinned.clear();
    m_hits.clear();
    invalidateLandmarks(-1); // read once the total is known
    if (m_search) {
        // Ranked hits, a bounded list: read whole, then shown in pages like any other.
        m_ranked = true;
        const auto hits = searchHits();
        m_countKnown = true;
        if (!hits) {
            m_lastError = hits.error().message;
            m_count = 0;
            endResetModel();
            return hits.error();
        }
        m_hits = hits.value();
        m_lastError.clear();
        m_count = int(m_hits.size());
        endResetModel();
        Q_EMIT countChanged(m_count);
        return Done{};
    }
    // The first page comes at once, for the first paint; the total follows from the worker.
    auto first = fetch({}, {}, pageSize, 0);
    if (!first) {
        m_lastError = first.error().message;
        m_count = 0;
        m_countKnown = true;
        endResetModel();
        return first.error();
    }
    m_lastError.clear();
    m_count = int(first->size());
    m_countKnown = m_count < pageSize;
    m_pages.insert(0, first.value());
    m_recentPages.append(0);
    endResetModel();
    if (m_countKnown)
        Q_EMIT countChanged(m_count);
    else
        startCount();
    return Done{};
}

Result<QList<TicketId>> InboxModel::searchHits() const
{
    const auto hits = TicketSearch(m_database, m_clock).search(m_view, m_me, searchLimit);
    if (!hits)
        return hits.error();
    QList<TicketId> ids;
    QVariantList binds;
    QStringList marks;
    for (const TicketSearch::Hit &hit : hits.value()) {
        ids.append(hit.ticket);
        binds << hit.ticket.value();
        marks << u"?"_s;
    }
    if (m_ranked || ids.isEmpty())
        return ids;
    // Sorted by a column: the same best matches, in that column's order.
    const QString direction = m_sortOrder == Qt::DescendingOrder ? u" DESC"_s : u" ASC"_s;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT t.id"_s + fromSql + u" WHERE t.id IN ("_s + marks.join(u',') + u") ORDER BY "_s + sortExpression()
                   + direction + u", t.id"_s + direction))
        return m_database.errorFrom(q.lastError());
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    ids.clear();
    while (q.next())
        ids.append(TicketId(q.value(0).toLongLong()));
    return ids;
}

QStringList InboxModel::highlightTerms() const
{
    QStringList terms;
    for (const SearchQuery::Term &term : m_view.terms) {
        if (!term.negated && !terms.contains(term.text, Qt::CaseInsensitive))
            terms.append(term.text);
    }
    return terms;
}

Result<QList<InboxModel::Row>> InboxModel::fetchHits(int page) const
{
    const QList<TicketId> ids = m_hits.mid(qsizetype(page) * pageSize, pageSize);
    if (ids.isEmpty())
        return QList<Row>();
    QVariantList binds;
    QStringList marks;
    for (const TicketId id : ids) {
        binds << id.value();
        marks << u"?"_s;
    }
    auto rows = fetch(u"t.id IN ("_s + marks.join(u',') + u')', binds, int(ids.size()), 0);
    if (!rows)
        return rows;
    // Back into rank order; a ticket deleted since the search leaves no gap in the ids.
    QHash<qint64, Row> byId;
    for (const Row &row : rows.value())
        byId.insert(row.id.value(), row);
    QList<Row> ordered;
    for (const TicketId id : ids) {
        Row gone; // changed since the search so that it no longer matches; the next change refreshes
        gone.id = id;
        gone.responded = true;
        ordered.append(byId.value(id.value(), gone));
    }
    return ordered;
}

void InboxModel::startCount()
{
    const Sql base = baseWhere();
    const QString sql = countSql(base);
    QList<Sql> positions;
    for (const Unloaded &changed : std::as_const(m_counting))
        positions.append(changed.before);
    const quint64 generation = m_generation;
    QPointer<InboxModel> guard(this);
    Database *database = &m_database;
    m_pool.start([guard, database, sql, binds = base.binds, positions, generation] {
        const auto count = countRows(*database, sql, binds);
        QList<int> rows;
        for (const Sql &position : positions) {
            const auto row = position.where.isEmpty() ? Result<int>(-1) : countRows(*database, position.where, position.binds);
            rows.append(row.ok() ? row.value() : -1);
        }
        // Back on the model's thread; the guard is only read there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, generation, count = count.ok() ? count.value() : -1, rows] {
                if (guard)
                    guard->countArrived(generation, count, rows);
            },
            Qt::QueuedConnection);
    });
}

void InboxModel::countArrived(quint64 generation, int count, const QList<int> &rows)
{
    if (generation != m_generation || count < 0)
        return;
    if (m_countKnown && m_recounting) {
        applyUnloadedChanges(count, rows);
        return;
    }
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        dropPages();
        endRemoveRows();
    }
    m_countKnown = true;
    Q_EMIT countChanged(m_count);
    invalidateLandmarks(0);
}

const InboxModel::Row *InboxModel::rowAt(int row) const
{
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Result<QList<Row>> rows = QList<Row>();
        if (m_search) {
            rows = fetchHits(page);
        } else if (const auto previous = m_pages.constFind(page - 1);
            previous != m_pages.cend() && previous->size() == pageSize) {
            // Reading on from the page above: by key, whatever the depth.
            QVariantList binds;
            const QString after = keyset(m_sortOrder == Qt::DescendingOrder ? u"<"_s : u">"_s, previous->constLast().sortKey,
                                         previous->constLast().id, binds);
            rows = fetch(after, binds, pageSize, 0);
        } else if (const qsizetype mark = qsizetype(page) * pageSize / landmarkSpacing - 1;
                   mark >= 0 && mark < m_landmarks.size() && !m_pagesAhead) {
            // Deep: from the landmark above, by key, skipping fewer than landmarkSpacing rows.
            QVariantList binds;
            const Landmark &landmark = m_landmarks.at(mark);
            const QString after = keyset(m_sortOrder == Qt::DescendingOrder ? u"<"_s : u">"_s, landmark.sortKey, landmark.id, binds);
            rows = fetch(after, binds, pageSize, page * pageSize - int(mark + 1) * landmarkSpacing);
        } else {
            rows = fetch({}, {}, pageSize, page * pageSize);
        }
        if (!rows)
            return nullptr;
        // Evict first: inserting or removing invalidates QHash iterators.
        while (m_pages.size() >= maxPages && !m_recentPages.isEmpty()) {
            const int evicted = m_recentPages.takeFirst();
            pinPersistent(evicted);
            m_pages.remove(evicted);
        }
        it = m_pages.insert(page, rows.value());
    }
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    const int offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void InboxModel::pinPersistent(int page) const
{
    // While changes wait for the worker's count, a page read now shows the database's new
    // order against the model's old rows: then a pin taken earlier is the better witness.
    const bool settled = !m_pagesAhead;
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        if ((page >= 0 && index.row() / pageSize != page) || (!settled && m_pinned.contains(index.row())))
            continue;
        const auto found = m_pages.constFind(index.row() / pageSize);
        if (found != m_pages.cend() && index.row() % pageSize < found->size())
            m_pinned.insert(index.row(), found->at(index.row() % pageSize).id);
    }
}

void InboxModel::dropPages()
{
    pinPersistent();
    m_pages.clear();
    m_recentPages.clear();
}

TicketId InboxModel::ticketAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    return row ? row->id : TicketId();
}

QModelIndex InboxModel::indexOf(TicketId ticket) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == ticket)
                return index(it.key() * pageSize + int(i), 0);
        }
    }
    return {};
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (m_generation > 0 && column == m_sortColumn && order == m_sortOrder && !(m_search && m_ranked))
        return; // a view turning sorting on asks for the order we already have

    m_sortColumn = Column(column);
    m_sortOrder = order;
    if (m_search) {
        // The same hits in another order: the selection stays on its ticket.
        m_ranked = false;
        refreshSearch();
        return;
    }
    (void)setQuery(m_view, m_me); // a new order is a new query: the one place to reset
}

} // namespace Casebook
