// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportformdialog.h"

#include "issueformwidget.h"
#include "models/agents/session.h"
#include "models/bugreports/bugreportdraftstore.h"
#include "models/bugreports/bugreportprefill.h"
#include "models/bugreports/bugreportstore.h"
#include "models/bugreports/bugroutingstore.h"
#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "views/common/prompts.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int draftDelayMs = 800;
constexpr int duplicateDelayMs = 600;

QColor attentionColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
}

} // namespace

BugReportFormDialog::BugReportFormDialog(Session &session, TicketId ticket, const QString &selectedText,
                                         const VaultStore *vault, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ticket(ticket)
    , m_selectedText(selectedText)
    , m_vault(vault)
    , m_templateChoice(new QComboBox(this))
    , m_contactLinks(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_titleError(new QLabel(this))
    , m_form(new IssueFormWidget(this))
    , m_duplicates(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_repository(new QLineEdit(this))
    , m_draftTimer(new QTimer(this))
    , m_duplicateTimer(new QTimer(this))
{
    setObjectName(u"bugForm"_s);
    setWindowTitle(ticket.isValid() ? tr("Bug Report from Ticket #%1").arg(ticket.value()) : tr("New Bug Report"));
    resize(1000, 760);

    m_templateChoice->setObjectName(u"bugForm.template"_s);
    m_contactLinks->setObjectName(u"bugForm.contactLinks"_s);
    m_contactLinks->setWordWrap(true);
    m_contactLinks->setTextFormat(Qt::RichText);
    connect(m_contactLinks, &QLabel::linkActivated, this,
            [this](const QString &link) { Prompts::instance().openUrl(QUrl(link)); });
    m_title->setObjectName(u"bugForm.title"_s);
    m_title->setPlaceholderText(tr("A short title that says what is wrong"));
    m_titleError->setObjectName(u"bugForm.titleError"_s);
    m_titleError->hide();
    QPalette errorPalette = m_titleError->palette();
    errorPalette.setColor(QPalette::WindowText, attentionColour(palette()));
    m_titleError->setPalette(errorPalette);
    m_form->setObjectName(u"bugForm.form"_s);
    m_duplicates->setObjectName(u"bugForm.duplicates"_s);
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setWordWrap(true);
    m_status->setObjectName(u"bugForm.status"_s);
    m_status->setWordWrap(true);
    m_repository->setObjectName(u"bugForm.repository"_s);
    m_repository->setAccessibleName(tr("Repository"));
    m_repository->setPlaceholderText(tr("owner/repository"));
    m_repository->setMaximumWidth(220);
    if (QSettings *settings = m_session.settings())
        m_repository->setText(settings->value(repositoryKey()).toString());

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(tr("&Template:"), m_templateChoice);
    top->addRow(QString(), m_contactLinks);
    top->addRow(tr("T&itle:"), m_title);
    top->addRow(QString(), m_titleError);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"bugForm.scroll"_s);
    scroll->setAccessibleName(tr("Report form"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *duplicatesTitle = new QLabel(tr("<b>Likely duplicates</b>"), side);
    auto *duplicatesHint = new QLabel(tr("Reports with similar titles and steps. Check them before submitting."), side);
    duplicatesHint->setWordWrap(true);
    sideLayout->addWidget(duplicatesTitle);
    sideLayout->addWidget(duplicatesHint);
    sideLayout->addWidget(m_duplicates, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({720, 260});

    auto *exports = new QHBoxLayout;
    const auto exportButton = [this, exports](const QString &name, const QString &text,
                                              void (BugReportFormDialog::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        exports->addWidget(button);
    };
    exportButton(u"bugForm.copyMarkdown"_s, tr("Copy &Markdown"), &BugReportFormDialog::copyMarkdown);
    exportButton(u"bugForm.copyJira"_s, tr("Copy &Jira"), &BugReportFormDialog::copyJira);
    exportButton(u"bugForm.openGitHub"_s, tr("Open in &GitHub"), &BugReportFormDialog::openInGitHub);
    exports->addWidget(m_repository);
    exports->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submit = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"bugForm.submit"_s);
    m_submit->setDefault(true);
    connect(m_submit, &QPushButton::clicked, this, &BugReportFormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    exports->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(exports);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &BugReportFormDialog::saveDraft);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(duplicateDelayMs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &BugReportFormDialog::findDuplicates);
    connect(m_form, &IssueFormWidget::answersChanged, this, &BugReportFormDialog::edited);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleError->hide();
        edited();
    });
    connect(m_repository, &QLineEdit::editingFinished, this, [this] {
        if (QSettings *settings = m_session.settings())
            settings->setValue(repositoryKey(), m_repository->text().trimmed());
    });

    loadTemplates();
    connect(m_templateChoice, &QComboBox::activated, this,
            [this](int index) { chooseTemplate(m_templateChoice->itemData(index).toString()); });
    if (!m_templates.isEmpty())
        chooseTemplate(m_templates.constFirst().fileName);
}

BugReportFormDialog::~BugReportFormDialog()
{
    // Closing keeps what was typed; only a submit or a crash skips this, and a crash loses
    // no more than the last typing pause.
    if (m_draftTimer->isActive())
        saveDraft();
}

void BugReportFormDialog::loadTemplates()
{
    TemplateStore store(m_session.database(), m_session.clock());
    const Result<QList<BugTemplate>> templates = store.templates();
    if (!templates) {
        setStatus(templates.error().message, true);
        return;
    }
    for (const BugTemplate &stored : templates.value()) {
        m_templates.append(stored);
        m_templateChoice->addItem(stored.name, stored.fileName);
    }
    // The chooser's contact links point questions that are not bugs elsewhere.
    QStringList links;
    if (const Result<TemplateChooserConfig> config = store.chooserConfig()) {
        for (const ContactLink &link : config.value().contactLinks)
            links.append(u"<a href=\"%1\" title=\"%3\">%2</a>"_s.arg(
                link.url.toHtmlEscaped(), link.name.toHtmlEscaped(), link.about.toHtmlEscaped()));
        // Blank reports would bypass the playbook's fields; a team that allows them in
        // config.yml writes them in its tracker, so Casebook only says so.
        if (config.value().blankIssuesEnabled)
            links.append(tr("Blank issues are allowed in the repository; Casebook reports always use a form."));
    }
    //: Followed by the template chooser's contact links
    m_contactLinks->setText(links.isEmpty() ? QString() : tr("Not a bug?") + u" "_s + links.join(u" · "_s));
    m_contactLinks->setVisible(!links.isEmpty());
}

bool BugReportFormDialog::chooseTemplate(const QString &fileName)
{
    const auto found = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                    [&fileName](const BugTemplate &t) { return t.fileName == fileName; });
    if (found == m_templates.cend())
        return false;
    if (m_draftTimer->isActive())
        saveDraft();
    const Result<IssueForm> form = parseIssueForm(found->sourceYaml.toUtf8(), found->fileName);
    if (!form) {
        setStatus(form.error().message, true);
        return false;
    }
    m_templateChoice->setCurrentIndex(m_templateChoice->findData(fileName));
    showForm(*found, form.value());
    return true;
}

QString BugReportFormDialog::templateFileName() const
{
    return m_template.fileName;
}

void BugReportFormDialog::showForm(const BugTemplate &stored, const IssueForm &form)
{
    m_template = stored;
    m_filling = true;
    m_form->setForm(form);
    m_title->setText(form.title);
    fill();
    m_filling = false;
    findDuplicates();
}

// A draft wins over the prefill: it is what the agent wrote last time.
void BugReportFormDialog::fill()
{
    const BugReportDraftStore drafts(m_session.database(), m_session.clock());
    const auto draft = drafts.load(m_session.agentId(), m_template.fileName, m_ticket);
    if (draft && draft.value()) {
        const BugReportDraft &saved = *draft.value();
        m_form->setAnswers(answersFromJson(m_form->form(), saved.fields));
        m_title->setText(saved.title);
        const QString when = Dates::moment(saved.updatedAt);
        //: %1 is when the draft was saved
        setStatus(tr("Your draft from %1 is back.").arg(when));
        return;
    }
    if (!m_ticket.isValid()) {
        setStatus({});
        return;
    }
    Result<PrefillSource> source = PrefillSource::load(m_session.database(), m_ticket, m_vault);
    if (!source) {
        setStatus(source.error().message, true);
        return;
    }
    source.value().selectedText = m_selectedText;
    const BugReportPrefill prefill = prefillBugReport(m_form->form(), source.value(), m_form->answers());
    m_form->setAnswers(prefill.answers);
    if (!prefill.title.isEmpty())
        m_title->setText(prefill.title);
    setStatus(
        tr("Filled in from ticket #%1: %n field(s).", nullptr, int(prefill.filledKeys.size())).arg(m_ticket.value()));
}

QString BugReportFormDialog::title() const
{
    return m_title->text().trimmed();
}

void BugReportFormDialog::edited()
{
    if (m_filling || m_submitted.isValid())
        return;
    m_draftTimer->start();
    m_duplicateTimer->start();
}

void BugReportFormDialog::saveDraft()
{
    m_draftTimer->stop();
    if (m_template.fileName.isEmpty() || m_submitted.isValid())
        return;
    BugReportDraft draft;
    draft.templateFileName = m_template.fileName;
    draft.ticket = m_ticket;
    draft.title = m_title->text();
    draft.fields = answersToJson(m_form->form(), m_form->answers());
    draft.severity = severityFromText(answerOf({u"severity"_s}, u"severity"_s));
    draft.area = chosenArea();
    const Status saved = BugReportDraftStore(m_session.database(), m_session.clock()).save(m_session.agentId(), draft);
    if (!saved)
        setStatus(tr("The draft could not be saved: %1").arg(saved.error().message), true);
}

void BugReportFormDialog::findDuplicates()
{
    m_duplicateTimer->stop();
    m_duplicates->clear();
    const FormElement *steps = stepsElement(m_form->form());
    const QString stepsText = steps ? m_form->answers().value(steps->key()).text : QString();
    // The form's own title prefix ("[Bug]: ") matches every report; only the words after it count.
    QString words = title();
    if (words.startsWith(m_form->form().title.trimmed()))
        words = words.mid(m_form->form().title.trimmed().size());
    if (words.trimmed().isEmpty() && stepsText.trimmed().isEmpty())
        return;
    const auto found =
        BugReportStore(m_session.database(), m_session.clock()).likelyDuplicates(words, stepsText, 5, m_submitted);
    if (!found)
        return;
    for (const DuplicateCandidate &candidate : found.value()) {
        //: A likely duplicate: report number, title, status
        auto *item = new QListWidgetItem(
            tr("#%1 %2 (%3)").arg(candidate.id.value()).arg(candidate.title, bugReportStatusText(candidate.status)),
            m_duplicates);
        item->setData(Qt::UserRole, candidate.id.value());
    }
}

QString BugReportFormDialog::answerOf(const QStringList &ids, const QString &labelWord) const
{
    const FormAnswers answers = m_form->answers();
    for (const FormElement &element : m_form->form().body) {
        if (!element.acceptsInput())
            continue;
        if (ids.contains(element.key()) || element.label.contains(labelWord, Qt::CaseInsensitive))
            return answerText(element, answers.value(element.key()));
    }
    return {};
}

ProductAreaId BugReportFormDialog::chosenArea() const
{
    const QString chosen = answerOf({u"product-area"_s, u"area"_s}, u"area"_s).trimmed();
    if (chosen.isEmpty())
        return {};
    const auto areas = BugRoutingStore(m_session.database(), m_session.clock()).areas();
    if (!areas)
        return {};
    for (const ProductArea &area : areas.value()) {
        if (area.name.compare(chosen, Qt::CaseInsensitive) == 0)
            return area.id;
    }
    return {};
}

bool BugReportFormDialog::submit()
{
    if (m_submitted.isValid())
        return true;
    const bool formComplete = m_form->validate();
    const bool titled = !title().isEmpty() && title() != m_form->form().title.trimmed();
    m_titleError->setText(tr("Give the report a title."));
    m_titleError->setVisible(!titled);
    if (!titled)
        m_title->setFocus(Qt::OtherFocusReason);
    if (!formComplete || !titled) {
        setStatus(tr("Some required fields are empty; they are marked below."), true);
        return false;
    }
    BugReportStore::NewBugReport report;
    report.templateId = m_template.id;
    report.ticket = m_ticket;
    report.title = title();
    report.fields = answersToJson(m_form->form(), m_form->answers());
    report.severity = severityFromText(answerOf({u"severity"_s}, u"severity"_s));
    report.area = chosenArea();
    report.createdBy = m_session.agentId();
    const Result<BugReportId> id = BugReportStore(m_session.database(), m_session.clock()).submit(report);
    if (!id) {
        Prompts::instance().showError(this, tr("Cannot Submit the Report"), id.error().message, id.error().detail);
        return false;
    }
    m_submitted = id.value();
    m_draftTimer->stop();
    const Status discarded = BugReportDraftStore(m_session.database(), m_session.clock())
                                 .discard(m_session.agentId(), m_template.fileName, m_ticket);
    Q_UNUSED(discarded) // a left-over draft is harmless: it is offered again, never sent
    m_form->setReadOnly(true);
    m_title->setReadOnly(true);
    m_templateChoice->setEnabled(false);
    m_submit->setEnabled(false);
    setStatus(tr("Submitted as report #%1. Copy it or open it in GitHub for the developers.").arg(m_submitted.value()));
    Q_EMIT reportSubmitted(m_submitted);
    return true;
}

QString BugReportFormDialog::repositoryKey()
{
    return u"bugreports/githubRepository"_s;
}

QString BugReportFormDialog::privateReportText()
{
    return tr("This is a private security report: a GitHub issue would make it public. Copy it as Markdown or "
              "Jira markup for the developers' private tracker instead.");
}

QString BugReportFormDialog::markdown() const
{
    return toGitHubMarkdown(m_form->form(), m_form->answers());
}

QString BugReportFormDialog::jiraMarkup() const
{
    return toJiraMarkup(m_form->form(), m_form->answers());
}

void BugReportFormDialog::copyMarkdown()
{
    QGuiApplication::clipboard()->setText(markdown());
    setStatus(tr("The report is on the clipboard as Markdown."));
}

void BugReportFormDialog::copyJira()
{
    QGuiApplication::clipboard()->setText(jiraMarkup());
    setStatus(tr("The report is on the clipboard as Jira markup."));
}

void BugReportFormDialog::openInGitHub()
{
    if (m_ticket.isValid()) { // R40: a GitHub issue is public; a security report must not become one
        const auto source = PrefillSource::load(m_session.database(), m_ticket);
        if (!source || source->ticketIsPrivate) {
            setStatus(source ? privateReportText() : source.error().message, true);
            return;
        }
    }
    const QString body = markdown();
    const Result<GitHubIssueLink> link =
        gitHubNewIssueLink(m_repository->text().trimmed(), m_form->form(), title(), body);
    if (!link) {
        setStatus(tr("Name the GitHub repository as owner/repository first."), true);
        m_repository->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QSettings *settings = m_session.settings())
        settings->setValue(repositoryKey(), m_repository->text().trimmed());
    if (link.value().bodyOnClipboard) {
        QGuiApplication::clipboard()->setText(body);
        setStatus(tr("The report is too long for a web address: it is on the clipboard. Paste it into the page "
                     "that opens."));
    } else {
        setStatus(tr("GitHub's new-issue page opens with the report filled in."));
    }
    Prompts::instance().openUrl(link.value().url);
}

void BugReportFormDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (problem)
        statusPalette.setColor(QPalette::WindowText, attentionColour(palette()));
    m_status->setPalette(statusPalette);
}

} // namespace Casebook
