// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultsetupform.h"

#include "models/vault/secret.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"

#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

VaultSetupForm::VaultSetupForm(VaultSession &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_create(new QPushButton(tr("Create the vault"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"vault.setup"_s);
    auto *intro = new QLabel(tr("The vault keeps customers' accesses encrypted for the whole team. Choose the team "
                                "passphrase: at least %1 characters, shared with teammates in person. Nobody can "
                                "recover it.")
                                 .arg(VaultStore::minPassphraseLength),
                             this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(u"vault.setup.passphrase"_s);
    m_passphrase->setAccessibleName(tr("Team passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Team passphrase"));
    m_confirm->setObjectName(u"vault.setup.confirm"_s);
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setPlaceholderText(tr("The same passphrase again"));
    m_create->setObjectName(u"vault.setup.create"_s);
    m_error->setObjectName(u"vault.setup.error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(palette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_confirm);
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    connect(m_create, &QPushButton::clicked, this, &VaultSetupForm::create);
    connect(m_confirm, &QLineEdit::returnPressed, this, &VaultSetupForm::create);
}

VaultSetupForm::~VaultSetupForm() = default;

bool VaultSetupForm::create()
{
    QString passphrase = m_passphrase->text();
    QString confirmation = m_confirm->text();
    m_passphrase->clear();
    m_confirm->clear();
    const bool same = passphrase == confirmation;
    wipe(confirmation);
    Status done = Done{};
    if (!same) {
        done = Error{Error::Kind::Invalid, tr("The two passphrases differ. Type them again."), {}};
    } else {
        // Argon2id takes about a second by design; the person sees that something happens.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        done = m_vault.setUp(passphrase);
        QGuiApplication::restoreOverrideCursor();
    }
    wipe(passphrase);
    m_error->setText(done ? QString() : done.error().message);
    m_error->setVisible(!done);
    if (!done) {
        m_passphrase->setFocus();
        return false;
    }
    Q_EMIT created();
    return true;
}

} // namespace Casebook
