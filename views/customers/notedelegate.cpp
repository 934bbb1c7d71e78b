// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedelegate.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"

#include <QDateTime>
#include <QListView>
#include <QLocale>
#include <QPainter>

namespace Casebook {

namespace {
constexpr int margin = 6;
constexpr int gap = 2;

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}
} // namespace

NoteDelegate::NoteDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QString NoteDelegate::headerText(const QModelIndex &index)
{
    QString author = index.data(AuthorRole).toString();
    if (author.isEmpty())
        author = tr("a former agent");
    QStringList parts{author, Dates::moment(index.data(CreatedAtRole).toLongLong())};
    if (index.data(PinnedRole).toBool())
        //: Mark on a pinned customer note
        parts.append(tr("Pinned"));
    if (index.data(SupersedesRole).toLongLong() > 0)
        //: Mark on a note that corrects an earlier one
        parts.append(tr("Correction"));
    if (index.data(SupersededRole).toBool())
        //: Mark on a note that a later note corrects
        parts.append(tr("Superseded"));
    return parts.join(QStringLiteral(" · "));
}

int NoteDelegate::textWidth() const
{
    return std::max(80, m_view->viewport()->width() - 2 * margin - 4);
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics body(option.font);
    const QRect text =
        body.boundingRect(QRect(0, 0, textWidth(), 100000), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    return {textWidth() + 2 * margin, margin + small.height() + gap + text.height() + margin};
}

void NoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool pinned = index.data(PinnedRole).toBool();
    const bool superseded = index.data(SupersededRole).toBool();
    const QPalette &palette = opt.palette;
    const QRect r = opt.rect;
    if (selected)
        painter->fillRect(r, palette.brush(QPalette::Highlight));
    else if (pinned)
        painter->fillRect(r, palette.brush(QPalette::AlternateBase));
    if (pinned) {
        // A thin bar on the left marks what the team wants read first.
        painter->fillRect(QRect(r.left(), r.top(), 3, r.height()), palette.brush(QPalette::Highlight));
    }
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : palette.color(QPalette::PlaceholderText);
    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    QRect line(r.left() + margin, r.top() + margin, r.width() - 2 * margin, smallMetrics.height());
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(headerText(index), Qt::ElideRight, line.width()));

    QFont bodyFont = opt.font;
    bodyFont.setStrikeOut(superseded);
    painter->setFont(bodyFont);
    painter->setPen(superseded ? quiet : text);
    const QRect body(r.left() + margin, line.bottom() + 1 + gap, r.width() - 2 * margin,
                     r.bottom() - line.bottom() - gap - margin);
    painter->drawText(body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace Casebook
