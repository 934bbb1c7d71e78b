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
    /// The card's tooltip has every line whole, with the title, where a narrow column elides.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The lines under the title, as drawn: the counts, the score with the last request, the
    /// tag with the owner. One fact group per line, so a narrow column (seven of them share a
    /// 1600 px window) cuts none of them off.
    [[nodiscard]] static QStringList infoLines(const QModelIndex &index);
};

} // namespace Casebook
