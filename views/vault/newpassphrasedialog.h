// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Casebook {

class VaultSession;

/**
 * Settings > Vault > Change the Team Passphrase: the current passphrase typed again, the new
 * one twice, and what the change does to the rest of the team. Accepting changes it
 * (VaultSession::changePassphrase); a refusal is shown beside the fields and nothing closes.
 * Typed passphrases are wiped after use.
 */
class NewPassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPassphraseDialog)

public:
    explicit NewPassphraseDialog(VaultSession &vault, QWidget *parent = nullptr);
    ~NewPassphraseDialog() override;

    void accept() override;

private:
    VaultSession &m_vault;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_next = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Casebook
