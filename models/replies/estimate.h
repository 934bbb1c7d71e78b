// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Casebook {

/// An amount of work as an agent types it: "2 h", "1.5 hours", "90 min", "3 days", "4 ч".
struct Estimate
{
    enum class Unit { Minutes, Hours, Days };
    double amount = 0;
    Unit unit = Unit::Hours;

    /// The largest amount parse() reads, in any unit.
    static constexpr double maxAmount = 100'000;

    /// Reads what an agent typed; a bare number is hours. Nothing for text that is not an estimate.
    [[nodiscard]] static std::optional<Estimate> parse(const QString &text);

    /// R20: what the customer is told is three times the internal estimate.
    [[nodiscard]] Estimate forCustomer() const { return {amount * 3, unit}; }

    /**
     * The amount in words of a reply's language ("6 hours", "6 часов"), which need not be the
     * language of the interface: the customer reads it. English for languages without words here.
     */
    [[nodiscard]] QString toText(const QString &language) const;
};

} // namespace Casebook
