// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

class QPalette;

namespace Casebook {

/**
 * R40: the padlock that marks a private request or report wherever it is listed. Drawn, not
 * taken from an icon theme: the mark must be there on every desktop, and the same at any scale.
 */
[[nodiscard]] QIcon lockIcon(const QPalette &palette, int size = 12);

/// Shows the lock before the text of a cell whose row's PrivateRole is true.
class LockDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Casebook
