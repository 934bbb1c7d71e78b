// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "mailtransport.h"
#include "models/vault/keychainkeystore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
Q_LOGGING_CATEGORY(lcMailService, "casebook.mail")
constexpr int outboxSeconds = 60;
} // namespace

MailService::MailService(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_keychain(std::move(keychain))
{
    m_thread.setObjectName(u"casebook-mail"_s);
    m_fetcher = new MailFetcher(database, clock);
    m_sender = new MailSender(database, clock);
    m_fetcher->moveToThread(&m_thread);
    m_sender->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_sender, &QObject::deleteLater);
    connect(m_fetcher, &MailFetcher::failed, this, [this](MailAccountId id, const QString &error) {
        Q_EMIT problem(QString::number(id.value()), error);
    });
    connect(&m_timer, &QTimer::timeout, this, &MailService::checkNow);
    m_thread.start();
}

MailService::~MailService()
{
    m_thread.quit();
    m_thread.wait();
}

void MailService::start()
{
    const auto accounts = MailAccountStore(m_database, m_clock).accounts();
    int seconds = outboxSeconds;
    if (accounts) {
        for (const MailAccount &account : *accounts) {
            if (account.enabled && account.pollSeconds > 0)
                seconds = std::min(seconds, account.pollSeconds);
        }
    }
    m_timer.start(seconds * 1000);
    checkNow();
}

void MailService::checkNow()
{
    const auto accounts = MailAccountStore(m_database, m_clock).accounts();
    if (!accounts) {
        qCWarning(lcMailService) << "mail accounts unreadable:" << accounts.error().detail;
        return;
    }
    for (const MailAccount &account : *accounts) {
        if (!account.enabled)
            continue;
        m_keychain->read(account.keychainAccount(), this, [this, account](KeychainBackend::Reply reply) {
            if (reply.outcome != KeychainBackend::Outcome::Done) {
                Q_EMIT problem(account.name, tr("The password of this account is not in the keychain."));
                return;
            }
            roundFor(account, QString::fromUtf8(reply.data.view()));
        });
    }
}

void MailService::roundFor(const MailAccount &account, const QString &password)
{
    const MailServer imap{account.imapHost, account.imapPort, account.imapSecurity, account.imapUser, password};
    const MailServer smtp{account.smtpHost, account.smtpPort, account.smtpSecurity, account.smtpUser, password};
    MailFetcher *fetcher = m_fetcher;
    MailSender *sender = m_sender;
    QMetaObject::invokeMethod(fetcher, [fetcher, account, imap] {
        if (!fetcher->isBusy())
            fetcher->fetch(account, imap);
    });
    QMetaObject::invokeMethod(sender, [sender, account, smtp] { sender->sendDue(account, smtp); });
}

} // namespace Casebook
