// SPDX-License-Identifier: GPL-3.0-or-later
#include "newticketdialog.h"

#include "models/common/itemroles.h"
#include "models/customers/customerlistmodel.h"
#include "models/tickets/triage/taglistmodel.h"
#include "models/tickets/triage/tickettriage.h"
#include "views/common/statuspalette.h"

#include <QAbstractProxyModel>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    }
    return tags;
}

template<typename E>
void selectData(QComboBox *combo, const std::optional<E> &value)
{
    const int at = combo->findData(value ? QVariant(int(*value)) : QVariant());
    combo->setCurrentIndex(std::max(at, 0));
}

template<typename E>
std::optional<E> currentEnum(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<E>(E(data.toInt())) : std::nullopt;
}

} // namespace

NewTicketDialog::NewTicketDialog(NewTicketForm *form, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_draftTimer(new QTimer(this))
{
    m_form->setParent(this);
    setObjectName(u"newTicketDialog"_s);
    setWindowTitle(tr("New Ticket"));
    build();
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { m_form->saveDraft(fields()); });
    connect(m_form, &NewTicketForm::draftFailed, this, [this](const QString &message) {
        //: The draft of a new ticket could not be saved; %1 says why
        m_error->setText(tr("The draft could not be saved: %1").arg(message));
        m_error->show();
    });
    connect(m_form, &NewTicketForm::requesterCreated, this, [this](CustomerId customer, const QString &name) {
        m_requesterId = customer;
        m_requester->setText(name);
        setNewCustomer(false);
    });
    if (const auto draft = m_form->draft())
        setFields(*draft);
}

NewTicketDialog::~NewTicketDialog() = default;

void NewTicketDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(formLayout);

    const auto problemLabel = [this](NewTicketForm::Field field, const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(u"newTicket.problem."_s + name);
        label->setWordWrap(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, StatusPalette(palette).error());
        label->setPalette(palette);
        label->hide();
        m_problemLabels.insert(field, label);
        return label;
    };
    const auto withProblem = [](QWidget *field, QLabel *problem) {
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(problem);
        return box;
    };

    // Requester: a customer picked as you type, or a new one typed in right here.
    auto *requesterRow = new QWidget(this);
    auto *requesterLayout = new QHBoxLayout(requesterRow);
    requesterLayout->setContentsMargins(0, 0, 0, 0);
    m_requester = new QLineEdit(requesterRow);
    m_requester->setObjectName(u"newTicket.requester"_s);
    m_requester->setAccessibleName(tr("Requester"));
    m_requester->setAccessibleDescription(tr("The customer who asks: a name or an e-mail address"));
    m_requester->setPlaceholderText(tr("Name, company or e-mail address"));
    m_requester->setClearButtonEnabled(true);
    m_completer = new QCompleter(m_form->requesters(), this);
    // The list is searched in SQL (names, companies, addresses): show it as it comes.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_requester);
    connect(m_requester, &QLineEdit::textEdited, this, &NewTicketDialog::requesterEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &NewTicketDialog::requesterPicked);
    m_newCustomerButton = new QPushButton(tr("New Customer…"), requesterRow);
    m_newCustomerButton->setObjectName(u"newTicket.newCustomer"_s);
    m_newCustomerButton->setCheckable(true);
    connect(m_newCustomerButton, &QPushButton::toggled, this, &NewTicketDialog::setNewCustomer);
    requesterLayout->addWidget(m_requester, 1);
    requesterLayout->addWidget(m_newCustomerButton);
    formLayout->addRow(tr("&Requester:"),
                       withProblem(requesterRow, problemLabel(NewTicketForm::Field::Requester, u"requester"_s)));

    m_newCustomerBox = new QWidget(this);
    m_newCustomerBox->setObjectName(u"newTicket.newCustomerBox"_s);
    auto *newLayout = new QFormLayout(m_newCustomerBox);
    newLayout->setContentsMargins(0, 0, 0, 0);
    m_newName = new QLineEdit(m_newCustomerBox);
    m_newName->setObjectName(u"newTicket.newCustomerName"_s);
    m_newEmail = new QLineEdit(m_newCustomerBox);
    m_newEmail->setObjectName(u"newTicket.newCustomerEmail"_s);
    m_newPhone = new QLineEdit(m_newCustomerBox);
    m_newPhone->setObjectName(u"newTicket.newCustomerPhone"_s);
    newLayout->addRow(
        tr("Name:"), withProblem(m_newName, problemLabel(NewTicketForm::Field::NewCustomerName, u"newCustomerName"_s)));
    newLayout->addRow(
        tr("E-mail:"),
        withProblem(m_newEmail, problemLabel(NewTicketForm::Field::NewCustomerEmail, u"newCustomerEmail"_s)));
    newLayout->addRow(tr("Phone:"), m_newPhone);
    m_newCustomerBox->hide();
    formLayout->addRow(QString(), m_newCustomerBox);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"newTicket.subject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    formLayout->addRow(tr("&Subject:"),
                       withProblem(m_subject, problemLabel(NewTicketForm::Field::Subject, u"subject"_s)));

    auto *directionRow = new QWidget(this);
    auto *directionLayout = new QHBoxLayout(directionRow);
    directionLayout->setContentsMargins(0, 0, 0, 0);
    m_direction = new QButtonGroup(this);
    auto *inbound = new QRadioButton(tr("The customer's words"), directionRow);
    inbound->setObjectName(u"newTicket.inbound"_s);
    inbound->setChecked(true);
    auto *outbound = new QRadioButton(tr("My message to the customer"), directionRow);
    outbound->setObjectName(u"newTicket.outbound"_s);
    m_direction->addButton(inbound, 0);
    m_direction->addButton(outbound, 1);
    directionLayout->addWidget(inbound);
    directionLayout->addWidget(outbound);
    directionLayout->addStretch();
    formLayout->addRow(tr("First message:"), directionRow);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"newTicket.body"_s);
    m_body->setAccessibleName(tr("Message"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(120);
    formLayout->addRow(QString(), withProblem(m_body, problemLabel(NewTicketForm::Field::Body, u"body"_s)));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"newTicket.channel"_s);
    for (const Channel channel : {Channel::Phone, Channel::Chat, Channel::Messenger, Channel::InPerson, Channel::Email,
                                  Channel::Slack, Channel::Community, Channel::Form, Channel::Other})
        m_channel->addItem(TicketTriage::channelText(channel), int(channel));
    formLayout->addRow(tr("C&hannel:"), m_channel);

    auto *triageRow = new QWidget(this);
    auto *triageLayout = new QHBoxLayout(triageRow);
    triageLayout->setContentsMargins(0, 0, 0, 0);
    m_complexity = new QComboBox(triageRow);
    m_complexity->setObjectName(u"newTicket.complexity"_s);
    //: No complexity chosen yet (R10)
    m_complexity->addItem(tr("Complexity: not rated"), QVariant());
    for (const Complexity c : {Complexity::Simple, Complexity::Complex, Complexity::Critical, Complexity::Proposal})
        m_complexity->addItem(TicketTriage::complexityText(c), int(c));
    m_severity = new QComboBox(triageRow);
    m_severity->setObjectName(u"newTicket.severity"_s);
    //: No severity chosen yet (R28)
    m_severity->addItem(tr("Severity: not rated"), QVariant());
    for (const Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(TicketTriage::severityText(s), int(s));
    triageLayout->addWidget(m_complexity);
    triageLayout->addWidget(m_severity);
    triageLayout->addStretch();
    formLayout->addRow(tr("Rating:"), triageRow);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"newTicket.tags"_s);
    m_tags->setPlaceholderText(tr("billing, login, …"));
    auto *tagCompleter = new QCompleter(m_form->tags(), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
    formLayout->addRow(tr("&Tags:"), m_tags);

    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(u"newTicket.assignee"_s);
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const Agent &agent : m_form->agents())
        m_assignee->addItem(agent.displayName, agent.id.value());
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(m_form->me().value())));
    formLayout->addRow(tr("&Assignee:"), m_assignee);

    m_error = new QLabel(this);
    m_error->setObjectName(u"newTicket.error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Discard, this);
    QPushButton *discard = buttons->button(QDialogButtonBox::Discard);
    discard->setObjectName(u"newTicket.discard"_s);
    discard->setText(tr("&Discard Draft"));
    connect(discard, &QPushButton::clicked, this, [this] {
        m_draftTimer->stop();
        m_form->discardDraft();
        QDialog::reject();
    });
    m_create = buttons->addButton(tr("&Create Ticket"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"newTicket.create"_s);
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &NewTicketDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_requester, m_newName, m_newEmail, m_newPhone, m_subject, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &NewTicketDialog::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewTicketDialog::changed);
    for (QComboBox *combo : {m_channel, m_complexity, m_severity, m_assignee})
        connect(combo, &QComboBox::currentIndexChanged, this, &NewTicketDialog::changed);
    connect(m_direction, &QButtonGroup::idToggled, this, &NewTicketDialog::changed);
    resize(620, sizeHint().height());
}

