// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/mailaccountsmodel.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;

namespace Casebook {

/**
 * Settings > Mail: the team's mailboxes. The list shows every account; the form below edits
 * the selected one (or a new one): name, support address, the IMAP and SMTP servers, how
 * often mail is fetched and whether the account is in use. Problems show beside the field
 * they concern; the password goes to the OS keychain, never into the database. "Test
 * Account" reaches both servers for real and says what works or exactly what failed.
 *
 * A save is version-checked: when another desktop changed the account first, the form keeps
 * what was typed and a second save puts it over theirs. Agents see the accounts only.
 * Below the accounts, the team's choice of how replies are sent (plain text, or plain text
 * and HTML), applied as it is chosen.
 */
class MailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPage)

public:
    explicit MailPage(MailAccountsModel &model, QWidget *parent = nullptr);
    ~MailPage() override;

private:
    using Field = MailAccountsModel::Field;

    QWidget *buildServers();
    /// `field` with the line that says what is wrong with it under it (hidden while nothing is).
    QWidget *withProblem(QWidget *field, Field which);
    void showAccount(const MailAccount &account);
    void startNew();
    [[nodiscard]] MailAccount formAccount() const;
    /// Shows the problems of `account` beside their fields; true when there are none.
    bool showProblems(const MailAccount &account);
    void save();
    void test();
    void updateButtons();
    void say(const QString &text, bool isError = false);
    void securityChanged(QComboBox *security, QLineEdit *port, bool imap);
    QLayout *buildReplyFormat();

    MailAccountsModel &m_model;
    MailAccount m_editing; ///< the account in the form; an invalid id while adding one
    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QSpinBox *m_pollMinutes = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_imapHost = nullptr;
    QLineEdit *m_imapPort = nullptr;
    QComboBox *m_imapSecurity = nullptr;
    QLineEdit *m_imapUser = nullptr;
    QLineEdit *m_imapFolder = nullptr;
    QLineEdit *m_smtpHost = nullptr;
    QLineEdit *m_smtpPort = nullptr;
    QComboBox *m_smtpSecurity = nullptr;
    QComboBox *m_replyFormat = nullptr; ///< the team's, not the account's
    QLineEdit *m_smtpUser = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    QHash<int, QLabel *> m_problems; ///< by int(Field)
};

} // namespace Casebook
