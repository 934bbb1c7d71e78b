// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlvalues.h"

namespace Casebook::Sql {

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : null<qint64>();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? null<QString>() : QVariant(value);
}

} // namespace Casebook::Sql
