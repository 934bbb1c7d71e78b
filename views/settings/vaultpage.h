// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Casebook {

class VaultHoldersEditor;
class VaultSession;
class VaultSetupForm;

/**
 * Settings > Vault: where the team vault is set up once (the team passphrase, VaultSetupForm),
 * and afterwards what state it is in on this machine, with locking and forgetting the key
 * kept here, who holds the team key (VaultHoldersEditor: admins give and take it), and a new
 * team passphrase (admins). Customer cards only say the vault's state in one line.
 */
class VaultPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultPage)

public:
    explicit VaultPage(VaultSession &vault, QWidget *parent = nullptr);
    ~VaultPage() override;

private:
    void updateState();

    VaultSession &m_vault;
    QLabel *m_state = nullptr;
    VaultSetupForm *m_setup = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_newPassphrase = nullptr;
    VaultHoldersEditor *m_holders = nullptr;
};

} // namespace Casebook
