// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"
#include "models/tickets/sla/responsedue.h"
#include "models/tickets/ticket.h"

#include <QColor>
#include <QPalette>

#include <optional>

namespace Casebook {

/**
 * The one palette of state colours: errors and warnings, licence states (R09), priority
 * marks (severity R28, complexity R10) and response-due marks (R15, R34). Every widget
 * and delegate that colours a state asks here, so a state looks the same everywhere.
 *
 * Muted hues that read on the window they sit on: derived from the palette's lightness,
 * darker ones on a light window and lighter ones on a dark window.
 */
class StatusPalette final
{
public:
    explicit StatusPalette(const QPalette &palette);

    /// Whether the palette's window is dark.
    [[nodiscard]] bool isDark() const { return m_dark; }

    /// The red of error text.
    [[nodiscard]] QColor error() const;
    /// The amber of warning text.
    [[nodiscard]] QColor warning() const;
    /// A licence state's mark; a ring of placeholder colour for none.
    [[nodiscard]] QColor licence(LicenceState state) const;
    /// A ticket's priority mark, by severity or else complexity; invalid when it has neither.
    [[nodiscard]] QColor priority(std::optional<Severity> severity, std::optional<Complexity> complexity) const;
    /// The text of a response-due time; invalid (the palette's own) when not close.
    [[nodiscard]] QColor breach(ResponseDue::Breach breach) const;
    /// Text that steps back (a row no longer in its view).
    [[nodiscard]] QColor muted() const;
    /// The colour of a chart's `index`th series (cycling): distinct hues that read on the
    /// chart's background, none of them the red and amber that mean trouble.
    [[nodiscard]] QColor series(int index) const;
    /// A goal line on a chart (R14's 70 %).
    [[nodiscard]] QColor goal() const;

private:
    enum class Hue { Red, Amber, Yellow, Green, Grey };
    [[nodiscard]] QColor mark(Hue hue) const;

    QPalette m_palette;
    bool m_dark = false;
};

} // namespace Casebook
