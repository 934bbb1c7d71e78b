// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebook {

/// The five element types of GitHub's form schema.
enum class FormElementType { Markdown, Textarea, Input, Dropdown, Checkboxes };

/// One box of a `checkboxes` element; `required` boxes must be ticked before submitting.
struct CheckboxOption
{
    QString label;
    bool required = false;
};

/// One entry of an issue form's `body`, with the attributes its type allows.
struct FormElement
{
    FormElementType type = FormElementType::Markdown;
    QString id;
    QString label;
    QString description;
    QString placeholder;
    QString value; ///< markdown text, or the text a field starts with
    QString render; ///< textarea only: the language the submitted text is fenced with
    QStringList options; ///< dropdown choices
    QList<CheckboxOption> checkboxes;
    bool multiple = false; ///< dropdown: more than one choice allowed
    std::optional<int> defaultIndex; ///< dropdown: the choice selected at first
    bool required = false; ///< validations.required
    int line = 0; ///< 1-based position of the element in its template, for messages
    int column = 0;

    /// The element's reference: its id, or, as GitHub does without one, the parameterised label.
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool acceptsInput() const { return type != FormElementType::Markdown; }
};

/// A GitHub issue form (`.github/ISSUE_TEMPLATE/*.yml`).
struct IssueForm
{
    QString fileName; ///< as given to the parser; names the template in messages and URLs
    QString name;
    QString description;
    QString title; ///< default issue title (often a prefix such as "[Bug]: ")
    QStringList labels;
    QStringList assignees;
    QStringList projects;
    QString type;
    QList<FormElement> body;

    [[nodiscard]] const FormElement *element(const QString &key) const;
};

/// A contact link of the template chooser, shown next to the forms.
struct ContactLink
{
    QString name;
    QString url;
    QString about;
};

/// The template chooser (`.github/ISSUE_TEMPLATE/config.yml`).
struct TemplateChooserConfig
{
    bool blankIssuesEnabled = true; ///< GitHub's default when the key is absent
    QList<ContactLink> contactLinks;
};

/// What the person filled in for one element. Text for input and textarea; indices into
/// `options` (dropdown) or `checkboxes` (checkboxes) for the others.
struct FormAnswer
{
    QString text;
    QList<int> selected;

    friend bool operator==(const FormAnswer &, const FormAnswer &) = default;
};

/// Answers by FormElement::key(). Elements without an entry count as left empty.
using FormAnswers = QMap<QString, FormAnswer>;

/// A reason a template is refused (error) or a key Casebook ignores (warning), with its place.
struct FormProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; ///< 1-based
    int column = 0; ///< 1-based
    QString message; ///< translated

    /// `file:line:column: message`, the shape compilers and CI logs use.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const FormProblem &, const FormProblem &) = default;
};

/// The answers a freshly opened form starts with: prefilled `value`s and dropdown `default`s.
[[nodiscard]] FormAnswers initialAnswers(const IssueForm &form);

/// Rails' `parameterize`, which GitHub applies to a label to make a reference without an id:
/// lower case, runs of anything but letters, digits, '-' and '_' become one '-', trimmed of '-'.
[[nodiscard]] QString parameterizeLabel(const QString &label);

} // namespace Casebook
