// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vaultprompts.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Casebook {

/**
 * Adds or edits one access: kind, label, URL or host, user name, secret and notes. When
 * editing, an empty secret keeps the stored one, so the dialog never needs to show it.
 */
class VaultEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultEntryDialog)

public:
    VaultEntryDialog(const VaultEntry &entry, bool isNew, QWidget *parent = nullptr);
    ~VaultEntryDialog() override;

    /// The form's content; the secret is wiped from the form when the dialog is destroyed.
    [[nodiscard]] VaultEntryDraft draft() const;

private:
    void updateButtons();

    VaultEntry m_entry;
    bool m_isNew = true;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_secret = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// R18: the team's shared SSH public key, one line, shown and replaceable.
class SshKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshKeyDialog)

public:
    explicit SshKeyDialog(const QString &current, QWidget *parent = nullptr);
    ~SshKeyDialog() override;

    [[nodiscard]] QString key() const;

private:
    QPlainTextEdit *m_key = nullptr;
};

} // namespace Casebook
