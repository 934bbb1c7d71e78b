// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook {

/**
 * The readable text of an HTML mail part: tags dropped, blocks on their own lines, entities
 * decoded, scripts, styles and the head left out. Nothing is fetched: images and links are
 * never resolved, so a mail cannot tell its sender that it was read.
 */
[[nodiscard]] QString htmlToText(const QString &html);

/**
 * A reply's text as the HTML part of its mail: every character escaped, paragraphs at
 * blank lines, line breaks kept, and web and mail addresses as links; nothing else (no
 * style, no image, nothing a mail client would fetch).
 */
[[nodiscard]] QString textToHtml(const QString &text);

} // namespace Casebook
