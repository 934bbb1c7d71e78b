// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightdelegate.h"
#include "models/storage/ids.h"

#include <QHash>
#include <QIcon>

namespace Casebook {

class Presence;

/**
 * How the inbox's rows look: the model gives states (severity and complexity, licence,
 * how close the response is due, whether the row is no longer in the view) and this
 * delegate turns them into looks from StatusPalette, light or dark as the table's palette
 * is: a priority swatch, the licence mark, the due time in amber or red and bold, and a
 * row kept out of view in italic, dimmed, with a tooltip saying so. The subject column
 * marks the search's words.
 */
class InboxDelegate final : public HighlightDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxDelegate)

public:
    explicit InboxDelegate(QObject *parent = nullptr);
    ~InboxDelegate() override;

    /// The tooltip of a row kept out of view.
    static QString outOfViewText();

    /// Who else has a ticket open or is typing a reply: a mark beside the assignee.
    void setPresence(const Presence *presence) { m_presence = presence; }
    /// The mark and the words for `ticket`'s presence; empty when nobody else is there.
    [[nodiscard]] QString presenceMark(TicketId ticket) const;
    [[nodiscard]] QString presenceText(TicketId ticket) const;

    /// The option a cell is painted with, starting from `base`: its colours, font and mark.
    [[nodiscard]] QStyleOptionViewItem cellOption(const QStyleOptionViewItem &base, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon swatch(const QColor &colour, const QSize &size) const;

    mutable QHash<QString, QIcon> m_swatches; ///< by colour and size
    const Presence *m_presence = nullptr;
};

} // namespace Casebook
