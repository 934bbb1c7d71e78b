// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportlistmodel.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool matches(const BugReportFilter &filter, const BugReport &r)
{
    return (!filter.status || r.status == *filter.status) && (!filter.severity || r.severity == filter.severity)
        && (!filter.area.isValid() || r.area == filter.area)
        && (!filter.customer.isValid() || r.customer == filter.customer)
        && (!filter.ticket.isValid() || r.ticket == filter.ticket);
}

/// The list's order: newest activity first, id breaking ties.
bool before(const BugReport &a, const BugReport &b)
{
    return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
}

} // namespace

BugReportListModel::BugReportListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    connect(database.changeFeed(), &ChangeFeed::changed, this, &BugReportListModel::onChanged);
}

Status BugReportListModel::setFilter(const BugReportFilter &filter)
{
    BugReportStore store(m_database);
    const auto total = store.count(filter);
    const auto first = total ? store.list(filter, pageSize) : Result<QList<BugReport>>(total.error());
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_rows = first ? *first : QList<BugReport>();
    m_total = total ? *total : 0;
    m_lastError = first ? QString() : first.error().message;
    endResetModel();
    if (!first)
        return first.error();
    return Done{};
}

BugReportId BugReportListModel::reportAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_rows.at(index.row()).id
        : BugReportId();
}

BugReport BugReportListModel::rowAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_rows.at(index.row())
        : BugReport{};
}

QModelIndex BugReportListModel::indexOf(BugReportId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(int(i), 0);
    }
    return {};
}

int BugReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BugReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BugReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BugReport &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id.value();
    if (role == CreatedAtRole)
        return r.createdAt;
    if (role == PrivateRole)
        return r.isPrivate;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn && r.isPrivate)
        //: %1 is the report's title (R40)
        return tr("Private: filed from a security report, seen only by leads and its assignee\n%1").arg(r.title);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case IdColumn:
        return raw ? QVariant(r.id.value()) : QVariant(u"#"_s + QString::number(r.id.value()));
    case TitleColumn:
        return r.title;
    case SeverityColumn:
        if (!r.severity)
            return {};
        if (raw)
            return int(*r.severity);
        return role == Qt::ToolTipRole ? severityText(*r.severity) : severityText(*r.severity).section(u':', 0, 0);
    case StatusColumn:
        if (raw)
            return bugReportStatusNames.name(r.status);
        if (role == Qt::ToolTipRole && r.declineReason)
            return declineReasonText(*r.declineReason);
        return bugReportStatusText(r.status);
    case StageColumn:
        if (!r.stage)
            return {};
        return raw ? QVariant(bugStageNames.name(*r.stage)) : QVariant(bugStageText(*r.stage));
    case AreaColumn:
        return r.areaName;
    case CustomerColumn:
        return r.customerName;
    case OwnerColumn:
        return r.ownerName;
    case UpdatedColumn:
        if (raw)
            return r.updatedAt;
        return Dates::moment(r.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BugReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        //: Column of the bug report list: the report's number
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case StageColumn:
        return tr("Stage");
    case AreaColumn:
        return tr("Product area");
    case CustomerColumn:
        return tr("Customer");
    case OwnerColumn:
        return tr("Owner");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

bool BugReportListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void BugReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = BugReportStore(m_database).list(m_filter, pageSize, int(m_rows.size()));
    if (!page) {
        m_lastError = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size()); // rows went away since the count
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

int BugReportListModel::insertPosition(const BugReport &report) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), report, before);
    return int(it - m_rows.cbegin());
}

void BugReportListModel::applyChange(BugReportId id)
{
    const QScopedValueRollback changing(m_changing, true);
    const auto fresh = BugReportStore(m_database).report(id);
    const QModelIndex at = indexOf(id);
    const bool wanted = fresh && matches(m_filter, *fresh);
    if (!fresh && fresh.error().kind != Error::Kind::NotFound) {
        m_lastError = fresh.error().message;
        return;
    }
    if (at.isValid() && !wanted) {
        beginRemoveRows({}, at.row(), at.row());
        m_rows.removeAt(at.row());
        endRemoveRows();
        --m_total;
        return;
    }
    if (!wanted)
        return;
    BugReport row = *fresh;
    row.fields = {}; // the list keeps light rows
    row.templateYaml.clear();
    if (!at.isValid()) {
        ++m_total;
        const int position = insertPosition(row);
        // Beyond the loaded pages it arrives with fetchMore, in its place.
        if (position >= m_rows.size() && m_rows.size() < m_total - 1)
            return;
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
        return;
    }
    const int from = at.row();
    m_rows.removeAt(from);
    const int to = insertPosition(row);
    m_rows.insert(from, row); // back in place until the move is announced
    if (to != from) {
        // beginMoveRows counts the destination before the row is taken out.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    m_rows[to] = row;
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void BugReportListModel::onChanged(const QList<Change> &changes)
{
    QList<BugReportId> seen;
    bool namesChanged = false;
    for (const Change &change : changes) {
        if (change.entity == u"bug_report") {
            const BugReportId id(change.entityId);
            if (!seen.contains(id)) {
                seen.append(id);
                applyChange(id);
            }
        } else if (change.entity == u"product_area" || change.entity == u"customer" || change.entity == u"agent") {
            namesChanged = true;
        }
    }
    if (namesChanged && !m_rows.isEmpty()) {
        const QScopedValueRollback changing(m_changing, true);
        // Names shown in rows changed; re-read the loaded rows in place.
        const auto fresh = BugReportStore(m_database).list(m_filter, int(m_rows.size()));
        if (fresh && fresh->size() == m_rows.size()) {
            m_rows = *fresh;
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
    }
}

} // namespace Casebook
