// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Casebook {

class VaultSession;

/**
 * Choosing the team passphrase, once per team: the passphrase twice, "Create the vault" and
 * the reason when it is refused. Shown by Settings > Vault and by the dialog that opens when
 * the first access is added; never on a customer card. Typed passphrases are wiped after use.
 */
class VaultSetupForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSetupForm)

public:
    explicit VaultSetupForm(VaultSession &vault, QWidget *parent = nullptr);
    ~VaultSetupForm() override;

    /// Sets the vault up with the typed passphrase; true when it was.
    bool create();
    [[nodiscard]] QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void created();

private:
    VaultSession &m_vault;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Casebook
