// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Casebook {

/**
 * Paints a cell's text with the search's words marked (the palette's highlight colour,
 * faint, under the matching letters). Matching ignores case and finds a word's prefix
 * too, as the full-text index does. A base for delegates that also style their cells:
 * the text is drawn with the colours and font initStyleOption() gives.
 */
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightDelegate)

public:
    explicit HighlightDelegate(QObject *parent = nullptr);
    ~HighlightDelegate() override;

    void setTerms(const QStringList &terms);
    [[nodiscard]] QStringList terms() const { return m_terms; }

    /// The [start, length) runs of `text` that match one of `terms`, in order, not overlapping.
    static QList<std::pair<qsizetype, qsizetype>> matches(const QString &text, const QStringList &terms);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QStringList stemsOf(const QStringList &terms);
    static QList<std::pair<qsizetype, qsizetype>> matches(const QString &text, const QStringList &terms,
                                                          const QStringList &stems);

    QStringList m_terms;
    QStringList m_stems; ///< of m_terms, for the other forms of a word
};

} // namespace Casebook
