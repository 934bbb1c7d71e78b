// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagepanel.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/storage/clock.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/triage/taglistmodel.h"
#include "models/tickets/triage/tickettriage.h"
#include "views/proposals/addtoproposaldialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int reactionTickMs = 15'000;

// Fills a combo with "not set" first and then every value of the enum.
template<typename E, std::size_t N, typename TextFn>
void fill(QComboBox *combo, const EnumNames<E, N> &names, TextFn text, bool withUnset)
{
    if (withUnset)
        combo->addItem(QCoreApplication::translate("Casebook::TriagePanel", "Not set"), QString());
    for (const auto &[value, name] : names.items)
        combo->addItem(text(value), QString::fromLatin1(name));
}

template<typename E>
void select(QComboBox *combo, const std::optional<E> &value, QString (*nameOf)(E))
{
    const int index = value ? combo->findData(nameOf(*value)) : combo->findData(QString());
    combo->setCurrentIndex(qMax(index, 0));
}

// The button being clicked may be among them: hide now, delete once its signal has returned.
void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
}

QString complexityName(Complexity c)
{
    return complexityNames.name(c);
}
QString severityName(Severity s)
{
    return severityNames.name(s);
}
QString requestKindName(RequestKind k)
{
    return requestKindNames.name(k);
}
QString channelName(Channel c)
{
    return channelNames.name(c);
}

} // namespace

TriagePanel::TriagePanel(OpenTicket &ticket, QWidget *parent)
    : QWidget(parent)
    , m_ticket(ticket)
{
    setObjectName(u"triagePanel"_s);
    m_complexity = new QComboBox(this);
    m_complexity->setObjectName(u"triage.complexity"_s);
    fill(m_complexity, complexityNames, &TicketTriage::complexityText, true);
    for (int i = 1; i < m_complexity->count(); ++i) {
        const auto value = complexityNames.parse(m_complexity->itemData(i).toString());
        m_complexity->setItemData(i, TicketTriage::complexityDefinition(*value), Qt::ToolTipRole);
    }
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"triage.severity"_s);
    fill(m_severity, severityNames, &TicketTriage::severityText, true);
    for (int i = 1; i < m_severity->count(); ++i) {
        const auto value = severityNames.parse(m_severity->itemData(i).toString());
        m_severity->setItemData(i, TicketTriage::severityDefinition(*value), Qt::ToolTipRole);
    }
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"triage.kind"_s);
    fill(m_kind, requestKindNames, &TicketTriage::requestKindText, true);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"triage.channel"_s);
    fill(m_channel, channelNames, &TicketTriage::channelText, false);

    m_completer = new QCompleter(ticket.tagList(), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(u"triage.tagEdit"_s);
    m_tagEdit->setPlaceholderText(tr("Add a tag…"));
    m_tagEdit->setCompleter(m_completer);
    m_tagChips = new QWidget(this);
    m_tagChips->setObjectName(u"triage.tags"_s);
    m_tagChipsLayout = new QHBoxLayout(m_tagChips);
    m_tagChipsLayout->setContentsMargins(0, 0, 0, 0);

    m_nextSteps = new QWidget(this);
    m_nextSteps->setObjectName(u"triage.nextSteps"_s);
    // One step a line: the side panel is narrow and the steps' names are long in Russian.
    m_nextStepsLayout = new QVBoxLayout(m_nextSteps);
    m_nextStepsLayout->setContentsMargins(0, 0, 0, 0);
    m_reactionClock = new QLabel(this);
    m_reactionClock->setObjectName(u"triage.reactionClock"_s);
    m_reactionClock->setWordWrap(true);
    m_reactionClock->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(u"triage.error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight);"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Complexity:"), m_complexity);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Request:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Tags:"), m_tagEdit);
    form->addRow(QString(), m_tagChips);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_reactionClock);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_complexity, &QComboBox::activated, this, [this] {
        if (const auto value = complexityNames.parse(m_complexity->currentData().toString()); value && !m_loading)
            showResult(m_ticket.setComplexity(*value));
    });
    connect(m_severity, &QComboBox::activated, this, [this] {
        m_severity->setToolTip(m_severity->currentData(Qt::ToolTipRole).toString());
        if (const auto value = severityNames.parse(m_severity->currentData().toString()); value && !m_loading)
            showResult(m_ticket.setSeverity(*value));
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (const auto value = requestKindNames.parse(m_kind->currentData().toString()); value && !m_loading)
            showResult(m_ticket.setRequestKind(*value));
    });
    connect(m_channel, &QComboBox::activated, this, [this] {
        if (const auto value = channelNames.parse(m_channel->currentData().toString()); value && !m_loading)
            showResult(m_ticket.setChannel(*value));
    });
    connect(m_tagEdit, &QLineEdit::returnPressed, this, [this] { addTag(m_tagEdit->text()); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
        // QLineEdit fills the text first; the deferred call adds what was picked exactly once.
        QTimer::singleShot(0, this, [this, tag] {
            if (m_tagEdit->text() == tag)
                addTag(tag);
        });
    });

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(reactionTickMs);
    connect(m_clockTimer, &QTimer::timeout, this, &TriagePanel::updateReactionClock);
    connect(&m_ticket, &OpenTicket::opened, this, [this] {
        m_error->hide();
        showTicket();
    });
    connect(&m_ticket, &OpenTicket::triageChanged, this, &TriagePanel::showTicket);
    showTicket();
}

TriagePanel::~TriagePanel() = default;

