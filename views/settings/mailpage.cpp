// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailpage.h"

#include "views/common/statuspalette.h"
#include "views/customers/detaildelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QComboBox *securityBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(MailPage::tr("TLS"), int(MailSecurity::Tls));
    box->addItem(MailPage::tr("STARTTLS"), int(MailSecurity::StartTls));
    //: no encryption: the password crosses the network readable
    box->addItem(MailPage::tr("None (unencrypted)"), int(MailSecurity::None));
    return box;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

int defaultPort(MailSecurity security, bool imap)
{
    switch (security) {
    case MailSecurity::Tls:
        return imap ? 993 : 465;
    case MailSecurity::StartTls:
        return imap ? 143 : 587;
    case MailSecurity::None:
        break;
    }
    return imap ? 143 : 25;
}

void setErrorColour(QLabel *label, bool isError)
{
    QPalette palette = label->parentWidget()->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, StatusPalette(palette).error());
    label->setPalette(palette);
}

} // namespace

MailPage::MailPage(MailAccountsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"settings.page.mail"_s);
    // Two server boxes side by side need the room; narrower, their labels are cut.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    m_list = new QListView(this);
    m_list->setObjectName(u"mail.list"_s);
    m_list->setAccessibleName(tr("Mail accounts"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailRight, false, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(96);
    m_add = new QPushButton(tr("&Add Account"), this);
    m_add->setObjectName(u"mail.add"_s);

    m_name = lineEdit(u"mail.name"_s, this);
    m_name->setPlaceholderText(tr("Support"));
    m_address = lineEdit(u"mail.address"_s, this);
    m_address->setPlaceholderText(tr("support@example.com"));
    m_password = lineEdit(u"mail.password"_s, this);
    m_password->setEchoMode(QLineEdit::Password);
    m_pollMinutes = new QSpinBox(this);
    m_pollMinutes->setObjectName(u"mail.pollMinutes"_s);
    m_pollMinutes->setRange(1, 24 * 60);
    //: a number of minutes follows the spin box's value
    m_pollMinutes->setSuffix(tr(" min"));
    m_enabled = new QCheckBox(tr("&Fetch and send mail for this account"), this);
    m_enabled->setObjectName(u"mail.enabled"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), withProblem(m_name, Field::Name));
    form->addRow(tr("Support a&ddress:"), withProblem(m_address, Field::Address));
    form->addRow(tr("Pass&word:"), m_password);
    auto *passwordHint = new QLabel(tr("Kept in this computer's keychain, never in the database."), this);
    passwordHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), passwordHint);
    form->addRow(tr("Check &every:"), withProblem(m_pollMinutes, Field::PollInterval));
    form->addRow(QString(), m_enabled);

    m_test = new QPushButton(tr("&Test Account"), this);
    m_test->setObjectName(u"mail.test"_s);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"mail.testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = new QPushButton(tr("&Save Account"), this);
    m_save->setObjectName(u"mail.save"_s);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test, 0, Qt::AlignTop);
    actions->addWidget(m_testResult, 1);
    actions->addWidget(m_save, 0, Qt::AlignTop);

    m_message = new QLabel(this);
    m_message->setObjectName(u"mail.message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Mailboxes whose mail becomes tickets, and where answers leave from:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(listRow);
    layout->addLayout(form);
    layout->addWidget(buildServers());
    layout->addLayout(actions);
    layout->addLayout(buildReplyFormat());
    layout->addWidget(m_message);
    layout->addStretch();

    // The form's labels name the boxes that hold a field and its problem; the field itself
    // takes the label's mnemonic and accessible name.
    for (QLabel *label : findChildren<QLabel *>()) {
        QWidget *box = label->buddy();
        auto *field = box ? box->property("mail.field").value<QWidget *>() : nullptr;
        if (!field)
            continue;
        label->setBuddy(field);
        field->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showAccount(m_model.accountAt(current)); });
    connect(m_add, &QPushButton::clicked, this, &MailPage::startNew);
    connect(m_save, &QPushButton::clicked, this, &MailPage::save);
    connect(m_test, &QPushButton::clicked, this, &MailPage::test);
    connect(&m_model, &MailAccountsModel::tested, this, [this](bool ok, const QString &text) {
        m_test->setEnabled(true);
        setErrorColour(m_testResult, !ok);
        m_testResult->setText(text);
    });
    connect(&m_model, &MailAccountsModel::passwordStored, this, [this](MailAccountId, bool ok, const QString &problem) {
        if (!ok)
            //: %1 is the keychain's own words
            say(tr("The account was saved, but the keychain did not take the password: %1").arg(problem), true);
    });
    // A result shown for other values would mislead.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_testResult, &QLabel::clear);

    if (m_model.rowCount() > 0)
        m_list->setCurrentIndex(m_model.index(0, 0));
    else
        startNew();
    if (!m_model.mayManage())
        say(tr("Only a lead or an admin adds or changes mail accounts."));
    updateButtons();
}

