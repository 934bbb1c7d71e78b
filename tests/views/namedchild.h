// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Casebook::Test {

/// The widget a test drives, found by objectName; says which one when it is missing,
/// because a bare null pointer in a failed QVERIFY does not.
template<typename T>
T *namedChild(const QObject *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace Casebook::Test
