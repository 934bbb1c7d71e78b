// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalcolumnmodel.h"

#include "proposalboardmodel.h"

#include <QMimeData>

namespace Casebook {

ProposalColumnModel::ProposalColumnModel(ProposalBoardModel *board, ProposalStatus status, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_board(board)
    , m_status(status)
{
    setSourceModel(board);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
    connect(board, &ProposalBoardModel::filterChanged, this, [this] { invalidateRowsFilter(); });
}

ProposalId ProposalColumnModel::proposalAt(const QModelIndex &index) const
{
    return m_board->proposalAt(mapToSource(index));
}

QModelIndex ProposalColumnModel::indexOf(ProposalId id) const
{
    return mapFromSource(m_board->indexOf(id));
}

void ProposalColumnModel::setOrder(Order order)
{
    if (m_order == order)
        return;
    m_order = order;
    invalidate();
}

Qt::ItemFlags ProposalColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QSortFilterProxyModel::flags(index) & ~Qt::ItemIsDropEnabled;
}

Qt::DropActions ProposalColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ProposalColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(QString::fromLatin1(ProposalBoardModel::mimeType));
}

bool ProposalColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    for (const ProposalId id : ProposalBoardModel::proposalsIn(data)) {
        const Status done = m_board->moveTo(id, m_status);
        if (!done)
            Q_EMIT m_board->errorOccurred(done.error().message);
    }
    // The rows moved through the board model; the view must not remove anything itself.
    return false;
}

bool ProposalColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_board->rowCount())
        return false;
    return m_board->summaryAt(sourceRow).status == m_status && m_board->accepts(sourceRow);
}

bool ProposalColumnModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the cards, not through data(): sorting a column compares thousands of pairs.
    const ProposalSummary &a = m_board->summaryAt(left.row());
    const ProposalSummary &b = m_board->summaryAt(right.row());
    const auto key = [this](const ProposalSummary &p) -> double {
        switch (m_order) {
        case Order::Frequency:
            return p.requests;
        case Order::Score:
            return p.score(m_board->weights());
        case Order::Recency:
            return double(p.lastRequestedAt);
        }
        return 0;
    };
    const double ka = key(a);
    const double kb = key(b);
    if (ka != kb)
        return ka < kb;
    // Ties: the older proposal first (descending order puts the higher id below).
    return a.id.value() > b.id.value();
}

} // namespace Casebook
