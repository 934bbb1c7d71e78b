// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailaccount.h"
#include "models/common/listsync.h"

#include <QList>
#include <QSet>

namespace Casebook {

class KeychainBackend;
class MailCheck;
class Session;
struct Change;

/**
 * Settings > Mail: the team's mail accounts and what a lead does to them. Rows follow the
 * ChangeFeed with precise signals; saving is version-checked (MailAccountStore), so an edit
 * from another desktop comes back as a conflict, never as a silent overwrite.
 *
 * Passwords never touch the database: save() hands a typed password to the OS keychain
 * under MailAccount::keychainAccount(), where MailService reads it each round.
 */
class MailAccountsModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailAccountsModel)

public:
    /// A field of the account form, for problems shown beside it.
    enum class Field { Name, Address, ImapHost, ImapPort, ImapUser, ImapFolder, SmtpHost, SmtpPort, PollInterval };
    struct Problem
    {
        Field field;
        QString message;
    };

    /// `keychain` outlives the model.
    MailAccountsModel(Session &session, KeychainBackend &keychain, QObject *parent = nullptr);
    ~MailAccountsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] MailAccount accountAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(MailAccountId id) const;
    /// True when the person at this desktop may add and change accounts (leads and admins).
    [[nodiscard]] bool mayManage() const;

    /// The team's choice for email replies: plain text and HTML (true) or plain text alone.
    [[nodiscard]] Result<bool> repliesAsHtml() const;
    /// Changes it for the whole team (leads and admins).
    Status setRepliesAsHtml(bool html);

    /// What is wrong with `account`, field by field; empty when it can be saved.
    [[nodiscard]] static QList<Problem> validate(const MailAccount &account);

    /// Reads the list again (also done on every change to an account).
    Status reload();
    /// Inserts or updates `account` (version-checked). A non-empty `password` then goes to
    /// the keychain; passwordStored() says how that went.
    Result<MailAccount> save(const MailAccount &account, const QString &password);
    /// "Test account" with `password`, or with the keychain's when it is empty; tested() follows.
    void test(const MailAccount &account, const QString &password);
    [[nodiscard]] bool isTesting() const;
    /// The check test() runs (tests shorten its timeout).
    [[nodiscard]] MailCheck &check() const { return *m_check; }
    /// Whether the service hears of `account`'s new mail at once (IMAP IDLE); shown in its line.
    void setLive(Casebook::MailAccountId account, bool live);

Q_SIGNALS:
    void passwordStored(Casebook::MailAccountId account, bool ok, const QString &problem);
    void tested(bool ok, const QString &text);

private:
    void onChanged(const QList<Change> &changes);

    Session &m_session;
    KeychainBackend &m_keychain;
    MailCheck *m_check = nullptr;
    QList<MailAccount> m_accounts;
    QSet<qint64> m_live; ///< account ids whose server idles
};

} // namespace Casebook
