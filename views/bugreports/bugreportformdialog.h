// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/bugreport.h"
#include "models/bugreports/issueform.h"
#include "models/bugreports/templatestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Casebook {

class IssueFormWidget;
class Session;
class VaultStore;

/**
 * Writing a bug report, usually from a ticket: the team's templates to choose from (with the
 * chooser's contact links), the form prefilled from the ticket, the draft saved as the agent
 * types and found again after a crash, likely duplicates beside the form, Submit; and the
 * exports GitHub and Jira take (Markdown, Jira markup, "Open in GitHub").
 *
 * Not modal in the application; tests show() it. Widgets are named "bugForm.<part>".
 */
class BugReportFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugReportFormDialog)

public:
    /// The setting that remembers the team's GitHub repository ("owner/name") for exports.
    static QString repositoryKey();
    /// R40: why a private report does not go to GitHub.
    static QString privateReportText();

    /// @p ticket may be invalid (a report from nowhere); @p selectedText becomes the error text.
    /// @p vault, when given, names the customer's accesses (never secrets).
    BugReportFormDialog(Session &session, TicketId ticket, const QString &selectedText = {},
                        const VaultStore *vault = nullptr, QWidget *parent = nullptr);
    ~BugReportFormDialog() override;

    /// Switches to the template with this file name: its draft if there is one, else prefilled.
    bool chooseTemplate(const QString &fileName);
    [[nodiscard]] QString templateFileName() const;
    [[nodiscard]] IssueFormWidget *formWidget() const { return m_form; }
    [[nodiscard]] QString title() const;

    /// Validates and submits; true when stored. The form turns read-only and the draft goes.
    bool submit();
    [[nodiscard]] BugReportId submittedReport() const { return m_submitted; }

    /// Saves the draft now instead of after the typing pause.
    void saveDraft();
    /// Looks for likely duplicates now; the list shows them.
    void findDuplicates();

    [[nodiscard]] QString markdown() const;
    [[nodiscard]] QString jiraMarkup() const;
    void copyMarkdown();
    void copyJira();
    /// GitHub's new-issue page for the repository named in the dialog; a body too long for the
    /// address goes to the clipboard and the page opens with the template only.
    void openInGitHub();

Q_SIGNALS:
    void reportSubmitted(Casebook::BugReportId report);

private:
    void loadTemplates();
    void showForm(const BugTemplate &stored, const IssueForm &form);
    void fill();
    void edited();
    void setStatus(const QString &text, bool problem = false);
    [[nodiscard]] QString answerOf(const QStringList &ids, const QString &labelWord) const;
    [[nodiscard]] ProductAreaId chosenArea() const;

    Session &m_session;
    TicketId m_ticket;
    QString m_selectedText;
    const VaultStore *m_vault = nullptr;
    QList<BugTemplate> m_templates;
    BugTemplate m_template;
    QComboBox *m_templateChoice = nullptr;
    QLabel *m_contactLinks = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    IssueFormWidget *m_form = nullptr;
    QListWidget *m_duplicates = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_repository = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer *m_draftTimer = nullptr;
    QTimer *m_duplicateTimer = nullptr;
    BugReportId m_submitted;
    bool m_filling = false;
};

} // namespace Casebook
