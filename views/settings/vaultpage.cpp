// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultpage.h"

#include "models/vault/vaultholders.h"
#include "models/vault/vaultsession.h"
#include "views/common/prompts.h"
#include "views/vault/newpassphrasedialog.h"
#include "views/vault/vaultholderseditor.h"
#include "views/vault/vaultsetupform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

VaultPage::VaultPage(VaultSession &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_state(new QLabel(this))
    , m_setup(new VaultSetupForm(vault, this))
    , m_lock(new QPushButton(tr("Lock the Vault"), this))
    , m_forget(new QPushButton(tr("Forget the Key on This Machine"), this))
    , m_newPassphrase(new QPushButton(tr("Change the Team Passphrase…"), this))
    , m_holders(new VaultHoldersEditor(vault, this))
{
    setObjectName(u"settings.page.vault"_s);
    m_state->setObjectName(u"settings.vault.state"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_lock->setObjectName(u"settings.vault.lock"_s);
    m_forget->setObjectName(u"settings.vault.forget"_s);
    m_newPassphrase->setObjectName(u"settings.vault.newPassphrase"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lock);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_newPassphrase);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_setup);
    layout->addLayout(buttons);
    layout->addWidget(m_holders);
    layout->addStretch();

    connect(m_lock, &QPushButton::clicked, &m_vault, &VaultSession::lock);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (!Prompts::instance().confirm(this, tr("Forget the vault key"),
                                         tr("Remove the team key from this machine's keychain? The team passphrase "
                                            "will be asked again.")))
            return;
        if (auto done = m_vault.forgetOnThisMachine(); !done)
            m_state->setText(done.error().message);
    });
    connect(m_newPassphrase, &QPushButton::clicked, this, [this] {
        NewPassphraseDialog dialog(m_vault, this);
        if (dialog.exec() == QDialog::Accepted)
            m_state->setText(tr("The team passphrase was changed. Share the new one with the people who hold the "
                                "team key."));
    });
    connect(&m_vault, &VaultSession::stateChanged, this, &VaultPage::updateState);
    m_vault.start();
    updateState();
}

VaultPage::~VaultPage() = default;

void VaultPage::updateState()
{
    using State = VaultSession::State;
    const State state = m_vault.state();
    QString text;
    switch (state) {
    case State::Idle:
    case State::Checking:
        text = tr("Looking for the team key in this machine's keychain…");
        break;
    case State::NotSetUp:
        // The set-up form below says what the vault is; this line only says where things stand.
        text = tr("This team has no vault yet.");
        break;
    case State::NotHolder:
        break; // the session's message says whom to ask
    case State::Locked:
        text = tr("The team vault is set up and locked on this machine. A customer card asks for the passphrase "
                  "when a secret is needed.");
        break;
    case State::Unlocked:
        text = tr("The team vault is set up and open on this machine.");
        break;
    case State::Failed:
        text = m_vault.message();
        break;
    }
    if (state != State::Failed && !m_vault.message().isEmpty())
        text += (text.isEmpty() ? QString() : u"\n"_s) + m_vault.message();
    m_state->setText(text);
    m_setup->setVisible(state == State::NotSetUp);
    m_holders->setVisible(state != State::NotSetUp && state != State::Idle && state != State::Checking);
    m_lock->setVisible(state == State::Unlocked);
    m_forget->setVisible(state == State::Unlocked || state == State::Locked);
    // Admins choose it, as they give the key (the server refuses anyone else); a file with
    // nobody signed in belongs to the one person at the desk.
    const AgentId agent = m_vault.agent();
    const Result<bool> admin = agent.isValid() ? m_vault.holders().isAdmin(agent) : Result<bool>(true);
    m_newPassphrase->setVisible(state == State::Unlocked && admin && *admin);
}

} // namespace Casebook
