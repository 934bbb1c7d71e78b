// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Casebook {

/// Draws a proposal as a card: title, frequency, customers, score, tag and last request.
class ProposalCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalCardDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The card's second and third lines, as read aloud and drawn.
    [[nodiscard]] static QString countsLine(const QModelIndex &index);
    [[nodiscard]] static QString detailLine(const QModelIndex &index);
};

} // namespace Casebook
