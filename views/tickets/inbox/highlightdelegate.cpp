// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdelegate.h"

#include "models/storage/stemtokenizer.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

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
    m_stems = stemsOf(m_terms);
}

QStringList HighlightDelegate::stemsOf(const QStringList &terms)
{
    QStringList stems;
    for (const QString &term : terms) {
        if (!term.endsWith(u'*') && term.size() >= 3)
            stems.append(StemTokenizer::stem(term));
    }
    return stems;
}

QList<std::pair<qsizetype, qsizetype>> HighlightDelegate::matches(const QString &text, const QStringList &terms)
{
    return matches(text, terms, stemsOf(terms));
}

QList<std::pair<qsizetype, qsizetype>> HighlightDelegate::matches(const QString &text, const QStringList &terms,
                                                                  const QStringList &stems)
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
    // marked whole, by comparing the stems the index compares. A stemmer changes only a
    // word's ending, so a word that cannot share a stem's first letter and length is not
    // stemmed at all: stemming every word of every cell cost a full screen of hits 40 ms.
    const auto folded = [](QChar c) {
        c = c.toLower();
        return c == u'ё' ? QChar(u'е') : c;
    };
    const auto mayShareStem = [&stems, &folded](QStringView word) {
        return std::any_of(stems.cbegin(), stems.cend(), [&](const QString &stem) {
            return !stem.isEmpty() && word.size() >= stem.size() - 1 && folded(word.front()) == stem.front();
        });
    };
    if (!stems.isEmpty()) {
        for (qsizetype at = 0; at < text.size();) {
            if (!text.at(at).isLetterOrNumber()) {
                ++at;
                continue;
            }
            qsizetype end = at;
            while (end < text.size() && text.at(end).isLetterOrNumber())
                ++end;
            const QStringView word = QStringView(text).mid(at, end - at);
            if (mayShareStem(word) && stems.contains(StemTokenizer::stem(word.toString())))
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
    if (m_terms.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    // Only what the cell shows is searched: a message's preview may run far past it.
    const QString shown = metrics.elidedText(opt.text, Qt::ElideRight, textRect.width());
    const auto runs = matches(shown, m_terms, m_stems);
    if (runs.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus, no text
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