MailPage::~MailPage() = default;

QLayout *MailPage::buildReplyFormat()
{
    m_replyFormat = new QComboBox(this);
    m_replyFormat->setObjectName(u"mail.replyFormat"_s);
    m_replyFormat->addItem(tr("Plain text"), false);
    m_replyFormat->addItem(tr("Plain text and HTML"), true);
    m_replyFormat->setToolTip(tr("With HTML, a reply's paragraphs and links show as formatted text; "
                                 "nothing is loaded from the web. For every account of the team."));
    if (const auto html = m_model.repliesAsHtml(); html)
        m_replyFormat->setCurrentIndex(*html ? 1 : 0);
    m_replyFormat->setEnabled(m_model.mayManage());
    connect(m_replyFormat, &QComboBox::activated, this, [this](int index) {
        if (const Status set = m_model.setRepliesAsHtml(m_replyFormat->itemData(index).toBool()); !set)
            say(set.error().message, true);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Send rep&lies as:"), m_replyFormat);
    return form;
}

QWidget *MailPage::buildServers()
{
    auto *servers = new QWidget(this);
    auto *imap = new QGroupBox(tr("Incoming mail (IMAP)"), servers);
    m_imapHost = lineEdit(u"mail.imap.host"_s, imap);
    m_imapHost->setPlaceholderText(tr("imap.example.com"));
    m_imapPort = lineEdit(u"mail.imap.port"_s, imap);
    m_imapSecurity = securityBox(u"mail.imap.security"_s, imap);
    m_imapUser = lineEdit(u"mail.imap.user"_s, imap);
    m_imapFolder = lineEdit(u"mail.imap.folder"_s, imap);
    auto *imapForm = new QFormLayout(imap);
    imapForm->addRow(tr("Ser&ver:"), withProblem(m_imapHost, Field::ImapHost));
    imapForm->addRow(tr("&Port:"), withProblem(m_imapPort, Field::ImapPort));
    imapForm->addRow(tr("Sec&urity:"), m_imapSecurity);
    imapForm->addRow(tr("&User:"), withProblem(m_imapUser, Field::ImapUser));
    imapForm->addRow(tr("F&older:"), withProblem(m_imapFolder, Field::ImapFolder));

    auto *smtp = new QGroupBox(tr("Outgoing mail (SMTP)"), servers);
    m_smtpHost = lineEdit(u"mail.smtp.host"_s, smtp);
    m_smtpHost->setPlaceholderText(tr("smtp.example.com"));
    m_smtpPort = lineEdit(u"mail.smtp.port"_s, smtp);
    m_smtpSecurity = securityBox(u"mail.smtp.security"_s, smtp);
    m_smtpUser = lineEdit(u"mail.smtp.user"_s, smtp);
    m_smtpUser->setPlaceholderText(tr("None (no login)"));
    m_smtpUser->setToolTip(tr("Leave empty when the server takes mail without a login"));
    auto *smtpForm = new QFormLayout(smtp);
    smtpForm->addRow(tr("Serv&er:"), withProblem(m_smtpHost, Field::SmtpHost));
    smtpForm->addRow(tr("Po&rt:"), withProblem(m_smtpPort, Field::SmtpPort));
    smtpForm->addRow(tr("Securit&y:"), m_smtpSecurity);
    smtpForm->addRow(tr("Use&r:"), m_smtpUser);

    for (QLineEdit *port : {m_imapPort, m_smtpPort})
        port->setMaximumWidth(port->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    connect(m_imapSecurity, &QComboBox::currentIndexChanged, this,
            [this] { securityChanged(m_imapSecurity, m_imapPort, true); });
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this,
            [this] { securityChanged(m_smtpSecurity, m_smtpPort, false); });

    auto *row = new QHBoxLayout(servers);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(imap, 1);
    row->addWidget(smtp, 1);
    return servers;
}

QWidget *MailPage::withProblem(QWidget *field, Field which)
{
    auto *box = new QWidget(field->parentWidget());
    box->setProperty("mail.field", QVariant::fromValue(field));
    field->setParent(box);
    auto *problem = new QLabel(box);
    problem->setObjectName(field->objectName() + u".problem"_s);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->hide();
    setErrorColour(problem, true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    m_problems.insert(int(which), problem);
    return box;
}

void MailPage::securityChanged(QComboBox *security, QLineEdit *port, bool imap)
{
    // Follows the protection only while the port is one of the usual ones: a port typed in stays.
    const QList<int> usual{defaultPort(MailSecurity::Tls, imap), defaultPort(MailSecurity::StartTls, imap),
                           defaultPort(MailSecurity::None, imap)};
    if (port->text().isEmpty() || usual.contains(port->text().toInt()))
        port->setText(QString::number(defaultPort(MailSecurity(security->currentData().toInt()), imap)));
}

void MailPage::showAccount(const MailAccount &account)
{
    m_editing = account;
    m_name->setText(account.name);
    m_address->setText(account.address);
    m_password->clear();
    m_password->setPlaceholderText(account.id.isValid() ? tr("Unchanged") : QString());
    m_pollMinutes->setValue(qMax(1, account.pollSeconds / 60));
    m_enabled->setChecked(account.enabled);
    m_imapHost->setText(account.imapHost);
    m_imapSecurity->setCurrentIndex(qMax(0, m_imapSecurity->findData(int(account.imapSecurity))));
    m_imapPort->setText(QString::number(account.imapPort));
    m_imapUser->setText(account.imapUser);
    m_imapFolder->setText(account.imapFolder);
    m_smtpHost->setText(account.smtpHost);
    m_smtpSecurity->setCurrentIndex(qMax(0, m_smtpSecurity->findData(int(account.smtpSecurity))));
    m_smtpPort->setText(QString::number(account.smtpPort));
    m_smtpUser->setText(account.smtpUser);
    m_testResult->clear();
    for (QLabel *problem : std::as_const(m_problems))
        problem->hide();
    updateButtons();
}

void MailPage::startNew()
{
    m_list->selectionModel()->clearSelection();
    m_list->setCurrentIndex({});
    showAccount(MailAccount{});
    m_name->setFocus();
}

MailAccount MailPage::formAccount() const
{
    MailAccount account = m_editing;
    account.name = m_name->text().trimmed();
    account.address = m_address->text().trimmed();
    account.pollSeconds = m_pollMinutes->value() * 60;
    account.enabled = m_enabled->isChecked();
    account.imapHost = m_imapHost->text().trimmed();
    // A port that is not a number reads as 0, which validation names as out of range.
    account.imapPort = m_imapPort->text().trimmed().toInt();
    account.imapSecurity = MailSecurity(m_imapSecurity->currentData().toInt());
    account.imapUser = m_imapUser->text().trimmed();
    account.imapFolder = m_imapFolder->text().trimmed();
    account.smtpHost = m_smtpHost->text().trimmed();
    account.smtpPort = m_smtpPort->text().trimmed().toInt();
    account.smtpSecurity = MailSecurity(m_smtpSecurity->currentData().toInt());
    account.smtpUser = m_smtpUser->text().trimmed();
    return account;
}

bool MailPage::showProblems(const MailAccount &account)
{
    for (QLabel *problem : std::as_const(m_problems))
        problem->hide();
    const QList<MailAccountsModel::Problem> problems = MailAccountsModel::validate(account);
    for (const MailAccountsModel::Problem &problem : problems) {
        if (QLabel *label = m_problems.value(int(problem.field))) {
            label->setText(problem.message);
            label->show();
        }
    }
    return problems.isEmpty();
}

void MailPage::save()
{
    const MailAccount account = formAccount();
    if (!showProblems(account)) {
        say(tr("The account was not saved: see the marked fields."), true);
        return;
    }
    const Result<MailAccount> saved = m_model.save(account, m_password->text());
    if (!saved) {
        if (saved.error().kind == Error::Kind::Conflict) {
            // Theirs is in the list; what was typed stays here, and a second save puts it over theirs.
            const MailAccount theirs = m_model.accountAt(m_model.indexOf(account.id));
            if (theirs.id.isValid())
                m_editing.version = theirs.version;
            say(tr("Someone else changed this account first. Your changes are still in the form: save again to "
                   "replace theirs, or pick the account in the list to see theirs."),
                true);
            return;
        }
        //: %1 says why
        say(tr("The account was not saved: %1").arg(saved.error().message), true);
        return;
    }
    m_list->setCurrentIndex(m_model.indexOf(saved->id));
    showAccount(saved.value());
    //: %1 is the account's name
    say(tr("%1 was saved.").arg(saved->name));
}

void MailPage::test()
{
    const MailAccount account = formAccount();
    if (!showProblems(account))
        return;
    m_test->setEnabled(false);
    setErrorColour(m_testResult, false);
    m_testResult->setText(tr("Connecting…"));
    m_model.test(account, m_password->text());
}

void MailPage::updateButtons()
{
    const bool lead = m_model.mayManage();
    for (QWidget *field : findChildren<QLineEdit *>())
        field->setEnabled(lead);
    for (QWidget *field : std::initializer_list<QWidget *>{m_pollMinutes, m_enabled, m_imapSecurity, m_smtpSecurity,
                                                           m_save, m_add, m_test})
        field->setEnabled(lead);
}

void MailPage::say(const QString &text, bool isError)
{
    setErrorColour(m_message, isError);
    m_message->setText(text);
}

} // namespace Casebook
