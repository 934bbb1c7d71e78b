// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderlistview.h"

#include <QPainter>

namespace Casebook {

PlaceholderListView::PlaceholderListView(QWidget *parent)
    : QListView(parent)
{
}

void PlaceholderListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void PlaceholderListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_placeholder);
}

} // namespace Casebook
