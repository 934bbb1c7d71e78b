// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueform.h"
#include "models/storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace Casebook {

/// The largest template read at all. GitHub's own forms are a few kilobytes; the cap keeps a
/// hostile file from costing the parser hundreds of megabytes (it needs ~50 times the text).
inline constexpr qsizetype maxTemplateBytes = qsizetype(512) * 1024;
/// The deepest nesting of lists and maps read. A form needs about six levels.
inline constexpr int maxTemplateDepth = 32;

/// A template read as far as it goes, with every problem found on the way.
struct IssueFormCheck
{
    IssueForm form; ///< usable only when ok()
    QList<FormProblem> problems; ///< errors and warnings, in document order of discovery

    [[nodiscard]] bool ok() const;
};

/// A template chooser read as far as it goes, with every problem found on the way.
struct TemplateChooserCheck
{
    TemplateChooserConfig config;
    QList<FormProblem> problems;

    [[nodiscard]] bool ok() const;
};

/**
 * Reads a GitHub issue form and validates it as GitHub does: a form GitHub accepts loads
 * (unknown keys only give warnings); a form GitHub refuses gives one error per problem with
 * its 1-based line and column in @p yaml. @p fileName names the template in messages.
 */
[[nodiscard]] IssueFormCheck checkIssueForm(const QByteArray &yaml, const QString &fileName);

/// The form, or Error::Kind::Invalid whose message is the first error and whose detail lists
/// every problem as `file:line:column: message` lines.
[[nodiscard]] Result<IssueForm> parseIssueForm(const QByteArray &yaml, const QString &fileName);

/// Reads the template chooser `config.yml` (blank_issues_enabled, contact_links).
[[nodiscard]] TemplateChooserCheck checkTemplateChooser(const QByteArray &yaml, const QString &fileName);
[[nodiscard]] Result<TemplateChooserConfig> parseTemplateChooser(const QByteArray &yaml, const QString &fileName);

/**
 * Checks one template file as `casebook --check-template FILE` will: a file named `config.yml`
 * as the template chooser, any other as an issue form. Problems name the file by @p path as
 * given; an unreadable file is a single error at 1:1. No problems: the file is fine.
 */
[[nodiscard]] QList<FormProblem> checkTemplateFile(const QString &path);

/// The bytes of a template file, or the one problem (at 1:1) that stops it from being read:
/// it cannot be opened, or it is larger than maxTemplateBytes (checked before reading).
[[nodiscard]] std::variant<QByteArray, FormProblem> readTemplateFile(const QString &path);

} // namespace Casebook
