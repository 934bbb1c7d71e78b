// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessiblewalk.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace Casebook::Test {

namespace {

/// Parts Qt builds inside a control (a spin box's line edit, a combo box's list): the
/// control is what a screen reader names, so the parts are not walked on their own.
bool isInsideCompositeControl(const QWidget *widget, const QWidget *root)
{
    if (widget->objectName().startsWith(u"qt_"))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
            return true;
        if (parent->objectName().startsWith(u"qt_"))
            return true;
    }
    return false;
}

bool needsName(QWidget *widget, const QWidget *root)
{
    // Keyboard focus is what makes a control reachable without a mouse; a focus proxy
    // hands it to the widget that is walked instead.
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && widget->isEnabled()
        && widget->isVisibleTo(const_cast<QWidget *>(root)) && !isInsideCompositeControl(widget, root);
}

/// A tab bar is read tab by tab (Qt's own for tabbed docks too): each tab needs its text.
bool tabsAreNamed(const QTabBar *bar)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i).trimmed().isEmpty() && bar->accessibleTabName(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

void collect(QWidget *root, QWidget *widget, QStringList &unnamed)
{
    if (const auto *bar = qobject_cast<const QTabBar *>(widget); bar && tabsAreNamed(bar))
        return;
    if (needsName(widget, root) && !hasAccessibleName(widget)) {
        const QString path = widgetPath(widget);
        if (!unnamed.contains(path))
            unnamed.append(path);
    }
}

} // namespace

QString widgetPath(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (w == widget || !name.isEmpty())
            parts.prepend(name.isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                         : QString::fromLatin1(w->metaObject()->className()) + u'#' + name);
        if (w->isWindow())
            break;
    }
    return parts.join(u'/');
}

bool hasAccessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface && !iface->text(QAccessible::Name).trimmed().isEmpty();
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    collect(root, root, unnamed);
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        collect(root, widget, unnamed);

    // Tabs not shown yet: every page in turn. Nested tab widgets are reached by the recursion.
    const QList<QTabWidget *> tabs = root->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        if (!tab->isVisibleTo(root))
            continue;
        const int current = tab->currentIndex();
        for (int i = 0; i < tab->count(); ++i) {
            if (i == current || !tab->isTabEnabled(i))
                continue;
            tab->setCurrentIndex(i);
            const QStringList more = unnamedControls(tab->widget(i));
            for (const QString &path : more) {
                if (!unnamed.contains(path))
                    unnamed.append(path);
            }
        }
        tab->setCurrentIndex(current);
    }
    return unnamed;
}

} // namespace Casebook::Test
