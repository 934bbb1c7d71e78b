// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxmodel.h"

#include "inboxsql.h"
#include "inboxtexts.h"
#include "inboxworker.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/tickets/search/searchhits.h"

using namespace Qt::StringLiterals;

namespace Casebook {

InboxModel::InboxModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_sql(std::make_unique<InboxSql>(database, clock))
    , m_hits(std::make_unique<SearchHits>(database, clock))
    , m_pages([this](int page) { pinPersistent(page); })
    , m_worker(new InboxWorker(database, this))
{
    connect(m_worker, &InboxWorker::landmarksDue, this, &InboxModel::readLandmarks);
    connect(database.changeFeed(), &ChangeFeed::changed, this, &InboxModel::onChanged);
    // Pinned rows follow the rows, as persistent indexes do.
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { m_pinned.inserted(first, last - first + 1); });
    connect(this, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { m_pinned.removed(first, last - first + 1); });
    connect(this, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int end, const QModelIndex &, int destination) {
                m_pinned.moved(start, end, destination);
            });
}

InboxModel::~InboxModel() = default;

const SearchQuery &InboxModel::query() const
{
    return m_sql->view();
}

bool InboxModel::isRanked() const
{
    return m_search && m_hits->isRanked();
}

QStringList InboxModel::highlightTerms() const
{
    return SearchHits::highlightTerms(m_sql->view());
}

bool InboxModel::hasLandmarks() const
{
    return m_worker->hasLandmarks();
}

Status InboxModel::setQuery(const SearchQuery &view, AgentId me)
{
    beginResetModel();
    m_sql->setQuery(view, me);
    m_hits->setQuery(view, me);
    m_search = !view.terms.isEmpty();
    ++m_generation;
    m_changes.clear();
    m_remapAfterCount = false;
    m_pages.clear(); // a reset: no persistent index survives it, nor a kept row
    m_pinned.clear();
    m_held.release();
    m_worker->retireLandmarks(-1); // read once the total is known
    if (m_search) {
        // Ranked hits, a bounded list: its first page at once, for the first paint (ranking
        // a thousand costs several times as much on PostgreSQL); the rest from the worker.
        const auto hits = m_hits->read(searchFirst);
        m_countKnown = !hits || hits->size() < searchFirst;
        if (!hits) {
            m_lastError = hits.error().message;
            m_count = 0;
            endResetModel();
            return hits.error();
        }
        m_hits->setIds(hits.value());
        m_lastError.clear();
        m_count = int(hits->size());
        endResetModel();
        if (m_countKnown)
            Q_EMIT countChanged(m_count);
        else
            readAllHits(false);
        return Done{};
    }
    // The first page comes at once, for the first paint; the total follows from the worker.
    auto first = m_sql->read({}, {}, pageSize, 0);
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
    m_pages.keep(0, first.value());
    endResetModel();
    if (m_countKnown)
        Q_EMIT countChanged(m_count);
    else
        startCount();
    return Done{};
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (m_generation > 0 && column == m_sql->column() && order == m_sql->order() && !isRanked())
        return; // a view turning sorting on asks for the order we already have

    m_sql->setOrder(column, order);
    if (m_search) {
        // The same hits in another order: the selection stays on its ticket.
        m_hits->sortBy(m_sql->sortKey(), order);
        refreshSearch();
        return;
    }
    (void)setQuery(m_sql->view(), m_sql->me()); // a new order is a new query: the one place to reset
}

void InboxModel::setHeldTicket(TicketId ticket)
{
    if (m_held.isKept() && m_held.ticket() != ticket) {
        // The agent moved on: the row kept for them leaves; the query's rows are as they were.
        const int row = m_held.row();
        beginRemoveRows({}, row, row);
        m_held.release();
        endRemoveRows();
    }
    m_held.hold(ticket);
}

const InboxRow *InboxModel::rowAt(int row) const
{
    const int queryRow = m_held.toQuery(row);
    if (queryRow < 0)
        return &m_held.data();
    return m_pages.at(queryRow, [this](int page) { return readPage(page); });
}

Result<QList<InboxRow>> InboxModel::readPage(int page) const
{
    if (m_search)
        return m_sql->readTickets(m_hits->ids().mid(qsizetype(page) * pageSize, pageSize));
    // While changes wait for the worker, a landmark may point at rows that moved.
    return m_pages.read(page, *m_sql, m_changes.pagesAhead() ? QList<InboxPages::Landmark>() : m_worker->landmarks());
}

TicketId InboxModel::ticketAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow *row = rowAt(index.row());
    return row ? row->id : TicketId();
}

