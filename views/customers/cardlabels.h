// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Casebook {

/// A word-wrapped value label on the customer card, selectable unless told otherwise.
QLabel *cardLabel(QWidget *parent, const QString &name, bool selectable = true);
/// A bold section title on the customer card ("Notes", "History", a panel's title).
QLabel *cardSectionTitle(const QString &text, QWidget *parent);

} // namespace Casebook
