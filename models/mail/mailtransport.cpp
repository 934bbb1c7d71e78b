// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtransport.h"

#include "mailencryption.h"

#include <KIMAP/FetchJob>
#include <KIMAP/LoginJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>
#include <KSMTP/LoginJob>
#include <KSMTP/SendJob>
#include <KSMTP/Session>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

Q_LOGGING_CATEGORY(lcMail, "casebook.mail")

} // namespace

KIMAP::LoginJob::EncryptionMode imapEncryption(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return KIMAP::LoginJob::SSLorTLS;
    case MailSecurity::StartTls:
        return KIMAP::LoginJob::STARTTLS;
    case MailSecurity::None:
        break;
    }
    return KIMAP::LoginJob::Unencrypted;
}

KIMAP::LoginJob *newImapLogin(KIMAP::Session *session, const QString &user, const QString &password,
                              MailSecurity security)
{
    auto *login = new KIMAP::LoginJob(session);
    login->setUserName(user);
    login->setPassword(password);
    login->setEncryptionMode(imapEncryption(security));
    login->setAuthenticationMode(KIMAP::LoginJob::Plain);
    return login;
}

KSmtp::Session::EncryptionMode smtpEncryption(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return KSmtp::Session::TLS;
    case MailSecurity::StartTls:
        return KSmtp::Session::STARTTLS;
    case MailSecurity::None:
        break;
    }
    return KSmtp::Session::Unencrypted;
}

