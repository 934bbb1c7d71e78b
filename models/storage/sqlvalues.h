// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QString>
#include <QVariant>

#include <optional>

/**
 * Values that bind as SQL NULL when there is nothing to store. The NULL is typed:
 * PostgreSQL must know a parameter's type even when it is NULL, and an untyped one
 * makes it guess (or refuse).
 */
namespace Casebook::Sql {

/// NULL of the SQL type that `T` binds as.
template<typename T>
[[nodiscard]] QVariant null()
{
    return QVariant(QMetaType::fromType<T>());
}

/// The id, or NULL for 0 and other invalid ids ("none").
[[nodiscard]] QVariant id(qint64 value);

template<typename Tag>
[[nodiscard]] QVariant id(Id<Tag> value)
{
    return id(value.value());
}

/// The text, or NULL when it is empty.
[[nodiscard]] QVariant text(const QString &value);

/// The value, or NULL of its type when there is none.
template<typename T>
[[nodiscard]] QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : null<T>();
}

} // namespace Casebook::Sql
