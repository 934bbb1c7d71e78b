// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailaccountsmodel.h"

#include "mailcheck.h"
#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"
#include "models/vault/keychainkeystore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool sameRow(const MailAccount &a, const MailAccount &b)
{
    return a.version == b.version;
}

bool isHostName(const QString &host)
{
    return !host.trimmed().isEmpty() && !host.trimmed().contains(u' ');
}

bool isPort(int port)
{
    return port >= 1 && port <= 65535;
}

} // namespace

MailAccountsModel::MailAccountsModel(Session &session, KeychainBackend &keychain, QObject *parent)
    : SyncedListModel(parent)
    , m_session(session)
    , m_keychain(keychain)
    , m_check(new MailCheck(this))
{
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &MailAccountsModel::onChanged);
    connect(m_check, &MailCheck::finished, this, [this] {
        const MailCheckResult result = m_check->result();
        Q_EMIT tested(result.ok(), result.summary());
    });
    (void)reload();
}

MailAccountsModel::~MailAccountsModel() = default;

int MailAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant MailAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MailAccount &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return account.name;
    case DetailRole: {
        // The server is in the form beside the list; the line keeps what tells accounts apart
        // and how their mail comes in, which otherwise was cut at the list's width.
        QStringList parts{account.address};
        if (!account.enabled)
            //: shown after a mail account's address when no mail is fetched or sent for it
            parts << tr("disabled");
        else if (m_live.contains(account.id.value()))
            //: the server tells Casebook of new mail as it arrives (IMAP IDLE)
            parts << tr("new mail at once");
        else
            parts << tr("checked every %n min", nullptr, qMax(1, account.pollSeconds / 60));
        return parts.join(u" · "_s);
    }
    case IdRole:
        return account.id.value();
    default:
        return {};
    }
}

void MailAccountsModel::setLive(MailAccountId account, bool live)
{
    if (live == m_live.contains(account.value()))
        return;
    if (live)
        m_live.insert(account.value());
    else
        m_live.remove(account.value());
    if (const QModelIndex row = indexOf(account); row.isValid())
        Q_EMIT dataChanged(row, row, {DetailRole});
}

MailAccount MailAccountsModel::accountAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_accounts.at(index.row());
}

QModelIndex MailAccountsModel::indexOf(MailAccountId id) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return index(int(i), 0);
    }
    return {};
}

bool MailAccountsModel::mayManage() const
{
    return m_session.can(Permission::ManageTeamRules);
}

Result<bool> MailAccountsModel::repliesAsHtml() const
{
    return TeamSettingsStore(m_session.database()).repliesAsHtml();
}

Status MailAccountsModel::setRepliesAsHtml(bool html)
{
    if (!mayManage())
        return Error{Error::Kind::ReadOnly, tr("Only a lead or an admin changes how replies are sent."), {}};
    return TeamSettingsStore(m_session.database()).setRepliesAsHtml(html);
}

QList<MailAccountsModel::Problem> MailAccountsModel::validate(const MailAccount &account)
{
    QList<Problem> problems;
    const QString address = account.address.trimmed();
    if (address.isEmpty())
        problems.append({Field::Address, tr("Enter the address customers write to.")});
    else if (!address.contains(u'@') || address.contains(u' ') || address.startsWith(u'@') || address.endsWith(u'@'))
        //: %1 is what was typed
        problems.append({Field::Address, tr("\"%1\" is not an e-mail address.").arg(address)});
    if (!isHostName(account.imapHost))
        problems.append({Field::ImapHost, tr("Enter the IMAP server's host name, for example imap.example.com.")});
    if (!isPort(account.imapPort))
        problems.append({Field::ImapPort, tr("A port is a number from 1 to 65535.")});
    if (account.imapUser.trimmed().isEmpty())
        problems.append({Field::ImapUser, tr("Enter the user name for the IMAP server.")});
    if (account.imapFolder.trimmed().isEmpty())
        problems.append({Field::ImapFolder, tr("Enter the folder to fetch, usually INBOX.")});
    if (!isHostName(account.smtpHost))
        problems.append({Field::SmtpHost, tr("Enter the SMTP server's host name, for example smtp.example.com.")});
    if (!isPort(account.smtpPort))
        problems.append({Field::SmtpPort, tr("A port is a number from 1 to 65535.")});
    if (account.pollSeconds < 60)
        problems.append({Field::PollInterval, tr("Check for mail at most once a minute.")});
    return problems;
}

Status MailAccountsModel::reload()
{
    const auto accounts = MailAccountStore(m_session.database(), m_session.clock()).accounts();
    if (!accounts)
        return accounts.error();
    syncRows(m_accounts, accounts.value(), [](const MailAccount &a) { return a.id; }, sameRow);
    return Done{};
}

void MailAccountsModel::onChanged(const QList<Change> &changes)
{
    if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"mail_account"; }))
        (void)reload();
}

Result<MailAccount> MailAccountsModel::save(const MailAccount &account, const QString &password)
{
    if (!mayManage())
        return Error{Error::Kind::ReadOnly, tr("Only a lead or an admin adds or changes mail accounts."), {}};
    if (const QList<Problem> problems = validate(account); !problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.constFirst().message, {}};
    auto saved = MailAccountStore(m_session.database(), m_session.clock()).save(account);
    if (!saved)
        return saved;
    (void)reload();
    if (!password.isEmpty()) {
        const MailAccountId id = saved->id;
        m_keychain.write(saved->keychainAccount(), Secret::fromText(password), this,
                         [this, id](KeychainBackend::Reply reply) {
                             const bool ok = reply.outcome == KeychainBackend::Outcome::Done;
                             Q_EMIT passwordStored(id, ok, ok ? QString() : reply.message);
                         });
    }
    return saved;
}

void MailAccountsModel::test(const MailAccount &account, const QString &password)
{
    if (m_check->isRunning())
        return;
    if (!password.isEmpty() || !account.id.isValid()) {
        m_check->start(account, password);
        return;
    }
    m_keychain.read(account.keychainAccount(), this, [this, account](KeychainBackend::Reply reply) {
        if (reply.outcome != KeychainBackend::Outcome::Done) {
            Q_EMIT tested(false,
                          reply.outcome == KeychainBackend::Outcome::NotFound
                              ? tr("No password is stored for this account: type it in.")
                              //: %1 is the keychain's own words
                              : tr("The keychain did not give the password: %1").arg(reply.message));
            return;
        }
        m_check->start(account, reply.data.toString());
    });
}

bool MailAccountsModel::isTesting() const
{
    return m_check->isRunning();
}

} // namespace Casebook