QModelIndex InboxModel::indexOf(TicketId ticket) const
{
    if (m_held.isKept() && m_held.ticket() == ticket)
        return index(m_held.row(), 0);
    const int queryRow = m_pages.find(ticket, m_count);
    return queryRow < 0 ? QModelIndex() : index(m_held.toModel(queryRow), 0);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count + (m_held.isKept() ? 1 : 0);
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return InboxTexts::display(*row, column, m_clock.nowMs());
    case Qt::ToolTipRole: {
        const QString tip = InboxTexts::toolTip(*row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case IdRole:
        return row->id.value();
    case RawValueRole:
        if (column == LastActivityColumn)
            return row->updatedAt;
        if (column == FirstResponseDueColumn)
            return row->responseDueAt() ? QVariant(*row->responseDueAt()) : QVariant();
        return row->sortKey;
    case LicenceStateRole:
        return int(row->licence);
    case BreachRole:
        return int(ResponseDue::breachOf(row->responseDueAt(), m_clock.nowMs()));
    case OverdueRole:
        return ResponseDue::breachOf(row->responseDueAt(), m_clock.nowMs()) == ResponseDue::Breach::Breached;
    case SeverityRole:
        return row->severity ? QVariant(int(*row->severity)) : QVariant();
    case ComplexityRole:
        return row->complexity ? QVariant(int(*row->complexity)) : QVariant();
    case OutOfViewRole:
        return m_held.isKept() && index.row() == m_held.row();
    case PrivateRole:
        return row->isPrivate;
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TagsColumn)
        return tr("Sorts by the number of tags: untagged tickets first");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = InboxTexts::title(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

void InboxModel::startCount()
{
    QList<InboxSql::Statement> positions;
    for (const InboxChanges::Unloaded &changed : m_changes.counting())
        positions.append(changed.before);
    const quint64 generation = m_generation;
    m_worker->count(m_sql->countAll(), positions,
                    [this, generation](int count, const QList<int> &rows) { countArrived(generation, count, rows); });
}

void InboxModel::countArrived(quint64 generation, int count, const QList<int> &rows)
{
    if (generation != m_generation || count < 0)
        return;
    if (m_countKnown && m_changes.isCounting()) {
        applyUnloadedChanges(count, rows);
        return;
    }
    if (count > m_count)
        insertQueryRows(m_count, count - m_count, false);
    else if (count < m_count)
        removeQueryRows(count, m_count - count, true);
    m_countKnown = true;
    Q_EMIT countChanged(m_count);
    if (std::exchange(m_remapAfterCount, false))
        remapPersistentIndexes();
    m_worker->retireLandmarks(0);
}

void InboxModel::readAllHits(bool rowsChanged)
{
    const quint64 generation = m_generation;
    m_worker->search(*m_hits, m_clock.nowMs(), searchLimit,
                     [this, generation, rowsChanged](const Result<QList<TicketId>> &hits) {
                         allHitsArrived(generation, hits, rowsChanged);
                     });
}

void InboxModel::allHitsArrived(quint64 generation, const Result<QList<TicketId>> &hits, bool rowsChanged)
{
    if (generation != m_generation || !m_search)
        return;
    if (hits)
        showHits(hits.value(), rowsChanged);
    else
        m_lastError = hits.error().message; // the rows shown stay
    m_countKnown = true;
    Q_EMIT countChanged(m_count);
}

void InboxModel::readLandmarks()
{
    // Below two stretches an OFFSET costs next to nothing.
    if (m_search || !m_countKnown || m_count < 2 * landmarkSpacing)
        return;
    m_worker->readLandmarks(*m_sql);
}

void InboxModel::insertQueryRows(int first, int count, bool dropPages)
{
    if (count <= 0)
        return;
    const bool aboveKept = m_held.isKept() && first < m_held.row();
    const int at = m_held.toModel(first);
    beginInsertRows({}, at, at + count - 1);
    if (dropPages)
        this->dropPages(); // pins with the rows as they were
    m_count += count;
    if (aboveKept)
        m_held.moveTo(m_held.row() + count);
    endInsertRows();
}

void InboxModel::removeQueryRows(int first, int count, bool dropPages)
{
    if (count <= 0)
        return;
    const int kept = m_held.row();
    if (m_held.isKept() && first < kept && first + count > kept) {
        // Around the kept row: two runs of rows, the lower one first.
        removeQueryRows(kept, first + count - kept, dropPages);
        removeQueryRows(first, kept - first, dropPages);
        return;
    }
    const int at = m_held.toModel(first);
    beginRemoveRows({}, at, at + count - 1);
    if (dropPages)
        this->dropPages();
    m_count -= count;
    if (m_held.isKept() && first < kept)
        m_held.moveTo(kept - count);
    endRemoveRows();
}

void InboxModel::moveQueryRow(int from, int to)
{
    const bool kept = m_held.isKept();
    const int fromRow = m_held.toModel(from);
    // Where the kept row is once the row left, and once it arrived again.
    const int keptWithout = kept && from < m_held.row() ? m_held.row() - 1 : m_held.row();
    const bool arrivesAbove = kept && to < keptWithout;
    const int toRow = !kept || arrivesAbove ? to : to + 1;
    if (toRow == fromRow) {
        dropPages();
        Q_EMIT dataChanged(index(fromRow, 0), index(fromRow, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, fromRow, fromRow, {}, toRow > fromRow ? toRow + 1 : toRow);
    dropPages();
    if (kept)
        m_held.moveTo(arrivesAbove ? keptWithout + 1 : keptWithout);
    endMoveRows();
}

void InboxModel::pinPersistent(int page) const
{
    // While changes wait for the worker's count, a page read now shows the database's new
    // order against the model's old rows: then a pin taken earlier is the better witness.
    const bool settled = !m_changes.pagesAhead();
    const QModelIndexList persistent = persistentIndexList();
    QSet<int> rows;
    for (const QModelIndex &index : persistent)
        rows.insert(index.row());
    m_pinned.keepOnly(rows);
    for (const QModelIndex &index : persistent) {
        const int queryRow = m_held.toQuery(index.row());
        if (queryRow < 0)
            continue; // the kept row knows its ticket
        if ((page >= 0 && queryRow / pageSize != page) || (!settled && m_pinned.contains(index.row())))
            continue;
        if (const InboxRow *row = m_pages.loaded(queryRow))
            m_pinned.pin(index.row(), row->id);
    }
}

void InboxModel::dropPages()
{
    pinPersistent();
    m_pages.clear();
}

} // namespace Casebook
