// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Casebook {

/// The words an enum is stored as in SQL: one table per enum, read both ways.
template<typename E, std::size_t N>
struct EnumNames
{
    std::array<std::pair<E, const char *>, N> items;

    [[nodiscard]] QString name(E value) const
    {
        for (const auto &[item, text] : items) {
            if (item == value)
                return QString::fromLatin1(text);
        }
        return {};
    }

    [[nodiscard]] std::optional<E> parse(QStringView text) const
    {
        for (const auto &[item, name] : items) {
            if (text == QLatin1StringView(name))
                return item;
        }
        return std::nullopt;
    }
};

} // namespace Casebook
