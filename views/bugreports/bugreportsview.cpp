// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportsview.h"

#include "bugreportformdialog.h"
#include "issueformwidget.h"
#include "models/agents/session.h"
#include "models/bugreports/bugreport.h"
#include "models/bugreports/bugreporteventsmodel.h"
#include "models/bugreports/bugreportlistmodel.h"
#include "models/bugreports/bugreportstore.h"
#include "models/bugreports/bugroutingstore.h"
#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/templatestore.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "templatesdialog.h"
#include "views/common/lockicon.h"
#include "views/common/prompts.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int acceptedOutcome = -1;

QComboBox *filterBox(const QString &name, const QString &all, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(all, QVariant());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(220);
    return box;
}

// "dialogueLink" and "error-text" as a label: "Dialogue link", "Error text".
QString readableKey(const QString &key)
{
    QString label;
    for (const QChar c : key) {
        if (c == u'-' || c == u'_')
            label.append(u' ');
        else if (c.isUpper() && !label.isEmpty())
            label.append(u' ').append(c.toLower());
        else
            label.append(c);
    }
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

} // namespace

BugReportsView::BugReportsView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BugReportListModel(session.database(), this))
    , m_events(new BugReportEventsModel(session.database(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    createFilters(layout);

    m_table = new QTableView(this);
    m_table->setObjectName(u"bugreports.table"_s);
    m_table->setAccessibleName(tr("Bug reports"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(BugReportListModel::TitleColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(BugReportListModel::TitleColumn, new LockDelegate(m_table)); // R40
    m_table->horizontalHeader()->setHighlightSections(false);
    // The detail pane names the owner and the customer; the list keeps to what sorts the work.
    m_table->setColumnHidden(BugReportListModel::OwnerColumn, true);
    m_table->setColumnHidden(BugReportListModel::StageColumn, true);
    m_table->setColumnHidden(BugReportListModel::UpdatedColumn, true);
    m_table->setColumnHidden(BugReportListModel::AreaColumn, true);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(BugReportListModel::IdColumn, metrics.horizontalAdvance(u"#00000"_s) + 12);
    // The longest value or the title, whichever is wider (titles are the longer in Russian).
    for (const auto &[column, value] :
         {std::pair{BugReportListModel::SeverityColumn, severityText(Severity::Critical).section(u':', 0, 0)},
          {BugReportListModel::StatusColumn, bugReportStatusText(BugReportStatus::Submitted)}})
        m_table->setColumnWidth(
            column,
            std::max(metrics.horizontalAdvance(value) + 16, m_table->horizontalHeader()->sectionSizeHint(column)));
    m_table->setColumnWidth(BugReportListModel::AreaColumn, metrics.horizontalAdvance(u"Integrations and"_s));
    m_table->setColumnWidth(BugReportListModel::CustomerColumn, metrics.horizontalAdvance(u"Customer name"_s));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BugReportsView::showCurrent);

    // Details: what the report says, its history, and QA's actions.
    m_details = new QWidget(this);
    m_details->setObjectName(u"bugreports.details"_s);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(m_details);
    m_heading->setObjectName(u"bugreports.heading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_facts = new QLabel(m_details);
    m_facts->setObjectName(u"bugreports.facts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setOpenExternalLinks(true);
    details->addWidget(m_heading);
    details->addWidget(m_facts);
    // A stored report leaves the way a new one does: as Markdown, Jira markup or GitHub's form.
    auto *exports = new QHBoxLayout;
    const auto exportButton = [this, exports](const QString &name, const QString &text, auto action) {
        auto *button = new QPushButton(text, m_details);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, action);
        exports->addWidget(button);
    };
    exportButton(u"bugreports.copyMarkdown"_s, tr("Copy &Markdown"), [this] {
        QGuiApplication::clipboard()->setText(toGitHubMarkdown(m_form->form(), m_form->answers()));
        setStatus(tr("The report is on the clipboard as Markdown."));
    });
    exportButton(u"bugreports.copyJira"_s, tr("Copy &Jira"), [this] {
        QGuiApplication::clipboard()->setText(toJiraMarkup(m_form->form(), m_form->answers()));
        setStatus(tr("The report is on the clipboard as Jira markup."));
    });
    exportButton(u"bugreports.openGitHub"_s, tr("Open in &GitHub"), [this] { openInGitHub(); });
    exports->addStretch(1);
    details->addLayout(exports);

    m_tabs = new QTabWidget(m_details);
    m_tabs->setObjectName(u"bugreports.tabs"_s);
    m_tabs->setDocumentMode(true);
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new IssueFormWidget(scroll);
    m_form->setObjectName(u"bugreports.form"_s);
    m_form->setReadOnly(true);
    scroll->setWidget(m_form);
    m_tabs->addTab(scroll, tr("Report"));
    m_history = new QListView(m_tabs);
    m_history->setObjectName(u"bugreports.history"_s);
    m_history->setModel(m_events);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_tabs->addTab(m_history, tr("History"));
    details->addWidget(m_tabs, 1);
    auto *qa = new QWidget(m_tabs);
    auto *qaLayout = new QVBoxLayout(qa);
    m_tabs->addTab(qa, tr("QA and Stages"));

    // R26: QA reproduces on the latest version, then accepts with the task or declines with a reason.
    m_verdictBox = new QGroupBox(tr("QA verdict"), qa);
    m_verdictBox->setObjectName(u"bugreports.verdict"_s);
    auto *verdict = new QFormLayout(m_verdictBox);
    verdict->setVerticalSpacing(4);
    verdict->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_version = new QLineEdit(m_verdictBox);
    m_version->setObjectName(u"bugreports.verdict.version"_s);
    m_version->setPlaceholderText(tr("The latest version QA tried, e.g. 4.13.0"));
    m_outcome = new QComboBox(m_verdictBox);
    m_outcome->setObjectName(u"bugreports.verdict.outcome"_s);
    m_outcome->addItem(tr("Accepted: a task was created"), acceptedOutcome);
    for (const auto &[reason, name] : declineReasonNames.items)
        m_outcome->addItem(tr("Declined: %1").arg(declineReasonText(reason)), int(reason));
    m_taskUrl = new QLineEdit(m_verdictBox);
    m_taskUrl->setObjectName(u"bugreports.verdict.task"_s);
    m_taskUrl->setPlaceholderText(tr("https://tracker.example.com/TASK-123"));
    m_duplicateOf = new QSpinBox(m_verdictBox);
    m_duplicateOf->setObjectName(u"bugreports.verdict.duplicateOf"_s);
    m_duplicateOf->setRange(0, std::numeric_limits<int>::max());
    m_duplicateOf->setPrefix(u"#"_s);
    m_duplicateOf->setSpecialValueText(tr("none"));
    m_verdictNote = new QLineEdit(m_verdictBox);
    m_verdictNote->setObjectName(u"bugreports.verdict.note"_s);
    m_verdictNote->setPlaceholderText(tr("Optional, shown in the history"));
    m_recordVerdict = new QPushButton(tr("Record Verdict"), m_verdictBox);
    m_recordVerdict->setObjectName(u"bugreports.verdict.record"_s);
    connect(m_recordVerdict, &QPushButton::clicked, this, &BugReportsView::recordVerdict);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &BugReportsView::updateActions);
    verdict->addRow(tr("Outcome:"), m_outcome);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version, 1);
    versionRow->addWidget(new QLabel(tr("Duplicate of:"), m_verdictBox));
    versionRow->addWidget(m_duplicateOf);
    verdict->addRow(tr("Reproduced on:"), versionRow);
    verdict->addRow(tr("Task:"), m_taskUrl);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_verdictNote, 1);
    noteRow->addWidget(m_recordVerdict);
    verdict->addRow(tr("Note:"), noteRow);
    qaLayout->addWidget(m_verdictBox);

    // R41: an accepted bug's customer hears about every stage.
    m_stageBox = new QGroupBox(tr("Stage the customer hears about"), qa);
    m_stageBox->setObjectName(u"bugreports.stage"_s);
    auto *stage = new QHBoxLayout(m_stageBox);
    m_stage = new QComboBox(m_stageBox);
    m_stage->setObjectName(u"bugreports.stage.choice"_s);
    for (const auto &[value, name] : bugStageNames.items)
        m_stage->addItem(bugStageText(value), int(value));
    m_stageNote = new QLineEdit(m_stageBox);
    m_stageNote->setObjectName(u"bugreports.stage.note"_s);
    m_stageNote->setPlaceholderText(tr("Optional note"));
    m_recordStage = new QPushButton(tr("Record Stage"), m_stageBox);
    m_recordStage->setObjectName(u"bugreports.stage.record"_s);
    connect(m_recordStage, &QPushButton::clicked, this, &BugReportsView::recordStage);
    stage->addWidget(m_stage);
    stage->addWidget(m_stageNote, 1);
    stage->addWidget(m_recordStage);
    qaLayout->addWidget(m_stageBox);
    qaLayout->addStretch(1);

    m_status = new QLabel(m_details);
    m_status->setObjectName(u"bugreports.status"_s);
    m_status->setWordWrap(true);
    details->addWidget(m_status);

    m_placeholder = new QLabel(tr("Choose a report to see its form, its history and QA's verdict."), this);
    m_placeholder->setObjectName(u"bugreports.placeholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_placeholder, 1);
    rightLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"bugreports.splitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 460});
    layout->addWidget(splitter, 1);

    reloadFilterChoices();
    applyFilter();
    showDetails();
}

BugReportsView::~BugReportsView() = default;

void BugReportsView::createFilters(QLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_statusFilter = filterBox(u"bugreports.filter.status"_s, tr("Any status"), this);
    for (const auto &[status, name] : bugReportStatusNames.items) {
        if (status != BugReportStatus::Draft)
            m_statusFilter->addItem(bugReportStatusText(status), int(status));
    }
    m_severityFilter = filterBox(u"bugreports.filter.severity"_s, tr("Any severity"), this);
    for (const Severity severity : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severityFilter->addItem(severityText(severity), int(severity));
    m_areaFilter = filterBox(u"bugreports.filter.area"_s, tr("Any area"), this);
    m_customerFilter = filterBox(u"bugreports.filter.customer"_s, tr("Any customer"), this);
    for (QComboBox *box : {m_statusFilter, m_severityFilter, m_areaFilter, m_customerFilter}) {
        connect(box, &QComboBox::currentIndexChanged, this, &BugReportsView::applyFilter);
        bar->addWidget(box);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(u"bugreports.count"_s);
    bar->addWidget(m_count);
    bar->addStretch(1);
    auto *templates = new QPushButton(tr("Templates…"), this);
    templates->setObjectName(u"bugreports.templates"_s);
    connect(templates, &QPushButton::clicked, this, &BugReportsView::editTemplates);
    bar->addWidget(templates);
    auto *create = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("New Report…"), this);
    create->setObjectName(u"bugreports.new"_s);
    connect(create, &QPushButton::clicked, this, [this] { newReport(); });
    bar->addWidget(create);
    qobject_cast<QBoxLayout *>(layout)->addLayout(bar);
}

// Areas come from the routing table; customers from the reports themselves, because only
// those with a report are worth filtering by.
void BugReportsView::reloadFilterChoices()
{
    const QSignalBlocker areaBlocker(m_areaFilter);
    const QSignalBlocker customerBlocker(m_customerFilter);
    if (const auto areas = BugRoutingStore(m_session.database(), m_session.clock()).areas()) {
        for (const ProductArea &area : areas.value())
            m_areaFilter->addItem(area.name, area.id.value());
    }
    if (const auto reports = BugReportStore(m_session.database(), m_session.clock()).list({}, 1000)) {
        QMap<QString, qint64> customers;
        for (const BugReport &report : reports.value()) {
            if (report.customer.isValid())
                customers.insert(report.customerName, report.customer.value());
        }
        for (auto it = customers.cbegin(); it != customers.cend(); ++it)
            m_customerFilter->addItem(it.key(), it.value());
    }
}

void BugReportsView::applyFilter()
{
    BugReportFilter filter;
    if (const QVariant status = m_statusFilter->currentData(); status.isValid())
        filter.status = BugReportStatus(status.toInt());
    if (const QVariant severity = m_severityFilter->currentData(); severity.isValid())
        filter.severity = Severity(severity.toInt());
    if (const QVariant area = m_areaFilter->currentData(); area.isValid())
        filter.area = ProductAreaId(area.toLongLong());
    if (const QVariant customer = m_customerFilter->currentData(); customer.isValid())
        filter.customer = CustomerId(customer.toLongLong());
    const Status applied = m_model->setFilter(filter);
    if (!applied)
        setStatus(applied.error().message, true);
    m_count->setText(tr("%n report(s)", nullptr, m_model->totalCount()));
    // Master and detail: the newest report is open at once, so the pane is never idle.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, BugReportListModel::TitleColumn));
    showCurrent();
}

bool BugReportsView::showReport(BugReportId id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void BugReportsView::showCurrent()
{
    const BugReportId id = m_model->reportAt(m_table->currentIndex());
    m_report = {};
    if (id.isValid()) {
        const auto report = BugReportStore(m_session.database(), m_session.clock()).report(id);
        if (report)
            m_report = report.value();
        else
            setStatus(report.error().message, true);
    }
    const Status events = m_events->setReport(m_report.id);
    Q_UNUSED(events) // an unreadable history shows as an empty list; the report itself said why
    showDetails();
}

void BugReportsView::showDetails()
{
    const bool shown = m_report.id.isValid();
    m_details->setVisible(shown);
    m_placeholder->setVisible(!shown);
    if (!shown)
        return;
    //: Report number and title
    m_heading->setText(tr("#%1 %2").arg(m_report.id.value()).arg(m_report.title));
    QStringList facts{bugReportStatusText(m_report.status)};
    if (m_report.severity)
        facts.append(severityText(*m_report.severity));
    if (m_report.stage)
        facts.append(bugStageText(*m_report.stage));
    if (!m_report.areaName.isEmpty()) {
        //: Product area and its owner
        facts.append(m_report.ownerName.isEmpty() ? m_report.areaName
                                                  : tr("%1 (owner %2)").arg(m_report.areaName, m_report.ownerName));
    }
    if (!m_report.customerName.isEmpty())
        facts.append(m_report.customerName);
    if (m_report.ticket.isValid())
        facts.append(tr("ticket #%1").arg(m_report.ticket.value()));
    QString html = facts.join(u" · "_s).toHtmlEscaped();
    if (!m_report.taskUrl.isEmpty())
        html += u" · <a href=\"%1\">%2</a>"_s.arg(m_report.taskUrl.toHtmlEscaped(), tr("task").toHtmlEscaped());
    const QString when = Dates::moment(m_report.createdAt);
    //: %1 is who wrote the report, %2 when: a time alone today, else a day and time
    html += u"<br>"_s + tr("Reported by %1, %2").arg(m_report.createdByName, when).toHtmlEscaped();
    m_facts->setText(html);

    const Result<IssueForm> form = reportForm();
    if (form) {
        m_form->setForm(form.value());
        m_form->setAnswers(answersFromJson(form.value(), m_report.fields));
        m_form->setReadOnly(true);
    } else {
        m_form->setForm({});
        setStatus(tr("The template stored with this report cannot be read: %1").arg(form.error().message), true);
    }
    m_version->setText(m_report.reproducedVersion);
    m_taskUrl->setText(m_report.taskUrl);
    updateActions();
}

// The form the report was written with, kept with it. Reports imported without one fall back
// to their template as it is now, and without a template to one text field per stored answer.
Result<IssueForm> BugReportsView::reportForm() const
{
    if (!m_report.templateYaml.trimmed().isEmpty())
        return parseIssueForm(m_report.templateYaml.toUtf8(), tr("report template"));
    if (m_report.templateId.isValid())
        return TemplateStore(m_session.database(), m_session.clock()).form(m_report.templateId);
    IssueForm form;
    for (auto it = m_report.fields.constBegin(); it != m_report.fields.constEnd(); ++it) {
        FormElement element;
        element.type = FormElementType::Textarea;
        element.id = it.key();
        element.label = readableKey(it.key());
        form.body.append(element);
    }
    return form;
}

void BugReportsView::updateActions()
{
    const bool accepted = m_outcome->currentData().toInt() == acceptedOutcome;
    m_taskUrl->setEnabled(accepted);
    m_duplicateOf->setEnabled(m_outcome->currentData().toInt() == int(DeclineReason::Duplicate));
    // Stages are for accepted bugs only: there is nothing to report on a declined one.
    m_stageBox->setEnabled(m_report.status == BugReportStatus::Accepted);
    if (m_report.stage)
        m_stage->setCurrentIndex(m_stage->findData(int(*m_report.stage)));
}

bool BugReportsView::recordVerdict()
{
    if (!m_report.id.isValid())
        return false;
    QaVerdict verdict;
    const int outcome = m_outcome->currentData().toInt();
    verdict.accepted = outcome == acceptedOutcome;
    verdict.reproducedOnVersion = m_version->text().trimmed();
    verdict.note = m_verdictNote->text().trimmed();
    if (verdict.accepted) {
        verdict.taskUrl = m_taskUrl->text().trimmed();
    } else {
        verdict.reason = DeclineReason(outcome);
        if (verdict.reason == DeclineReason::Duplicate)
            verdict.duplicateOf = BugReportId(m_duplicateOf->value());
    }
    const auto stored = BugReportStore(m_session.database(), m_session.clock())
                            .setVerdict(m_report.id, verdict, m_report.version, m_session.agentId());
    if (!stored) {
        setStatus(stored.error().message, true);
        return false;
    }
    const TicketId ticket = m_report.ticket;
    m_verdictNote->clear();
    showCurrent();
    if (ticket.isValid()) {
        setStatus(tr("Verdict recorded. The customer update is ready on ticket #%1.").arg(ticket.value()));
        Q_EMIT replyOffered(ticket, cannedReplyKey(verdict));
    } else {
        setStatus(tr("Verdict recorded. The report has no ticket, so no customer hears about it."));
    }
    return true;
}

bool BugReportsView::recordStage()
{
    if (!m_report.id.isValid())
        return false;
    const auto stage = BugStage(m_stage->currentData().toInt());
    const auto stored =
        BugReportStore(m_session.database(), m_session.clock())
            .setStage(m_report.id, stage, m_report.version, m_session.agentId(), m_stageNote->text().trimmed());
    if (!stored) {
        setStatus(stored.error().message, true);
        return false;
    }
    const TicketId ticket = m_report.ticket;
    m_stageNote->clear();
    showCurrent();
    if (ticket.isValid()) {
        setStatus(tr("Stage recorded. The customer update is ready on ticket #%1.").arg(ticket.value()));
        Q_EMIT replyOffered(ticket, cannedReplyKey(stage));
    } else {
        setStatus(tr("Stage recorded."));
    }
    return true;
}

void BugReportsView::newReport(TicketId ticket, const QString &selectedText)
{
    auto *dialog = new BugReportFormDialog(m_session, ticket, selectedText, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BugReportFormDialog::reportSubmitted, this, [this](BugReportId id) {
        m_model->applyChange(id);
        showReport(id);
    });
    dialog->show();
}

void BugReportsView::editTemplates()
{
    auto *dialog = new TemplatesDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void BugReportsView::openInGitHub()
{
    if (m_report.isPrivate) { // R40: a GitHub issue is public
        setStatus(BugReportFormDialog::privateReportText(), true);
        return;
    }
    const QString repository =
        m_session.settings() ? m_session.settings()->value(BugReportFormDialog::repositoryKey()).toString() : QString();
    const QString body = toGitHubMarkdown(m_form->form(), m_form->answers());
    const Result<GitHubIssueLink> link = gitHubNewIssueLink(repository, m_form->form(), m_report.title, body);
    if (!link) {
        setStatus(tr("Name the team's GitHub repository (owner/repository) in a new report first."), true);
        return;
    }
    if (link.value().bodyOnClipboard) {
        QGuiApplication::clipboard()->setText(body);
        setStatus(tr("The report is too long for a web address: it is on the clipboard. Paste it into the page "
                     "that opens."));
    } else {
        setStatus(tr("GitHub's new-issue page opens with the report filled in."));
    }
    Prompts::instance().openUrl(link.value().url);
}

void BugReportsView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (problem)
        statusPalette.setColor(QPalette::WindowText,
                               palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                   : QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(statusPalette);
}

} // namespace Casebook
