// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include "connectiontest.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Casebook {

namespace {

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &localFile, QWidget *parent)
    : QDialog(parent)
    , m_localFile(localFile)
{
    setObjectName(QStringLiteral("firstRun"));
    setWindowTitle(tr("Welcome to Casebook"));

    auto *title = new QLabel(tr("Welcome to Casebook"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstRun.name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("firstRun.email"));
    m_email->setPlaceholderText(QStringLiteral("you@example.com"));
    auto *person = new QFormLayout;
    person->addRow(tr("Your &name:"), m_name);
    person->addRow(tr("Your &e-mail:"), m_email);

    m_local = new QRadioButton(tr("&Try it on this computer"), this);
    m_local->setObjectName(QStringLiteral("firstRun.local"));
    m_server = new QRadioButton(tr("&Connect to the team's server"), this);
    m_server->setObjectName(QStringLiteral("firstRun.server"));
    //: %1 is the path of the database file
    auto *localHint = hint(tr("Everything stays in one file on this computer (%1). You are its admin. A team can "
                              "move to a server later.")
                               .arg(QDir::toNativeSeparators(localFile)),
                           this);
    localHint->setContentsMargins(24, 0, 0, 0);

    m_serverBox = new QGroupBox(this);
    m_serverBox->setFlat(true);
    m_fields = ServerFields::create(QStringLiteral("firstRun."), m_serverBox);
    m_remember = new QCheckBox(tr("Remember the password in the system &keychain"), m_serverBox);
    m_remember->setObjectName(QStringLiteral("firstRun.rememberPassword"));
    m_remember->setChecked(true);
    m_test = new ConnectionTest([this] { return databaseUrl(); }, QStringLiteral("firstRun"), m_serverBox);
    auto *server = new QFormLayout(m_serverBox);
    server->setContentsMargins(24, 0, 0, 0);
    server->addRow(tr("&Host:"), m_fields.host);
    server->addRow(tr("P&ort:"), m_fields.port);
    server->addRow(tr("&Database:"), m_fields.databaseName);
    //: the PostgreSQL role the admin gave this person
    server->addRow(tr("&User:"), m_fields.user);
    server->addRow(tr("Pass&word:"), m_fields.password);
    server->addRow(tr("Connection o&ptions:"), m_fields.options);
    server->addRow(QString(), m_remember);
    server->addRow(QString(),
                   hint(tr("Your admin gives you the user and password: each person signs in as "
                           "their own role, and the server decides what it may do."),
                        m_serverBox));
    server->addRow(m_test);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("firstRun.buttons"));
    buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("firstRun.start"));
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint(tr("A desktop helpdesk for the whole team's day. Where should it keep its data?"), this));
    layout->addSpacing(8);
    layout->addLayout(person);
    layout->addSpacing(8);
    layout->addWidget(m_local);
    layout->addWidget(localHint);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstRun.message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_local, &QRadioButton::toggled, this, &FirstRunDialog::updateChoice);
    for (QLineEdit *edit : m_fields.edits())
        connect(edit, &QLineEdit::textEdited, m_test, &ConnectionTest::clear);
    m_local->setChecked(true);
    updateChoice();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::updateChoice()
{
    m_serverBox->setEnabled(m_server->isChecked());
    m_test->clear();
}

Result<DatabaseUrl> FirstRunDialog::databaseUrl() const
{
    if (m_local->isChecked())
        return DatabaseUrl::sqlite(m_localFile);
    const Result<DatabaseUrl> fields = m_fields.url();
    if (!fields)
        return fields.error();
    const DatabaseUrl &url = *fields;
    if (url.host.isEmpty())
        return Error{Error::Kind::Invalid, tr("Enter the server's host name."), {}};
    if (url.user.isEmpty())
        return Error{Error::Kind::Invalid, tr("Enter the user your admin gave you."), {}};
    return url;
}

QString FirstRunDialog::personName() const
{
    return m_name->text().trimmed();
}

QString FirstRunDialog::personEmail() const
{
    return m_email->text().trimmed();
}

bool FirstRunDialog::rememberPassword() const
{
    return m_server->isChecked() && m_remember->isChecked() && !m_fields.password->text().isEmpty();
}

void FirstRunDialog::accept()
{
    if (m_local->isChecked() && personName().isEmpty()) {
        m_name->setFocus();
        m_message->setText(tr("Enter your name: it is how the team and your customers' history will know you."));
        return;
    }
    if (const Result<DatabaseUrl> url = databaseUrl(); !url) {
        m_message->setText(url.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Casebook
