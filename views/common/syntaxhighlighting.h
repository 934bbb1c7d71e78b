// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Casebook {

/// The application's one repository of syntax definitions and themes, loaded on first use.
[[nodiscard]] KSyntaxHighlighting::Repository &syntaxRepository();

/**
 * Highlights @p edit's document as the definition named @p definitionName (a
 * KSyntaxHighlighting name such as "Bash"; unknown names highlight nothing) in the light or
 * dark theme that matches the edit's palette, and follows later palette changes. The
 * highlighter belongs to the document: one per document.
 */
KSyntaxHighlighting::SyntaxHighlighter *highlightEdit(QPlainTextEdit *edit, const QString &definitionName);

/// Switches an edit highlighted by highlightEdit() to another definition, re-highlighting it.
void setEditSyntax(QPlainTextEdit *edit, const QString &definitionName);

/// The highlighter highlightEdit() gave @p edit, or nullptr.
[[nodiscard]] KSyntaxHighlighting::SyntaxHighlighter *editHighlighter(const QPlainTextEdit *edit);

} // namespace Casebook
