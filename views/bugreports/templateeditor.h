// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/issueform.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class QToolBar;

namespace Casebook {

class IssueFormWidget;

/**
 * Edits one issue-form template: its YAML on the left, highlighted, with every problem
 * underlined where it is and listed below (activating one puts the cursor there); the form
 * as the person will see it on the right, updated as they type. A template with errors keeps
 * showing its last good preview. YAML comes in typed, imported from a file or pasted.
 */
class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    /// Shows @p yaml; @p fileName names the template in messages ("tracker-bug.yml").
    void setTemplate(const QByteArray &yaml, const QString &fileName);
    [[nodiscard]] QByteArray yaml() const;
    [[nodiscard]] QString fileName() const { return m_fileName; }

    /// Checks the text now instead of after the typing pause.
    void check();
    [[nodiscard]] const QList<FormProblem> &problems() const { return m_problems; }
    /// True when the text is a form GitHub accepts (warnings allowed).
    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] const IssueForm &form() const { return m_form; }

    /// Puts the cursor at the problem's line and column.
    void jumpToProblem(int index);
    /// Replaces the text with a template file chosen by the person (Prompts seam).
    void importFile();
    /// Replaces the text with the YAML on the clipboard.
    void pasteTemplate();

    [[nodiscard]] IssueFormWidget *preview() const { return m_preview; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }

    /// Whether the text changed since setTemplate(); the saver sets it back after a save.
    void setModified(bool modified);
    [[nodiscard]] bool isModified() const { return m_modified; }

Q_SIGNALS:
    /// The person asked to save a valid template.
    void saveRequested(const QByteArray &yaml, const QString &fileName);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProblems();
    void underlineProblems();

    QString m_fileName;
    QToolBar *m_toolBar = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_problemList = nullptr;
    QLabel *m_status = nullptr;
    IssueFormWidget *m_preview = nullptr;
    QTimer *m_checkTimer = nullptr;
    QList<FormProblem> m_problems;
    IssueForm m_form;
    bool m_valid = false;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace Casebook