void TriagePanel::showTicket()
{
    const Ticket &ticket = m_ticket.ticket();
    m_loading = true;
    select(m_complexity, ticket.complexity, &complexityName);
    select(m_severity, ticket.severity, &severityName);
    m_severity->setToolTip(ticket.severity ? TicketTriage::severityDefinition(*ticket.severity)
                                           : tr("Low: a workaround exists. Medium: the customer is blocked. "
                                                "High: all customers are blocked. Critical: the platform is offline."));
    select(m_kind, ticket.requestKind, &requestKindName);
    select(m_channel, std::optional<Channel>(ticket.channel), &channelName);
    const bool editable = m_ticket.isOpen() && ticket.status != TicketStatus::Closed;
    for (QWidget *w :
         {static_cast<QWidget *>(m_complexity), static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_kind),
          static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_tagEdit)})
        w->setEnabled(editable);
    m_loading = false;

    updateReactionClock();
    showTags();
    showNextSteps();
}

void TriagePanel::showTags()
{
    clearLayout(m_tagChipsLayout);
    if (!m_ticket.isOpen())
        return;
    const QStringList &tags = m_ticket.tags();
    for (const QString &tag : tags) {
        auto *chip = new QToolButton(m_tagChips);
        chip->setObjectName(u"triage.tag."_s + tag);
        chip->setText(tag + u"  ×"_s);
        chip->setToolTip(tr("Remove the tag %1").arg(tag));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, tag] { removeTag(tag); });
        m_tagChipsLayout->addWidget(chip);
    }
    if (tags.isEmpty()) {
        auto *none = new QLabel(tr("No tag yet: every dialogue gets one."), m_tagChips);
        none->setObjectName(u"triage.noTags"_s);
        none->setEnabled(false);
        m_tagChipsLayout->addWidget(none);
    }
    m_tagChipsLayout->addStretch();
}

QDialog *TriagePanel::addToProposals()
{
    if (!m_ticket.isOpen())
        return nullptr;
    auto *dialog = new AddToProposalDialog(*m_ticket.proposals(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSearchText(m_ticket.ticket().subject);
    connect(dialog, &AddToProposalDialog::added, this, [this](ProposalId, bool counted) {
        if (counted)
            Q_EMIT replyOffered(u"proposal-thanks"_s);
    });
    dialog->open();
    return dialog;
}

void TriagePanel::showNextSteps()
{
    clearLayout(m_nextStepsLayout);
    const QList<NextStep> steps = m_ticket.nextSteps();
    for (const NextStep &step : steps) {
        auto *button = new QPushButton(m_nextSteps);
        switch (step.kind) {
        case NextStep::Kind::Reply:
            button->setObjectName(u"triage.step.reply."_s + step.cannedKey);
            button->setText(step.cannedKey == u"proposal-thanks" ? tr("Thank for the proposal") : tr("Acknowledge"));
            connect(button, &QPushButton::clicked, this, [this, key = step.cannedKey] { Q_EMIT replyOffered(key); });
            break;
        case NextStep::Kind::BugReport:
            button->setObjectName(u"triage.step.bugReport"_s);
            button->setText(tr("Open a bug report"));
            connect(button, &QPushButton::clicked, this, [this] { Q_EMIT bugReportRequested(m_ticket.id()); });
            break;
        case NextStep::Kind::ProposalStep:
            button->setObjectName(u"triage.step.proposal"_s);
            button->setText(tr("Add to proposals"));
            connect(button, &QPushButton::clicked, this, [this] {
                Q_EMIT proposalRequested(m_ticket.id());
                addToProposals();
            });
            break;
        case NextStep::Kind::Tag:
            button->setObjectName(u"triage.step.tag"_s);
            button->setText(tr("Tag %1").arg(step.tag));
            connect(button, &QPushButton::clicked, this, [this, tag = step.tag] { addTag(tag); });
            break;
        }
        m_nextStepsLayout->addWidget(button, 0, Qt::AlignLeft);
    }
}

void TriagePanel::updateReactionClock()
{
    const std::optional<qint64> due = m_ticket.isOpen() ? m_ticket.reactionDueAt() : std::nullopt;
    if (!due) {
        m_reactionClock->hide();
        m_clockTimer->stop();
        return;
    }
    const qint64 left = *due - m_ticket.session().clock().nowMs();
    const QString at = Dates::moment(*due);
    if (left > 0) {
        const int minutes = int((left + 59'999) / 60'000);
        m_reactionClock->setText(
            tr("Critical: a reaction is due by %1 (%n min left); then the leads are called.", nullptr, minutes)
                .arg(at));
    } else {
        m_reactionClock->setText(tr("Critical: no reaction since %1; call the leads now.").arg(at));
    }
    m_reactionClock->show();
    if (!m_clockTimer->isActive())
        m_clockTimer->start();
}

void TriagePanel::showResult(const Status &result)
{
    if (result)
        m_error->hide();
    else
        showError(result.error().message);
    // A refused change leaves the fields as the person set them: show what is stored.
    showTicket();
}

void TriagePanel::addTag(const QString &tag)
{
    if (tag.trimmed().isEmpty() || !m_ticket.isOpen())
        return;
    const auto added = m_ticket.addTag(tag);
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_error->hide();
    m_tagEdit->clear();
}

void TriagePanel::removeTag(const QString &tag)
{
    if (const auto removed = m_ticket.removeTag(tag); !removed)
        showError(removed.error().message);
}

void TriagePanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace Casebook
