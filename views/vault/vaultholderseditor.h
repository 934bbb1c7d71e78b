// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Casebook {

class VaultHoldersModel;
class VaultSession;

/**
 * Who holds the team key, where the vault is managed (Settings > Vault): the holders with
 * who gave it when, and for an admin a person to give it to and a button to take it from the
 * holder selected. Others see the list and a line saying who manages it: on a team server
 * only an admin's grant is accepted (migration 035).
 */
class VaultHoldersEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultHoldersEditor)

public:
    explicit VaultHoldersEditor(VaultSession &vault, QWidget *parent = nullptr);
    ~VaultHoldersEditor() override;

    [[nodiscard]] VaultHoldersModel &model() const { return *m_model; }

private:
    void updateControls();
    void grant();
    void revoke();
    void showError(const QString &text);

    VaultHoldersModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QComboBox *m_person = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_revoke = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Casebook
