// SPDX-License-Identifier: GPL-3.0-or-later
#include "customereditor.h"

#include "models/common/dates.h"
#include "models/customers/customerform.h"
#include "views/common/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QPlainTextEdit *shortText(const QString &name, QWidget *parent, int rows = 3)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 12);
    return edit;
}

void markAsError(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette(palette).error());
    label->setPalette(palette);
    label->setWordWrap(true);
}

} // namespace

CustomerEditor::CustomerEditor(CustomerForm *form, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
{
    m_form->setParent(this);
    setObjectName(u"customerEditor"_s);
    setWindowTitle(m_form->isNew() ? tr("New Customer") : tr("Edit Customer: %1").arg(m_form->loaded().displayName));
    build();
    fill(m_form->loaded());
}

CustomerEditor::~CustomerEditor() = default;

void CustomerEditor::build()
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Customer details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    auto *identity = new QGroupBox(tr("Who"), page);
    auto *idForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    m_name->setObjectName(u"customer.name"_s);
    m_company = new QLineEdit(identity);
    m_company->setObjectName(u"customer.company"_s);
    m_account = new QLineEdit(identity);
    m_account->setObjectName(u"customer.account"_s);
    m_emails = shortText(u"customer.emails"_s, identity);
    m_emails->setPlaceholderText(tr("One address a line; the first is where replies go"));
    m_emailProblem = new QLabel(identity);
    m_emailProblem->setObjectName(u"customer.emailProblem"_s);
    markAsError(m_emailProblem);
    m_emailProblem->hide();
    m_phone = new QLineEdit(identity);
    m_phone->setObjectName(u"customer.phone"_s);
    m_messenger = shortText(u"customer.messenger"_s, identity, 2);
    m_messenger->setPlaceholderText(tr("Telegram @anna, WhatsApp +49 …"));
    idForm->addRow(tr("&Name:"), m_name);
    idForm->addRow(tr("&Company:"), m_company);
    idForm->addRow(tr("&Account id:"), m_account);
    idForm->addRow(tr("&E-mail addresses:"), m_emails);
    idForm->addRow(QString(), m_emailProblem);
    idForm->addRow(tr("&Phone:"), m_phone);
    idForm->addRow(tr("&Messengers:"), m_messenger);
    layout->addWidget(identity);

    auto *service = new QGroupBox(tr("Service"), page);
    auto *serviceForm = new QFormLayout(service);
    m_tier = new QComboBox(service);
    m_tier->setObjectName(u"customer.tier"_s);
    for (const CustomerTier tier : {CustomerTier::Standard, CustomerTier::Premium})
        m_tier->addItem(customerTierText(tier), int(tier));
    m_sla = new QComboBox(service);
    m_sla->setObjectName(u"customer.sla"_s);
    //: The customer's SLA policy follows their tier, as the team set it in Settings > Team
    m_sla->addItem(tr("As the tier says"), qint64(0));
    for (const SlaPolicy &policy : m_form->slaPolicies())
        m_sla->addItem(policy.name, policy.id);
    m_owner = new QComboBox(service);
    m_owner->setObjectName(u"customer.successOwner"_s);
    m_owner->addItem(tr("Nobody"), qint64(0));
    for (const Agent &agent : m_form->agents())
        m_owner->addItem(agent.displayName, agent.id.value());
    serviceForm->addRow(tr("&Tier:"), m_tier);
    serviceForm->addRow(tr("&SLA policy:"), m_sla);
    serviceForm->addRow(tr("Success &owner:"), m_owner);
    layout->addWidget(service);

    auto *licence = new QGroupBox(tr("Licence"), page);
    auto *licenceForm = new QFormLayout(licence);
    m_plan = new QLineEdit(licence);
    m_plan->setObjectName(u"customer.plan"_s);
    m_key = new QLineEdit(licence);
    m_key->setObjectName(u"customer.key"_s);
    m_seats = new QSpinBox(licence);
    m_seats->setObjectName(u"customer.seats"_s);
    m_seats->setRange(0, 1'000'000);
    m_seats->setSpecialValueText(tr("Not set"));
    auto *expiryRow = new QWidget(licence);
    auto *expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("Expires on"), expiryRow);
    m_expires->setObjectName(u"customer.expires"_s);
    m_expiry = new QDateEdit(expiryRow);
    m_expiry->setObjectName(u"customer.expiry"_s);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(Dates::dayEditFormat());
    m_expiry->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addStretch();
    licenceForm->addRow(tr("P&lan:"), m_plan);
    licenceForm->addRow(tr("&Key:"), m_key);
    licenceForm->addRow(tr("Seats:"), m_seats);
    licenceForm->addRow(tr("Expiry:"), expiryRow);
    layout->addWidget(licence);

    auto *profile = new QGroupBox(tr("Premium support profile"), page);
    auto *profileForm = new QFormLayout(profile);
    m_preferredChannel = new QLineEdit(profile);
    m_preferredChannel->setObjectName(u"customer.preferredChannel"_s);
    m_escalation = shortText(u"customer.escalation"_s, profile);
    m_escalation->setPlaceholderText(tr("One contact a line"));
    m_agreements = shortText(u"customer.agreements"_s, profile);
    m_exceptions = shortText(u"customer.exceptions"_s, profile);
    m_cadence = new QLineEdit(profile);
    m_cadence->setObjectName(u"customer.cadence"_s);
    m_cadence->setPlaceholderText(tr("For example: every Friday while a bug is open"));
    profileForm->addRow(tr("Preferred channel:"), m_preferredChannel);
    profileForm->addRow(tr("Escalation contacts:"), m_escalation);
    profileForm->addRow(tr("Agreements:"), m_agreements);
    profileForm->addRow(tr("Exceptions:"), m_exceptions);
    //: R41: how often and how the customer hears from us while their request is open
    profileForm->addRow(tr("Keep them informed:"), m_cadence);
    layout->addWidget(profile);
    layout->addStretch();

    m_error = new QLabel(this);
    m_error->setObjectName(u"customer.error"_s);
    markAsError(m_error);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_overwrite = buttons->addButton(tr("Save &Mine Over Theirs"), QDialogButtonBox::ActionRole);
    m_overwrite->setObjectName(u"customer.saveOverTheirs"_s);
    m_overwrite->hide();
    m_loadTheirs = buttons->addButton(tr("&Load Theirs"), QDialogButtonBox::ActionRole);
    m_loadTheirs->setObjectName(u"customer.loadTheirs"_s);
    m_loadTheirs->hide();
    m_save = buttons->addButton(m_form->isNew() ? tr("&Create Customer") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"customer.save"_s);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CustomerEditor::save);
    connect(m_overwrite, &QPushButton::clicked, this, [this] {
        const auto saved = m_form->saveOverTheirs(edited());
        if (!saved) {
            showConflict(saved.error().message);
            return;
        }
        Q_EMIT customerSaved(*saved);
        accept();
    });
    connect(m_loadTheirs, &QPushButton::clicked, this, [this] {
        if (auto reread = m_form->load(m_form->loaded().id); !reread) {
            m_error->setText(reread.error().message);
            return;
        }
        fill(m_form->loaded());
        m_error->hide();
        m_overwrite->hide();
        m_loadTheirs->hide();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(m_emails, &QPlainTextEdit::textChanged, this, &CustomerEditor::checkEmails);
    resize(560, 720);
}

void CustomerEditor::fill(const Customer &c)
{
    m_name->setText(c.displayName);
    m_company->setText(c.company);
    m_account->setText(c.accountRef);
    m_emails->setPlainText(c.emails.join(u'\n'));
    m_phone->setText(c.phone);
    m_messenger->setPlainText(c.messenger);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(int(c.tier))));
    m_sla->setCurrentIndex(std::max(0, m_sla->findData(c.slaPolicy)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(c.successOwner.value())));
    m_plan->setText(c.licencePlan);
    m_key->setText(c.licenceKey);
    m_seats->setValue(c.licenceSeats);
    m_expires->setChecked(c.licenceExpiresAt.has_value());
    m_expiry->setDate(c.licenceExpiresAt ? QDateTime::fromMSecsSinceEpoch(*c.licenceExpiresAt, QTimeZone::UTC).date()
                                         : QDate::currentDate().addYears(1));
    const SupportProfile profile = SupportProfile::fromJson(c.supportProfile);
    m_preferredChannel->setText(profile.preferredChannel);
    m_escalation->setPlainText(profile.escalationContacts.join(u'\n'));
    m_agreements->setPlainText(profile.agreements);
    m_exceptions->setPlainText(profile.exceptions);
    m_cadence->setText(profile.updateCadence);
}

