// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/databaseurl.h"
#include "views/settings/serverfields.h"

#include <QDialog>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Casebook {

class ConnectionTest;

/**
 * The first start: try Casebook on this computer (an SQLite file) or connect to the team's
 * server (host, port, database, user, password, with Test Connection saying exactly what
 * failed). The person's name is asked here once: on a database without people they become
 * its first admin.
 */
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    /// `localFile` is where "try it on this computer" keeps its data.
    explicit FirstRunDialog(const QString &localFile, QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    /// The chosen database, with a typed password; an error says what the form lacks.
    [[nodiscard]] Result<DatabaseUrl> databaseUrl() const;
    /// The person's name and e-mail, for the first admin of an empty database.
    [[nodiscard]] QString personName() const;
    [[nodiscard]] QString personEmail() const;
    /// True when the typed password goes to the system keychain.
    [[nodiscard]] bool rememberPassword() const;

    void accept() override;

private:
    void updateChoice();

    QString m_localFile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_server = nullptr;
    QGroupBox *m_serverBox = nullptr;
    ServerFields m_fields;
    QCheckBox *m_remember = nullptr;
    ConnectionTest *m_test = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook
