// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Casebook {

/**
 * A dense row: the display text and, from DetailRole, a quieter detail, either at the right
 * of the same line (history: "Open · 12/11/2026") or on a second line (the customers list:
 * company and address). With showLicence, a licence mark (LicenceStateRole) leads the row.
 */
class DetailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailDelegate)

public:
    enum class Layout { DetailRight, DetailBelow };
    DetailDelegate(Layout layout, bool showLicence, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Layout m_layout;
    bool m_showLicence = false;
};

} // namespace Casebook
