// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook {

/**
 * The KSyntaxHighlighting definition name for a textarea's `render` language as GitHub
 * spells it (Linguist names and aliases: "shell", "py", "yml", "ps1", ...). Text-like names give
 * "None"; an empty @p render gives an empty string (no highlighting asked for); an unknown name
 * comes back unchanged, because KSyntaxHighlighting knows many definitions by the same name.
 * Models never link KSyntaxHighlighting: the view looks the name up in its Repository.
 */
[[nodiscard]] QString syntaxDefinitionForRender(const QString &render);

} // namespace Casebook
