// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Casebook::Test {

/// "mainWindow/section.inbox/QLineEdit#search": enough to find the widget in the source.
QString widgetPath(const QWidget *widget);

/// True when a screen reader has a name to say for `widget` (its own, a buddy label's, its text).
bool hasAccessibleName(QWidget *widget);

/**
 * The focusable controls under `root` (itself included) a screen reader could not name,
 * each as widgetPath(). Hidden pages of tab widgets are shown in turn, so that a control
 * on the second tab of a dialog is walked too; the current tab is restored after.
 */
QStringList unnamedControls(QWidget *root);

} // namespace Casebook::Test
