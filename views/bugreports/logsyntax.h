// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook {

struct FormElement;

/// True for a field meant for error text, logs, stack traces or command output, judged by
/// the words of its label ("Error text", "Relevant log output", "Stack trace", ...).
[[nodiscard]] bool isLogField(const FormElement &element);

/**
 * The KSyntaxHighlighting definition to show @p text with in a log field that names no
 * language: a Python traceback as Python, JSON as JSON, a shell session as Bash, a patch as
 * Diff, anything else as a log file. Only the start of the text is looked at, so this is
 * cheap enough to run while the person types.
 */
[[nodiscard]] QString guessLogSyntax(const QString &text);

/// True for a log field whose `render` names no language: its syntax is guessed from its text.
[[nodiscard]] bool guessesSyntax(const FormElement &element);

/**
 * The definition a textarea is highlighted with: its `render` language when that names one,
 * else for a log field the guess from its text, else none (an empty string: plain text).
 */
[[nodiscard]] QString syntaxForField(const FormElement &element, const QString &text);

} // namespace Casebook
