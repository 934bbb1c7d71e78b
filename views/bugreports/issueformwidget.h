// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/issueform.h"

#include <QWidget>

#include <memory>
#include <vector>

class QVBoxLayout;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Casebook {

/**
 * A GitHub issue form as widgets: markdown as rich text, inputs, text areas (highlighted
 * when they carry `render` or hold logs), dropdowns and checkboxes, each with its label,
 * description and placeholder. Values go in and out as FormAnswers keyed by
 * FormElement::key(), the map the Markdown and Jira export take.
 *
 * Editors are named "form.field.<key>" (a checkbox "form.field.<key>.<n>"), the message
 * under a field "form.error.<key>". The widget does not scroll; put it in a QScrollArea.
 */
class IssueFormWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueFormWidget)

public:
    explicit IssueFormWidget(QWidget *parent = nullptr);
    ~IssueFormWidget() override;

    /// Builds the widgets for @p form and fills them with its initial answers.
    void setForm(const IssueForm &form);
    [[nodiscard]] const IssueForm &form() const { return m_form; }

    [[nodiscard]] FormAnswers answers() const;
    /// Fills the fields named in @p answers; the others keep what they hold.
    void setAnswers(const FormAnswers &answers);

    /// Read-only shows a submitted report: nothing can be changed, text can still be copied.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    /**
     * Checks required fields and required checkboxes. Each missing one shows its message
     * under the field and the first gets the focus. True when the form can be submitted.
     */
    bool validate();
    /// Keys of the required fields still missing, in form order (no messages shown).
    [[nodiscard]] QStringList missingFields() const;
    void clearValidation();

    /// The highlighter of a textarea, or nullptr when it has none.
    [[nodiscard]] KSyntaxHighlighting::SyntaxHighlighter *highlighter(const QString &key) const;
    /// The editor of the field, or nullptr.
    [[nodiscard]] QWidget *editor(const QString &key) const;

Q_SIGNALS:
    /// The person changed a value (not emitted by setForm or setAnswers).
    void answersChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field;

    void clear();
    void addField(const FormElement &element);
    void applyAnswer(Field &field, const FormAnswer &answer);
    [[nodiscard]] FormAnswer answerOf(const Field &field) const;
    [[nodiscard]] QString problemOf(const Field &field) const;
    void updateSyntax(Field &field);
    void fitField(Field &field);
    void updateColours();
    void edited();

    IssueForm m_form;
    QVBoxLayout *m_layout = nullptr;
    std::vector<std::unique_ptr<Field>> m_fields;
    bool m_readOnly = false;
    bool m_filling = false; ///< set while the widget itself writes values: no answersChanged
};

} // namespace Casebook
