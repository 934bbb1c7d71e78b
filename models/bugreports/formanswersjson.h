// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueform.h"

#include <QJsonObject>

namespace Casebook {

/**
 * The answers of a form as stored in bug_reports.fields and in drafts, keyed by
 * FormElement::key(): input and textarea as a string; a single-choice dropdown as the
 * chosen option's text, a multiple one as an array of texts; checkboxes as an array of the
 * ticked labels. Choices are stored by text, not index, so a report still reads right after
 * its template's options are reordered. Elements left empty are left out.
 */
[[nodiscard]] QJsonObject answersToJson(const IssueForm &form, const FormAnswers &answers);

/// The reverse: unknown keys and options that no longer exist are dropped; a string is
/// accepted where an array is expected and the other way round.
[[nodiscard]] FormAnswers answersFromJson(const IssueForm &form, const QJsonObject &json);

/// The text of one answer as a person reads it (choices joined by ", ").
[[nodiscard]] QString answerText(const FormElement &element, const FormAnswer &answer);

/**
 * What stops a submit (as GitHub checks `validations.required`): the keys of required
 * elements left empty (text that is only white space counts as empty) and of checkboxes
 * elements with a required box left unticked, in form order.
 */
[[nodiscard]] QStringList missingRequiredAnswers(const IssueForm &form, const FormAnswers &answers);

/**
 * The element that holds the steps to reproduce (for duplicate search, R25): id "steps",
 * "reproduction", "steps-to-reproduce", "repro" or a textarea whose label mentions steps or
 * reproducing. Null when the form has none.
 */
[[nodiscard]] const FormElement *stepsElement(const IssueForm &form);
/// R27: the field that holds the error as text (by id, else a textarea whose label names an
/// error or a log), for the report search; null when the form has none.
[[nodiscard]] const FormElement *errorTextElement(const IssueForm &form);

} // namespace Casebook
