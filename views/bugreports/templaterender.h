// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Casebook {

struct IssueForm;

/// A form as a page shows it: its name and description, the issue title, then the fields.
/// For screenshots of a template; `answers` stay the form's initial ones. The caller owns it.
[[nodiscard]] QWidget *createFormSheet(const IssueForm &form, QWidget *parent = nullptr);

/// What `casebook --render-template FILE --screenshot DIR` did.
struct TemplateRender
{
    int exitCode = 0; ///< 0: written; 1: the template is invalid or the PNG cannot be written
    QStringList output; ///< the PNG's path
    QStringList errors; ///< `FILE:LINE:COLUMN: message` lines (warnings too), or why writing failed
};

/**
 * Checks the issue form at @p path as --check-template does and, when GitHub would accept it,
 * renders its empty form to `<folder>/<base name>.png`. Needs a QApplication (offscreen is fine).
 */
[[nodiscard]] TemplateRender renderTemplate(const QString &path, const QString &folder);

} // namespace Casebook
