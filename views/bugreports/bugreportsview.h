// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bugreports/bugreport.h"
#include "models/storage/result.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace Casebook {

class BugReportEventsModel;
class BugReportListModel;
class IssueFormWidget;
class Session;
class VaultStore;

/**
 * The Bug reports section: reports filtered by status, severity, product area and customer;
 * the chosen report's form read-only with its history; QA's verdict (R26) and the stages
 * the customer hears about (R41). Each verdict and stage offers the matching customer
 * update on the report's ticket through replyOffered(), which the window connects to the
 * ticket's reply editor.
 */
class BugReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BugReportsView)

public:
    explicit BugReportsView(Session &session, QWidget *parent = nullptr);
    ~BugReportsView() override;

    [[nodiscard]] BugReportListModel *model() const { return m_model; }
    /// Selects and shows the report; false when the list does not hold it.
    bool showReport(BugReportId id);
    [[nodiscard]] BugReportId currentReport() const { return m_report.id; }

    /// Records the verdict the QA panel holds (R26); true when stored.
    bool recordVerdict();
    /// Records the stage the stage panel holds (R41); true when stored.
    bool recordStage();

    /// The unlocked vault whose access names a report from a ticket may list (never secrets).
    void setVaultStore(const VaultStore *vault) { m_vault = vault; }
    /// Opens the report form (not modal), prefilled from @p ticket when it is valid.
    void newReport(TicketId ticket = {}, const QString &selectedText = {});
    /// Opens the team's template editor (not modal).
    void editTemplates();

Q_SIGNALS:
    /// A verdict or stage was recorded: offer the customer update @p cannedKey on @p ticket.
    void replyOffered(Casebook::TicketId ticket, const QString &cannedKey);

private:
    void createFilters(QLayout *layout);
    void reloadFilterChoices();
    void applyFilter();
    void showCurrent();
    void showDetails();
    void updateActions();
    [[nodiscard]] Result<IssueForm> reportForm() const;
    void setStatus(const QString &text, bool problem = false);
    void openInGitHub();

    Session &m_session;
    const VaultStore *m_vault = nullptr;
    BugReportListModel *m_model = nullptr;
    BugReportEventsModel *m_events = nullptr;
    BugReport m_report;

    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_areaFilter = nullptr;
    QComboBox *m_customerFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;

    QWidget *m_details = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QTabWidget *m_tabs = nullptr;
    IssueFormWidget *m_form = nullptr;
    QListView *m_history = nullptr;

    QGroupBox *m_verdictBox = nullptr;
    QLineEdit *m_version = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_taskUrl = nullptr;
    QSpinBox *m_duplicateOf = nullptr;
    QLineEdit *m_verdictNote = nullptr;
    QPushButton *m_recordVerdict = nullptr;
    QGroupBox *m_stageBox = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_stageNote = nullptr;
    QPushButton *m_recordStage = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Casebook
