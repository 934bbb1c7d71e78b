// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailservice.h"

#include "mailtransport.h"
#include "mailwatcher.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/vault/keychainkeystore.h"

#include <algorithm>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
Q_LOGGING_CATEGORY(lcMailService, "casebook.mail")
constexpr qint64 outboxMs = 60'000;
// The clock is looked at this often; each account's own interval decides what is due.
constexpr int tickMs = 5'000;

bool isDue(qint64 lastMs, qint64 intervalMs, qint64 nowMs)
{
    return lastMs < 0 || nowMs - lastMs >= intervalMs || nowMs < lastMs;
}
} // namespace

MailService::MailService(Database &database, const Clock &clock, std::unique_ptr<KeychainBackend> keychain,
                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_keychain(std::move(keychain))
{
    m_thread.setObjectName(u"casebook-mail"_s);
    m_sender = new MailSender(database, clock);
    m_sender->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sender, &QObject::deleteLater);
    connect(m_sender, &MailSender::failed, this, [this](qint64, const QString &error) {
        //: an answer could not be sent; it stays in the outbox and is tried again
        Q_EMIT problem(tr("Outbox"), error);
    });
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &MailService::tick);
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
                if (std::any_of(changes.cbegin(), changes.cend(),
                                [](const Change &c) { return c.entity == u"mail_account"; }))
                    start();
            });
        }
    }
    reloadAccounts();
    const bool any =
        std::any_of(m_accounts.cbegin(), m_accounts.cend(), [](const MailAccount &a) { return a.enabled; });
    // Nothing to fetch: no timer and no thread work until an account is enabled.
    if (!any) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    tick();
}

void MailService::reloadAccounts()
{
    const auto accounts = MailAccountStore(m_database, m_clock).accounts();
    if (!accounts) {
        qCWarning(lcMailService) << "mail accounts unreadable:" << accounts.error().detail;
        return;
    }
    m_accounts = *accounts;
    // A disabled or removed account stops idling; its objects stay for a later enable.
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        const MailAccount *account = accountOf(MailAccountId(it.key()));
        if (!account || !account->enabled) {
            MailWatcher *watcher = it->watcher;
            QMetaObject::invokeMethod(watcher, [watcher] { watcher->stop(); });
            it->lastFetchMs = -1;
        }
    }
}

void MailService::tick()
{
    const qint64 now = m_clock.nowMs();
    for (const MailAccount &account : std::as_const(m_accounts)) {
        if (!account.enabled)
            continue;
        Channel &ch = channel(account);
        const bool fetch = isDue(ch.lastFetchMs, qint64(std::max(60, account.pollSeconds)) * 1000, now);
        const bool send = isDue(ch.lastSendMs, outboxMs, now);
        if (fetch) {
            ch.lastFetchMs = now;
            ch.retried = false;
        }
        if (send)
            ch.lastSendMs = now;
        if (fetch || send)
            roundFor(account, fetch, send);
    }
}

void MailService::checkNow()
{
    reloadAccounts();
    const qint64 now = m_clock.nowMs();
    for (const MailAccount &account : std::as_const(m_accounts)) {
        if (!account.enabled)
            continue;
        Channel &ch = channel(account);
        ch.lastFetchMs = now;
        ch.lastSendMs = now;
        roundFor(account, true, true);
    }
}

