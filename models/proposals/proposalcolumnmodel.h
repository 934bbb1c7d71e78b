// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include <QSortFilterProxyModel>

namespace Casebook {

class ProposalBoardModel;

/**
 * One column of the board: the board's proposals of one status that pass its filter,
 * sorted by frequency, score or recency. A drop on the column moves the cards to its status
 * through the board model (so the move is undoable and announced like any other).
 */
class ProposalColumnModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalColumnModel)

public:
    enum class Order { Frequency, Score, Recency };

    ProposalColumnModel(ProposalBoardModel *board, ProposalStatus status, QObject *parent = nullptr);

    [[nodiscard]] ProposalStatus status() const { return m_status; }
    [[nodiscard]] ProposalBoardModel *board() const { return m_board; }
    [[nodiscard]] ProposalId proposalAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(ProposalId id) const;
    void setOrder(Order order);
    [[nodiscard]] Order order() const { return m_order; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ProposalBoardModel *m_board;
    ProposalStatus m_status;
    Order m_order = Order::Frequency;
};

} // namespace Casebook
