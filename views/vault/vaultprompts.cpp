// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultprompts.h"

#include "vaultentrydialog.h"
#include "vaultsetupform.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Casebook {

namespace {

class DialogVaultPrompts final : public VaultPrompts
{
public:
    DialogVaultPrompts() = default;
    ~DialogVaultPrompts() override = default;
    Q_DISABLE_COPY_MOVE(DialogVaultPrompts)

    std::optional<VaultEntryDraft> editEntry(QWidget *parent, const VaultEntry &entry, bool isNew) override
    {
        VaultEntryDialog dialog(entry, isNew, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.draft();
    }

    std::optional<QString> sshPublicKey(QWidget *parent, const QString &current) override
    {
        SshKeyDialog dialog(current, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.key();
    }

    bool setUpVault(QWidget *parent, VaultSession &vault) override
    {
        QDialog dialog(parent);
        dialog.setWindowTitle(QCoreApplication::translate("Casebook::VaultSetupForm", "Set Up the Team Vault"));
        auto *form = new VaultSetupForm(vault, &dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(form);
        layout->addWidget(buttons);
        QObject::connect(form, &VaultSetupForm::created, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        return dialog.exec() == QDialog::Accepted;
    }
};

VaultPrompts *s_installed = nullptr;

} // namespace

VaultPrompts::~VaultPrompts() = default;

VaultPrompts &VaultPrompts::instance()
{
    static DialogVaultPrompts real;
    return s_installed ? *s_installed : real;
}

void VaultPrompts::setInstance(VaultPrompts *prompts)
{
    s_installed = prompts;
}

} // namespace Casebook
