// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueform.h"
#include "models/storage/result.h"

#include <QString>
#include <QUrl>

namespace Casebook {

/**
 * The issue body exactly as GitHub writes it when the form is submitted: for each field,
 * `### Label`, a blank line and the value; `_No response_` for a field left empty; a textarea
 * with `render` fenced with its language; dropdown choices joined by ", "; checkboxes as
 * `- [x] label` / `- [ ] label`. Markdown elements are not submitted. Sections are separated
 * by one blank line and the body has no final newline.
 */
[[nodiscard]] QString toGitHubMarkdown(const IssueForm &form, const FormAnswers &answers);

/// The same report in Jira wiki markup (`h3.` headings, `{code:lang}` blocks, (/) and (x) boxes).
[[nodiscard]] QString toJiraMarkup(const IssueForm &form, const FormAnswers &answers);

/// GitHub's new-issue address for a report, and whether the body had to be left out of it.
struct GitHubIssueLink
{
    QUrl url;
    /// The address with the body would have been too long: the caller puts the body on the
    /// clipboard and opens `url`, which then names only the template.
    bool bodyOnClipboard = false;
};

/// Longest new-issue address we hand to a browser; longer ones are cut or refused on the way.
inline constexpr qsizetype gitHubUrlLimit = 8192;

/**
 * `https://github.com/OWNER/REPO/issues/new?template=FILE&title=...&labels=...&body=...`, every
 * value fully percent-encoded. @p repository is `OWNER/REPO`; the template file is the base
 * name of form.fileName; an empty @p title falls back to the form's `title`.
 * Error::Kind::Invalid when @p repository is not `OWNER/REPO`.
 */
[[nodiscard]] Result<GitHubIssueLink> gitHubNewIssueLink(const QString &repository, const IssueForm &form,
                                                         const QString &title, const QString &body,
                                                         qsizetype limit = gitHubUrlLimit);

} // namespace Casebook