MailFetcher::MailFetcher(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_silence(new QTimer(this))
{
    m_silence->setSingleShot(true);
    connect(m_silence, &QTimer::timeout, this, [this] {
        if (m_session)
            //: %1 says what was under way, e.g. "logging in"
            fail(QCoreApplication::translate("Casebook::MailTransport",
                                             "The IMAP server did not answer for %n second(s) while %1.", nullptr,
                                             m_noAnswerSeconds)
                     .arg(m_stage));
    });
}

MailFetcher::~MailFetcher() = default;

void MailFetcher::fetch(const MailAccount &account, const MailServer &server)
{
    if (m_session)
        return;
    m_account = account;
    auto *session = new KIMAP::Session(server.host, quint16(server.port), this);
    session->setTimeout(m_noAnswerSeconds);
    m_session = session;
    m_silence->start(m_noAnswerSeconds * 1000);
    m_stage = QCoreApplication::translate("Casebook::MailTransport", "logging in");
    connect(session, &KIMAP::Session::connectionLost, this, [this, session] {
        if (m_session == session)
            fail(QCoreApplication::translate("Casebook::MailTransport", "The connection to the IMAP server was lost."));
    });

    auto *login = newImapLogin(session, server.user, server.password, server.security);
    connect(login, &KJob::result, this, [this, session](KJob *job) {
        if (m_session != session)
            return;
        if (job->error())
            return fail(job->errorString());
        m_silence->start();
        m_stage = QCoreApplication::translate("Casebook::MailTransport", "opening the folder");
        auto *select = new KIMAP::SelectJob(session);
        select->setMailBox(m_account.imapFolder);
        select->setOpenReadOnly(true);
        connect(select, &KJob::result, this, [this, session, select](KJob *job) {
            if (m_session != session)
                return;
            if (job->error())
                return fail(job->errorString());
            m_silence->start();
            m_stage = QCoreApplication::translate("Casebook::MailTransport", "fetching new mail");
            const qint64 validity = select->uidValidity();
            const auto known =
                MailAccountStore(m_database, m_clock).fetchedUids(m_account.id, m_account.imapFolder, validity);
            if (!known)
                return fail(known.error().message);
            const qint64 highest = known->isEmpty() ? 0 : known->constLast();
            if (select->messageCount() == 0) {
                Q_EMIT fetched(m_account.id, 0);
                return done();
            }
            auto mails = std::make_shared<QList<std::pair<qint64, QByteArray>>>();
            auto *fetch = new KIMAP::FetchJob(session);
            fetch->setUidBased(true);
            // UIDs only grow, so whatever lies above the highest one taken is new; "n:*"
            // still answers the last mail when there is none above, hence the filter.
            fetch->setSequenceSet(KIMAP::ImapSet(highest + 1, 0));
            KIMAP::FetchJob::FetchScope scope;
            scope.mode = KIMAP::FetchJob::FetchScope::Full;
            fetch->setScope(scope);
            connect(fetch, &KIMAP::FetchJob::messagesAvailable, this,
                    [this, mails, highest](const QMap<qint64, KIMAP::Message> &found) {
                        m_silence->start();
                        for (const KIMAP::Message &message : found) {
                            if (message.uid > highest && message.message)
                                mails->append({message.uid, message.message->encodedContent()});
                        }
                    });
            connect(fetch, &KJob::result, this, [this, session, mails, validity](KJob *job) {
                if (m_session != session)
                    return;
                if (job->error())
                    return fail(job->errorString());
                std::sort(mails->begin(), mails->end(), [](const auto &a, const auto &b) { return a.first < b.first; });
                const auto stored = MailAccountStore(m_database, m_clock)
                                        .storeFetched(m_account.id, m_account.imapFolder, validity, *mails);
                if (!stored)
                    return fail(stored.error().message);
                Q_EMIT fetched(m_account.id, int(mails->size()));
                done();
            });
            fetch->start();
        });
        select->start();
    });
    login->start();
}

void MailFetcher::fail(const QString &error)
{
    qCWarning(lcMail) << "fetch failed:" << error;
    Q_EMIT failed(m_account.id, error);
    done();
}

void MailFetcher::done()
{
    m_silence->stop();
    if (auto *session = qobject_cast<KIMAP::Session *>(m_session.data())) {
        m_session = nullptr;
        session->close();
        session->deleteLater();
    }
    Q_EMIT finished(m_account.id);
}

MailSender::MailSender(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

MailSender::~MailSender() = default;

void MailSender::sendDue(const MailAccount &account, const MailServer &server)
{
    auto claimed = Outbox(m_database, m_clock).claimDue(account.id);
    if (!claimed || claimed->isEmpty()) {
        if (!claimed)
            qCWarning(lcMail) << "outbox unreadable:" << claimed.error().detail;
        Q_EMIT finished();
        return;
    }
    auto queue = std::make_shared<QList<OutgoingMail>>(claimed.value());
    auto *session = new KSmtp::Session(server.host, quint16(server.port), this);
    session->setEncryptionMode(smtpEncryption(server.security));
    session->setSocketTimeout(m_noAnswerSeconds * 1000);
    auto connectionError = std::make_shared<QString>();
    auto started = std::make_shared<bool>(false);
    // KSMTP's socket timeout does not run before the greeting: a server that accepts and never
    // speaks would hold the round forever. Every answer restarts this watch.
    auto *silence = new QTimer(session);

    // Sends the head of the queue, then itself again; quits when the queue is empty.
    auto sendNext = std::make_shared<std::function<void()>>();
    *sendNext = [this, session, silence, queue, next = std::weak_ptr(sendNext)] {
        if (queue->isEmpty()) {
            session->quit();
            return;
        }
        const OutgoingMail mail = queue->takeFirst();
        auto *job = new KSmtp::SendJob(session);
        job->setFrom(QString::fromUtf8(mail.from));
        QStringList to;
        for (const QByteArray &recipient : mail.recipients)
            to.append(QString::fromUtf8(recipient));
        job->setTo(to);
        job->setData(mail.mime);
        connect(job, &KJob::result, silence, qOverload<>(&QTimer::start));
        connect(job, &KJob::result, this, [this, mail, next](KJob *job) {
            Outbox outbox(m_database, m_clock);
            if (job->error()) {
                if (auto marked = outbox.markFailed(mail.id, job->errorString()); !marked)
                    qCWarning(lcMail) << "could not record a failed send:" << marked.error().detail;
                Q_EMIT failed(mail.id, job->errorString());
            } else {
                if (auto marked = outbox.markSent(mail.id); !marked)
                    qCWarning(lcMail) << "sent, but not recorded:" << marked.error().detail;
                Q_EMIT sent(mail.id);
            }
            if (const auto self = next.lock())
                (*self)();
        });
        job->start();
    };

    // Ends the round once: whatever was not handed over waits for the next one, with the reason.
    auto ended = std::make_shared<bool>(false);
    auto endRound = [this, session, queue, connectionError, ended] {
        if (*ended)
            return;
        *ended = true;
        const QString error = connectionError->isEmpty()
            ? QCoreApplication::translate("Casebook::MailTransport", "The SMTP server closed the connection.")
            : *connectionError;
        Outbox outbox(m_database, m_clock);
        for (const OutgoingMail &mail : std::as_const(*queue)) {
            if (auto marked = outbox.markFailed(mail.id, error); !marked)
                qCWarning(lcMail) << "could not record a failed send:" << marked.error().detail;
            Q_EMIT failed(mail.id, error);
        }
        queue->clear();
        session->deleteLater();
        Q_EMIT finished();
    };
    silence->setSingleShot(true);
    connect(silence, &QTimer::timeout, this, [this, connectionError, endRound] {
        *connectionError = QCoreApplication::translate(
            "Casebook::MailTransport", "The SMTP server did not answer for %n second(s).", nullptr, m_noAnswerSeconds);
        qCWarning(lcMail) << "send round ended:" << *connectionError;
        endRound();
    });
    silence->start(m_noAnswerSeconds * 1000);
    connect(session, &KSmtp::Session::stateChanged, silence, qOverload<>(&QTimer::start));
    connect(session, &KSmtp::Session::connectionError, this,
            [connectionError, endRound, started](const QString &error) {
                // The first reason stands: a refused login is followed by the server closing the line.
                if (connectionError->isEmpty())
                    *connectionError = error;
                // Never connected: no state change follows.
                if (!*started)
                    endRound();
            });
    connect(session, &KSmtp::Session::stateChanged, this,
            [this, session, started, sendNext, endRound, connectionError, user = server.user,
             password = server.password](KSmtp::Session::State state) {
                if (state == KSmtp::Session::NotAuthenticated && !*started) {
                    *started = true;
                    if (user.isEmpty())
                        return (*sendNext)();
                    auto *login = new KSmtp::LoginJob(session);
                    login->setUserName(user);
                    login->setPassword(password);
                    connect(login, &KJob::result, this, [session, sendNext, connectionError, user](KJob *job) {
                        if (!job->error())
                            return (*sendNext)();
                        //: %1 is the user name, %2 the server's words
                        *connectionError = QCoreApplication::translate("Casebook::MailTransport",
                                                                       "The SMTP server rejected the login of %1: %2")
                                               .arg(user, job->errorString());
                        session->quit();
                    });
                    login->start();
                } else if (state == KSmtp::Session::Disconnected) {
                    endRound();
                }
            });
    session->open();
}

} // namespace Casebook