Customer CustomerEditor::edited() const
{
    Customer c = m_form->loaded();
    c.displayName = m_name->text().trimmed();
    c.company = m_company->text().trimmed();
    c.accountRef = m_account->text().trimmed();
    c.emails = lines(m_emails);
    c.primaryEmail = c.emails.value(0);
    c.phone = m_phone->text().trimmed();
    c.messenger = lines(m_messenger).join(u'\n');
    c.tier = CustomerTier(m_tier->currentData().toInt());
    c.slaPolicy = m_sla->currentData().toLongLong();
    c.successOwner = AgentId(m_owner->currentData().toLongLong());
    c.licencePlan = m_plan->text().trimmed();
    c.licenceKey = m_key->text().trimmed();
    c.licenceSeats = m_seats->value();
    c.licenceExpiresAt = m_expires->isChecked()
        ? std::optional<qint64>(QDateTime(m_expiry->date(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch())
        : std::nullopt;
    SupportProfile profile = SupportProfile::fromJson(c.supportProfile);
    profile.preferredChannel = m_preferredChannel->text().trimmed();
    profile.escalationContacts = lines(m_escalation);
    profile.agreements = m_agreements->toPlainText().trimmed();
    profile.exceptions = m_exceptions->toPlainText().trimmed();
    profile.updateCadence = m_cadence->text().trimmed();
    c.supportProfile = profile.isEmpty() ? QString() : profile.toJson();
    return c;
}

void CustomerEditor::checkEmails()
{
    const QString problem = m_form->emailProblem(lines(m_emails));
    m_emailProblem->setText(problem);
    m_emailProblem->setVisible(!problem.isEmpty());
}

void CustomerEditor::save()
{
    const auto saved = m_form->save(edited());
    if (!saved) {
        if (saved.error().kind == Error::Kind::Conflict) {
            showConflict(saved.error().message);
            return;
        }
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    Q_EMIT customerSaved(*saved);
    accept();
}

void CustomerEditor::showConflict(const QString &message)
{
    // What was typed stays in the fields; the person chooses whose version wins.
    m_error->setText(message);
    m_error->show();
    m_overwrite->show();
    m_loadTheirs->show();
}

} // namespace Casebook
