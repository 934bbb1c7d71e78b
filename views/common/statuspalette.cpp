// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspalette.h"

namespace Casebook {

StatusPalette::StatusPalette(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Window).lightness() < 128)
{
}

QColor StatusPalette::error() const
{
    return m_dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

QColor StatusPalette::warning() const
{
    return m_dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0x96, 0x5c, 0x00);
}

// Marks are small filled shapes: a little brighter than text may be, never shouting.
// Every mark keeps 3:1 against its window and every coloured text 4.5:1 (WCAG AA, checked by
// views.appearance): the light amber and yellow are deeper than the usual pastel ones.
QColor StatusPalette::mark(Hue hue) const
{
    switch (hue) {
    case Hue::Red:
        return m_dark ? QColor(0xf0, 0x6e, 0x64) : QColor(0xc6, 0x28, 0x28);
    case Hue::Amber:
        return m_dark ? QColor(0xf0, 0xa8, 0x48) : QColor(0xc0, 0x6a, 0x00);
    case Hue::Yellow:
        return m_dark ? QColor(0xe6, 0xd0, 0x5a) : QColor(0x9c, 0x86, 0x00);
    case Hue::Green:
        return m_dark ? QColor(0x6c, 0xc0, 0x8b) : QColor(0x2e, 0x8b, 0x57);
    case Hue::Grey:
        break;
    }
    return m_dark ? QColor(0x9a, 0xa4, 0xae) : QColor(0x6e, 0x77, 0x81);
}

QColor StatusPalette::licence(LicenceState state) const
{
    switch (state) {
    case LicenceState::Valid:
        return mark(Hue::Green);
    case LicenceState::Expiring:
        return mark(Hue::Amber);
    case LicenceState::Expired:
        return mark(Hue::Red);
    case LicenceState::None:
        break;
    }
    return muted();
}

QColor StatusPalette::priority(std::optional<Severity> severity, std::optional<Complexity> complexity) const
{
    // The same hues as the names suggest: critical red, high or complex amber, medium or
    // a proposal yellow, the rest grey.
    if (severity == Severity::Critical || complexity == Complexity::Critical)
        return mark(Hue::Red);
    if (severity == Severity::High || complexity == Complexity::Complex)
        return mark(Hue::Amber);
    if (severity == Severity::Medium || complexity == Complexity::Proposal)
        return mark(Hue::Yellow);
    if (severity || complexity)
        return mark(Hue::Grey);
    return {};
}

QColor StatusPalette::breach(ResponseDue::Breach breach) const
{
    switch (breach) {
    case ResponseDue::Breach::Breached:
        return error();
    case ResponseDue::Breach::Breaching:
        return warning();
    case ResponseDue::Breach::None:
        break;
    }
    return {};
}

QColor StatusPalette::muted() const
{
    return m_palette.color(QPalette::PlaceholderText);
}

QColor StatusPalette::series(int index) const
{
    // Blue, teal, violet, olive, slate, sand: apart enough to tell stacked bars apart.
    static const QColor light[] = {QColor(0x2f, 0x6f, 0xb5), QColor(0x1f, 0x9a, 0x8a), QColor(0x7b, 0x5c, 0xb8),
                                   QColor(0x7a, 0x8c, 0x2e), QColor(0x5a, 0x6b, 0x7d), QColor(0xb5, 0x8b, 0x4c)};
    static const QColor dark[] = {QColor(0x6f, 0xa8, 0xe8), QColor(0x5c, 0xc8, 0xb6), QColor(0xb0, 0x98, 0xe6),
                                  QColor(0xb8, 0xc8, 0x6a), QColor(0x9c, 0xac, 0xbc), QColor(0xe0, 0xbc, 0x84)};
    const int i = ((index % 6) + 6) % 6;
    return m_dark ? dark[i] : light[i];
}

QColor StatusPalette::goal() const
{
    return mark(Hue::Green);
}

} // namespace Casebook
