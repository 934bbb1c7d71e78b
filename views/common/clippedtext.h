// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Casebook {

/**
 * Finds the texts a window shows only in part: labels, buttons, check boxes, group titles,
 * tabs, column headers, combo boxes and empty fields' placeholders narrower (or, for wrapped
 * labels, lower) than their words, and panels of controls that scroll sideways. Issue 18 asks that nothing an agent
 * reads at 1600x900 loses words in either language; `casebook --screenshot` runs this over every screen it draws, and a
 * test fails on what it finds. Typed text and item rows are left out: they scroll or elide by design and show the whole
 * text on demand.
 */
class ClippedText final
{
public:
    struct Clip
    {
        QString where; ///< the nearest named ancestors and the widget, "inboxSection/ticketHeader/QLabel"
        QString text;
        int needed = 0; ///< pixels the text needs (height for a wrapped label)
        int available = 0;
    };

    /// A QScrollArea with this property set to true is meant to scroll sideways (a board of
    /// columns); any other panel of controls that needs a sideways scroll bar is reported.
    static constexpr const char *ScrollsSideways = "casebookScrollsSideways";

    /// Every clipped text among the visible widgets under `root` (itself included).
    [[nodiscard]] static QList<Clip> find(const QWidget *root);
    [[nodiscard]] static QString describe(const Clip &clip);
};

} // namespace Casebook