NewTicketForm::Fields NewTicketDialog::fields() const
{
    NewTicketForm::Fields f;
    f.requester = m_newCustomer ? CustomerId() : m_requesterId;
    f.requesterName = m_requester->text();
    f.newCustomer = m_newCustomer;
    f.newCustomerName = m_newName->text();
    f.newCustomerEmail = m_newEmail->text();
    f.newCustomerPhone = m_newPhone->text();
    f.subject = m_subject->text();
    f.body = m_body->toPlainText();
    f.outbound = m_direction->checkedId() == 1;
    f.channel = Channel(m_channel->currentData().toInt());
    f.complexity = currentEnum<Complexity>(m_complexity);
    f.severity = currentEnum<Severity>(m_severity);
    f.tags = splitTags(m_tags->text());
    f.assignee = AgentId(m_assignee->currentData().toLongLong());
    return f;
}

void NewTicketDialog::setFields(const NewTicketForm::Fields &f)
{
    m_filling = true;
    m_requesterId = f.requester;
    m_requester->setText(f.requesterName);
    m_newName->setText(f.newCustomerName);
    m_newEmail->setText(f.newCustomerEmail);
    m_newPhone->setText(f.newCustomerPhone);
    m_newCustomerButton->setChecked(f.newCustomer);
    setNewCustomer(f.newCustomer);
    m_subject->setText(f.subject);
    m_body->setPlainText(f.body);
    m_direction->button(f.outbound ? 1 : 0)->setChecked(true);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(f.channel))));
    selectData(m_complexity, f.complexity);
    selectData(m_severity, f.severity);
    m_tags->setText(f.tags.join(u", "_s));
    const int assignee = m_assignee->findData(f.assignee.value());
    if (assignee >= 0)
        m_assignee->setCurrentIndex(assignee);
    m_filling = false;
}

void NewTicketDialog::requesterEdited(const QString &text)
{
    // A typed name is not a pick: only a customer chosen from the list counts.
    m_requesterId = {};
    (void)m_form->requesters()->setSearch(text);
    if (!text.trimmed().isEmpty() && m_form->requesters()->rowCount() > 0)
        m_completer->complete();
}

void NewTicketDialog::requesterPicked(const QModelIndex &index)
{
    QModelIndex source = index;
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        source = proxy->mapToSource(index);
    const auto row = m_form->requesters()->rowAt(source);
    m_requesterId = row.id;
    m_requester->setText(row.name);
    changed();
}

void NewTicketDialog::setNewCustomer(bool on)
{
    m_newCustomer = on;
    m_newCustomerButton->setChecked(on);
    m_newCustomerBox->setVisible(on);
    m_requester->setEnabled(!on);
    if (on && m_newName->text().isEmpty() && !m_requesterId.isValid())
        m_newName->setText(m_requester->text().trimmed()); // what was typed is likely the name
    if (on && !m_filling)
        m_newName->setFocus();
    changed();
}

void NewTicketDialog::changed()
{
    if (m_filling)
        return;
    m_error->hide();
    m_draftTimer->start();
    showProblems(m_triedOnce);
}

void NewTicketDialog::showProblems(bool all)
{
    const auto found = m_form->problems(fields());
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        // Before the first try only what is wrong, not what is missing: an e-mail address
        // someone else has is said at once, an empty subject only once Create was pressed.
        const bool duplicate = it.key() == NewTicketForm::Field::NewCustomerEmail && !m_newEmail->text().isEmpty();
        const bool show = found.contains(it.key()) && (all || duplicate);
        it.value()->setText(found.value(it.key()));
        it.value()->setVisible(show);
    }
}

void NewTicketDialog::submit()
{
    m_triedOnce = true;
    showProblems(true);
    m_draftTimer->stop();
    const auto made = m_form->create(fields());
    if (!made) {
        m_form->saveDraft(fields());
        m_error->setText(made.error().message);
        m_error->show();
        return;
    }
    Q_EMIT ticketCreated(*made);
    accept();
}

void NewTicketDialog::reject()
{
    // Cancel keeps the draft (Discard Draft drops it): closing by mistake must not cost what
    // was typed. An empty form leaves none behind.
    m_draftTimer->stop();
    m_form->saveDraft(fields());
    QDialog::reject();
}

} // namespace Casebook
