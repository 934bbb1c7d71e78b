// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpassphrasedialog.h"

#include "models/vault/secret.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QLineEdit *passwordField(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

NewPassphraseDialog::NewPassphraseDialog(VaultSession &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_current(passwordField(u"vault.newPassphrase.current"_s, tr("Current team passphrase"), this))
    , m_next(passwordField(u"vault.newPassphrase.next"_s, tr("New team passphrase"), this))
    , m_confirm(passwordField(u"vault.newPassphrase.confirm"_s, tr("Repeat the new passphrase"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"vault.newPassphrase"_s);
    setWindowTitle(tr("Change the Team Passphrase"));
    auto *intro = new QLabel(tr("Every access is sealed again under the new passphrase, and the old one opens "
                                "nothing from then on: do this when someone who knew it leaves the team. Everyone "
                                "who holds the team key is asked for the new passphrase on their next use; share it "
                                "with them in person. At least %1 characters.")
                                 .arg(VaultStore::minPassphraseLength),
                             this);
    intro->setWordWrap(true);
    m_error->setObjectName(u"vault.newPassphrase.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(palette);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change the Passphrase"));

    auto *fields = new QFormLayout;
    fields->addRow(tr("Current passphrase:"), m_current);
    fields->addRow(tr("New passphrase:"), m_next);
    fields->addRow(tr("Repeat the new one:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPassphraseDialog::reject);
    m_current->setFocus();
}

NewPassphraseDialog::~NewPassphraseDialog() = default;

void NewPassphraseDialog::accept()
{
    QString current = m_current->text();
    QString next = m_next->text();
    QString confirmation = m_confirm->text();
    const bool same = next == confirmation;
    wipe(confirmation);
    Status done = Done{};
    if (!same) {
        done = Error{Error::Kind::Invalid, tr("The two new passphrases differ. Type them again."), {}};
    } else {
        // Argon2id twice (the current passphrase and the new one), about a second each.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        done = m_vault.changePassphrase(current, next);
        QGuiApplication::restoreOverrideCursor();
    }
    wipe(current);
    wipe(next);
    if (done) {
        m_current->clear();
        m_next->clear();
        m_confirm->clear();
        QDialog::accept();
        return;
    }
    m_error->setText(done.error().message);
    m_error->show();
    // A wrong current passphrase is typed again; otherwise the new one.
    QLineEdit *retype = done.error().kind == Error::Kind::Authentication ? m_current : m_next;
    retype->clear();
    m_confirm->clear();
    retype->setFocus();
}

} // namespace Casebook
