// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Clock;
class Database;

using MailAccountId = Id<struct MailAccountTag>;

/// How a connection to a mail server is protected.
enum class MailSecurity { Tls, StartTls, None };

/// A team mailbox: where its mail is fetched (IMAP) and how answers leave (SMTP). The
/// password is not here: it lives in the OS keychain under keychainAccount().
struct MailAccount
{
    MailAccountId id;
    QString name;
    QString address; ///< the support address replies are sent from
    QString imapHost;
    int imapPort = 993;
    MailSecurity imapSecurity = MailSecurity::Tls;
    QString imapUser;
    QString imapFolder = QStringLiteral("INBOX");
    QString smtpHost;
    int smtpPort = 465;
    MailSecurity smtpSecurity = MailSecurity::Tls;
    QString smtpUser; ///< empty: the server takes mail without AUTH
    int pollSeconds = 300;
    bool enabled = true;
    qint64 version = 0;

    /// The keychain entry holding this account's password.
    [[nodiscard]] QString keychainAccount() const;
};

/**
 * The mail_accounts rows and what each account fetched: UIDVALIDITY and UID of every mail
 * taken from its folder, so a restart or a dropped connection neither repeats nor misses one.
 */
class MailAccountStore final
{
public:
    explicit MailAccountStore(Database &database);
    MailAccountStore(Database &database, const Clock &clock);

    Result<QList<MailAccount>> accounts() const;
    /// Inserts (invalid id) or updates (version-checked); returns the stored account.
    Result<MailAccount> save(const MailAccount &account);

    /// The UIDs already taken from `folder` while it had `uidValidity`.
    Result<QList<qint64>> fetchedUids(MailAccountId account, const QString &folder, qint64 uidValidity) const;
    /// Stores `mails` through MailIntake and records their UIDs, in one transaction.
    Status storeFetched(MailAccountId account, const QString &folder, qint64 uidValidity,
                        const QList<std::pair<qint64, QByteArray>> &mails);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
