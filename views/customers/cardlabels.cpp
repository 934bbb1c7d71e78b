// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardlabels.h"

#include <QLabel>

namespace Casebook {

QLabel *cardLabel(QWidget *parent, const QString &name, bool selectable)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *cardSectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace Casebook
