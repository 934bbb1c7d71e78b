// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace Casebook {

/**
 * Paints a customer note as a small card: author, time and marks (pinned, correction) on a
 * quiet first line, the text wrapped below; a corrected note struck out and dimmed (R09).
 * Heights follow the list's width, so the notes read well in a 320 px side panel too.
 */
class NoteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDelegate)

public:
    explicit NoteDelegate(QListView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The first line: "Lena · 12/11/2026 14:03 · Pinned".
    static QString headerText(const QModelIndex &index);

private:
    [[nodiscard]] int textWidth() const;

    QListView *m_view = nullptr;
};

} // namespace Casebook
