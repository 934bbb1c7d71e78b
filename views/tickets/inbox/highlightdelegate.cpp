// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdelegate.h"

#include "models/storage/stemtokenizer.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Casebook {

HighlightDelegate::HighlightDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

HighlightDelegate::~HighlightDelegate() = default;

void HighlightDelegate::setTerms(const QStringList &terms)
{
    m_terms.clear();
    // A phrase is marked word by word: the index matched it across punctuation anyway.
    for (const QString &term : terms) {
        for (const QString &word : term.split(u' ', Qt::SkipEmptyParts)) {
            if (!m_terms.contains(word, Qt::CaseInsensitive))
                m_terms.append(word);
        }
    }
}

QList<std::pair<qsizetype, qsizetype>> HighlightDelegate::matches(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            // Only at the start of a word: "port" marks "port" and "portal", not "import".
            if (at > 0 && (text.at(at - 1).isLetterOrNumber() || text.at(at - 1) == u'_'))
                continue;
            runs.append({at, term.size()});
        }
    }
    // The index finds other forms of a word too ("оплата" finds "оплату"): those are
    // marked whole, by comparing the stems the index compares.
    QStringList stems;
    for (const QString &term : terms) {
        if (!term.endsWith(u'*') && term.size() >= 3)
            stems.append(StemTokenizer::stem(term));
    }
    if (!stems.isEmpty()) {
        for (qsizetype at = 0; at < text.size();) {
            if (!text.at(at).isLetterOrNumber()) {
                ++at;
                continue;
            }
            qsizetype end = at;
            while (end < text.size() && text.at(end).isLetterOrNumber())
                ++end;
            if (stems.contains(StemTokenizer::stem(text.mid(at, end - at))))
                runs.append({at, end - at});
            at = end;
        }
    }
    std::sort(runs.begin(), runs.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &run : std::as_const(runs)) {
        if (!merged.isEmpty() && run.first <= merged.last().first + merged.last().second) {
            auto &last = merged.last();
            last.second = std::max(last.first + last.second, run.first + run.second) - last.first;
        } else {
            merged.append(run);
        }
    }
    return merged;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto runs = m_terms.isEmpty() ? QList<std::pair<qsizetype, qsizetype>>() : matches(opt.text, m_terms);
    if (runs.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus, no text

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, textRect.width());
    painter->save();
    painter->setFont(opt.font);
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha((opt.state & QStyle::State_Selected) ? 110 : 70);
    const int top = textRect.top() + (textRect.height() - metrics.height()) / 2;
    for (const auto &[start, length] : runs) {
        if (start >= shown.size())
            break;
        const qsizetype visible = std::min(length, shown.size() - start);
        const int x = textRect.left() + metrics.horizontalAdvance(shown.left(start));
        const int width = metrics.horizontalAdvance(shown.mid(start, visible));
        painter->fillRect(QRect(x, top, width, metrics.height()), mark);
    }
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine), shown);
    painter->restore();
}

} // namespace Casebook
