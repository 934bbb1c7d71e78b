// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "mailtransport.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "models/vault/keychainkeystore.h"

#include <algorithm>

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
        Q_EMIT problem(m_names.value(id.value(), QString::number(id.value())), error);
    });
    connect(m_fetcher, &MailFetcher::fetched, this, [this](MailAccountId id, int stored) {
        Q_EMIT fetched(m_names.value(id.value(), QString::number(id.value())), stored);
    });
    connect(m_sender, &MailSender::failed, this, [this](qint64, const QString &error) {
        //: an answer could not be sent; it stays in the outbox and is tried again
        Q_EMIT problem(tr("Outbox"), error);
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
    if (!m_listening) {
        m_listening = true;
        if (ChangeFeed *feed = m_database.changeFeed()) {
            connect(feed, &ChangeFeed::changed, this, [this](const QList<Change> &changes) {
                if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"mail_account"; }))
                    start();
            });
        }
    }
    const auto accounts = MailAccountStore(m_database, m_clock).accounts();
    int seconds = outboxSeconds;
    bool any = false;
    if (accounts) {
        for (const MailAccount &account : *accounts) {
            if (account.enabled && account.pollSeconds > 0) {
                any = true;
                seconds = std::min(seconds, account.pollSeconds);
            }
        }
    }
    // Nothing to fetch: no timer and no thread work until an account is enabled.
    if (!any) {
        m_timer.stop();
        return;
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
        m_names.insert(account.id.value(), account.name);
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
