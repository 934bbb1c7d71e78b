// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailaccount.h"

#include "mailintake.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/enumnames.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

inline constexpr EnumNames<MailSecurity, 3> securityNames{{{
    {MailSecurity::Tls, "tls"},
    {MailSecurity::StartTls, "starttls"},
    {MailSecurity::None, "none"},
}}};

const QString accountColumns = u"id, name, address, imap_host, imap_port, imap_security, imap_user, imap_folder, "
                               "smtp_host, smtp_port, smtp_security, smtp_user, poll_seconds, enabled, version"_s;

MailAccount readAccount(const QSqlQuery &q)
{
    MailAccount a;
    a.id = MailAccountId(q.value(0).toLongLong());
    a.name = q.value(1).toString();
    a.address = q.value(2).toString();
    a.imapHost = q.value(3).toString();
    a.imapPort = q.value(4).toInt();
    a.imapSecurity = securityNames.parse(q.value(5).toString()).value_or(MailSecurity::Tls);
    a.imapUser = q.value(6).toString();
    a.imapFolder = q.value(7).toString();
    a.smtpHost = q.value(8).toString();
    a.smtpPort = q.value(9).toInt();
    a.smtpSecurity = securityNames.parse(q.value(10).toString()).value_or(MailSecurity::Tls);
    a.smtpUser = q.value(11).toString();
    a.pollSeconds = q.value(12).toInt();
    a.enabled = q.value(13).toBool();
    a.version = q.value(14).toLongLong();
    return a;
}

} // namespace

QString MailAccount::keychainAccount() const
{
    return u"mail-account-%1"_s.arg(id.value());
}

MailAccountStore::MailAccountStore(Database &database)
    : MailAccountStore(database, Clock::system())
{
}

MailAccountStore::MailAccountStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<MailAccount>> MailAccountStore::accounts() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + accountColumns + u" FROM mail_accounts ORDER BY id"_s))
        return m_database.errorFrom(q.lastError());
    QList<MailAccount> result;
    while (q.next())
        result.append(readAccount(q));
    return result;
}

Result<MailAccount> MailAccountStore::save(const MailAccount &account)
{
    if (account.address.trimmed().isEmpty() || account.imapHost.trimmed().isEmpty()
        || account.smtpHost.trimmed().isEmpty())
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::MailAccountStore",
                                                 "A mail account needs an address, an IMAP server and an SMTP server."),
                     {}};
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QVariantList fields{account.name.trimmed().isEmpty() ? account.address.trimmed() : account.name.trimmed(),
                              account.address.trimmed(),
                              account.imapHost.trimmed(),
                              account.imapPort,
                              securityNames.name(account.imapSecurity),
                              account.imapUser,
                              account.imapFolder.isEmpty() ? u"INBOX"_s : account.imapFolder,
                              account.smtpHost.trimmed(),
                              account.smtpPort,
                              securityNames.name(account.smtpSecurity),
                              Sql::text(account.smtpUser),
                              account.pollSeconds,
                              account.enabled};
    MailAccount saved = account;
    if (!account.id.isValid()) {
        const auto id =
            tx.insert(u"INSERT INTO mail_accounts (name, address, imap_host, imap_port, imap_security, imap_user, "
                      "imap_folder, smtp_host, smtp_port, smtp_security, smtp_user, poll_seconds, enabled, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      fields + QVariantList{now, now});
        if (!id)
            return id.error();
        saved.id = MailAccountId(*id);
        saved.version = 1;
        if (auto recorded = tx.record(u"mail_account"_s, *id, Change::Op::Insert); !recorded)
            return recorded.error();
    } else {
        auto updated = tx.exec(u"UPDATE mail_accounts SET name = ?, address = ?, imap_host = ?, imap_port = ?, "
                               "imap_security = ?, imap_user = ?, imap_folder = ?, smtp_host = ?, smtp_port = ?, "
                               "smtp_security = ?, smtp_user = ?, poll_seconds = ?, enabled = ?, updated_at = ?, "
                               "version = version + 1 WHERE id = ? AND version = ?"_s,
                               fields + QVariantList{now, account.id.value(), account.version});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return Error{Error::Kind::Conflict,
                         QCoreApplication::translate("Casebook::MailAccountStore",
                                                     "Someone else changed this mail account first."),
                         {}};
        saved.version = account.version + 1;
        if (auto recorded = tx.record(u"mail_account"_s, account.id.value(), Change::Op::Update); !recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

Result<QList<qint64>> MailAccountStore::fetchedUids(MailAccountId account, const QString &folder,
                                                    qint64 uidValidity) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT uid FROM mail_fetched WHERE account_id = ? AND folder = ? AND uid_validity = ? ORDER BY uid"_s);
    q.addBindValue(account.value());
    q.addBindValue(folder);
    q.addBindValue(uidValidity);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<qint64> uids;
    while (q.next())
        uids.append(q.value(0).toLongLong());
    return uids;
}

Status MailAccountStore::storeFetched(MailAccountId account, const QString &folder, qint64 uidValidity,
                                      const QList<std::pair<qint64, QByteArray>> &mails)
{
    if (mails.isEmpty())
        return Done{};
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QList<QByteArray> raws;
    raws.reserve(mails.size());
    const qint64 now = m_clock.nowMs();
    for (const auto &[uid, raw] : mails) {
        // Recorded with the mail in one transaction: either both are kept or the next fetch tries again.
        auto recorded = tx.exec(u"INSERT INTO mail_fetched (account_id, folder, uid_validity, uid, fetched_at) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                                {account.value(), folder, uidValidity, uid, now});
        if (!recorded)
            return recorded.error();
        if (recorded.value().numRowsAffected() == 1)
            raws.append(raw);
    }
    MailIntake intake(m_database, m_clock);
    intake.setAccount(account);
    if (const auto stored = intake.store(tx, raws); !stored)
        return stored.error();
    return tx.commit();
}

} // namespace Casebook
