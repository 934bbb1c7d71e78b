// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

namespace Casebook {

namespace {

/// Fusion's roles in dark: enough contrast for text (> 7:1) and for disabled text (> 4.5:1).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x9a, 0x9a, 0x9e);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(140));
    return p;
}

} // namespace

QString Appearance::settingsKey()
{
    return QStringLiteral("ui/colorScheme");
}

QString Appearance::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Scheme Appearance::fromName(const QString &name)
{
    if (name == u"light")
        return Scheme::Light;
    if (name == u"dark")
        return Scheme::Dark;
    return Scheme::System;
}

Appearance::Scheme Appearance::load(const QSettings &settings)
{
    return fromName(settings.value(settingsKey()).toString());
}

void Appearance::save(QSettings &settings, Scheme scheme)
{
    settings.setValue(settingsKey(), name(scheme));
}

void Appearance::apply(Scheme scheme)
{
    const Qt::ColorScheme wanted = scheme == Scheme::Dark ? Qt::ColorScheme::Dark
        : scheme == Scheme::Light                         ? Qt::ColorScheme::Light
                                                          : Qt::ColorScheme::Unknown;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QGuiApplication::styleHints()->setColorScheme(wanted);
#endif
    // An empty palette gives the application back to the platform theme and the style.
    QPalette palette;
    if (scheme != Scheme::System && QGuiApplication::styleHints()->colorScheme() != wanted)
        palette = scheme == Scheme::Dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
}

} // namespace Casebook
