// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace Casebook {

/**
 * Light or dark: following the system, or the person's choice in Settings. The choice is
 * asked of the platform first (QStyleHints::setColorScheme); where the platform cannot
 * switch (the offscreen screenshots, some desktops), an explicit palette does it, so the
 * window, StatusPalette and the highlighting themes all see the same lightness.
 */
class Appearance final
{
public:
    enum class Scheme { System, Light, Dark };

    /// "ui/colorScheme" in the settings: "system", "light" or "dark".
    static QString settingsKey();
    /// The untranslated name used in the settings and on the command line.
    static QString name(Scheme scheme);
    /// The scheme named `name`; System for an empty or unknown one.
    static Scheme fromName(const QString &name);
    static Scheme load(const QSettings &settings);
    static void save(QSettings &settings, Scheme scheme);

    /// Switches the running application; widgets follow through their PaletteChange events.
    static void apply(Scheme scheme);
};

} // namespace Casebook