MailService::Channel &MailService::channel(const MailAccount &account)
{
    auto it = m_channels.find(account.id.value());
    if (it != m_channels.end())
        return *it;
    Channel ch;
    ch.fetcher = new MailFetcher(m_database, m_clock);
    ch.watcher = new MailWatcher;
    for (QObject *object : {static_cast<QObject *>(ch.fetcher), static_cast<QObject *>(ch.watcher)}) {
        object->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
    }
    ch.fetcher->setNoAnswerSeconds(m_noAnswerSeconds);
    connect(ch.fetcher, &MailFetcher::failed, this, [this](MailAccountId id, const QString &error) {
        Q_EMIT problem(nameOf(id), error);
        // A server that went silent or dropped the line is often fine a moment later: one
        // more try soon, then the account's own interval again.
        Channel &failed = m_channels[id.value()];
        if (failed.retried)
            return;
        failed.retried = true;
        QTimer::singleShot(m_retryMs, this, [this, id] {
            if (const MailAccount *account = accountOf(id); account && account->enabled)
                roundFor(*account, true, false);
        });
    });
    connect(ch.fetcher, &MailFetcher::fetched, this, [this](MailAccountId id, int stored) {
        m_channels[id.value()].retried = false;
        Q_EMIT fetched(nameOf(id), stored);
    });
    // The folder grew: fetch that account now, whatever its interval.
    connect(ch.watcher, &MailWatcher::grew, this, [this](MailAccountId id) {
        const MailAccount *account = accountOf(id);
        if (!account || !account->enabled)
            return;
        m_channels[id.value()].lastFetchMs = m_clock.nowMs();
        roundFor(*account, true, false);
    });
    connect(ch.watcher, &MailWatcher::stateChanged, this,
            [this](MailAccountId id, MailWatcher::State state, const QString &error) {
                auto found = m_channels.find(id.value());
                if (found == m_channels.end())
                    return;
                found->watcherIdle = state == MailWatcher::State::Off || state == MailWatcher::State::Lost;
                const bool live = state == MailWatcher::State::Idling;
                if (live != found->live || live) {
                    found->live = live;
                    Q_EMIT watching(id, live);
                }
                if (state == MailWatcher::State::Lost)
                    qCInfo(lcMailService) << "account" << id.value() << "is polled until the next round:" << error;
            });
    return *m_channels.insert(account.id.value(), ch);
}

void MailService::roundFor(const MailAccount &account, bool fetch, bool send)
{
    m_keychain->read(account.keychainAccount(), this, [this, account, fetch, send](KeychainBackend::Reply reply) {
        if (reply.outcome != KeychainBackend::Outcome::Done) {
            Q_EMIT problem(account.name, tr("The password of this account is not in the keychain."));
            return;
        }
        const QString password = QString::fromUtf8(reply.data.view());
        Channel &ch = channel(account);
        if (fetch) {
            const MailServer imap{account.imapHost, account.imapPort, account.imapSecurity, account.imapUser, password};
            MailFetcher *fetcher = ch.fetcher;
            QMetaObject::invokeMethod(fetcher, [fetcher, account, imap] {
                if (!fetcher->isBusy())
                    fetcher->fetch(account, imap);
            });
            // A watcher that is off or lost is started again with the round's password.
            if (ch.watcherIdle) {
                ch.watcherIdle = false;
                MailWatcher *watcher = ch.watcher;
                QMetaObject::invokeMethod(watcher, [watcher, account, imap] { watcher->watch(account, imap); });
            }
        }
        if (send) {
            const MailServer smtp{account.smtpHost, account.smtpPort, account.smtpSecurity, account.smtpUser, password};
            MailSender *sender = m_sender;
            QMetaObject::invokeMethod(sender, [sender, account, smtp] { sender->sendDue(account, smtp); });
        }
    });
}

QList<MailAccountId> MailService::liveAccounts() const
{
    QList<MailAccountId> live;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        if (it->live)
            live.append(MailAccountId(it.key()));
    }
    return live;
}

QString MailService::nameOf(MailAccountId id) const
{
    const MailAccount *account = accountOf(id);
    return account ? account->name : QString::number(id.value());
}

const MailAccount *MailService::accountOf(MailAccountId id) const
{
    const auto found =
        std::find_if(m_accounts.cbegin(), m_accounts.cend(), [id](const MailAccount &a) { return a.id == id; });
    return found != m_accounts.cend() ? &*found : nullptr;
}

} // namespace Casebook
