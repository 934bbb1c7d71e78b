// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalcarddelegate.h"

#include "models/common/dates.h"
#include "models/proposals/proposalboardmodel.h"
#include "views/common/statuspalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
constexpr int margin = 4;
constexpr int padding = 8;
} // namespace

QStringList ProposalCardDelegate::infoLines(const QModelIndex &index)
{
    const int requests = index.data(ProposalBoardModel::RequestsRole).toInt();
    const int customers = index.data(ProposalBoardModel::CustomersRole).toInt();
    const double score = index.data(ProposalBoardModel::ScoreRole).toDouble();
    const QString separator = QStringLiteral(" · ");
    //: On a proposal card: frequency, distinct customers and weighted score
    const QString counts = ProposalBoardModel::tr("%n request(s)", nullptr, requests) + separator
        + ProposalBoardModel::tr("%n customer(s)", nullptr, customers);
    QString scoreLine = ProposalBoardModel::tr("score %1").arg(QLocale().toString(score, 'g', 4));
    if (const qint64 last = index.data(ProposalBoardModel::LastRequestedRole).toLongLong(); last > 0) {
        scoreLine += separator + ProposalBoardModel::tr("last %1").arg(Dates::day(last));
    }
    QString tagLine = index.data(ProposalBoardModel::TagRole).toString();
    if (const QString owner = index.data(ProposalBoardModel::OwnerRole).toString(); !owner.isEmpty())
        tagLine += (tagLine.isEmpty() ? QString() : separator) + owner;
    return {counts, scoreLine, tagLine};
}

void ProposalCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? palette.highlight() : palette.base());
    painter->setPen(QPen(selected ? palette.highlight().color() : palette.mid().color(), 1));
    painter->drawPath(path);
    // Premium customers asking: a stripe in the priority colour.
    if (index.data(ProposalBoardModel::PremiumRequestsRole).toInt() > 0) {
        painter->fillRect(QRectF(card.left(), card.top() + 4, 3, card.height() - 8),
                          StatusPalette(palette).priority(std::nullopt, Complexity::Proposal));
    }

    const QRect text = card.toRect().adjusted(padding, padding - 2, -padding, -padding + 2);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
    painter->setFont(bold);
    const QRect titleRect(text.left(), text.top(), text.width(), boldMetrics.lineSpacing() * 2);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(Qt::DisplayRole).toString(), nullptr);
    painter->setFont(option.font);
    int top = titleRect.bottom() + 2;
    const QStringList lines = infoLines(index);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 1)
            painter->setPen(selected ? palette.highlightedText().color() : StatusPalette(palette).muted());
        painter->drawText(QRect(text.left(), top, text.width(), metrics.lineSpacing()), Qt::AlignLeft,
                          metrics.elidedText(lines.at(i), Qt::ElideRight, text.width()));
        top += metrics.lineSpacing();
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.highlight().color(), 2));
        painter->drawPath(path);
    }
    painter->restore();
}

bool ProposalCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines = infoLines(index);
    lines.removeAll(QString());
    lines.prepend(index.data(Qt::DisplayRole).toString());
    QToolTip::showText(event->globalPos(), lines.join(u'\n'), view, option.rect);
    return true;
}

QSize ProposalCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).lineSpacing() * 2 + QFontMetrics(option.font).lineSpacing() * 3 + 2 + 2 * (margin + padding);
    // A list view gives every card its viewport's width; a wider hint would only add a
    // horizontal scroll bar to a narrow column.
    return {120, height};
}

} // namespace Casebook
