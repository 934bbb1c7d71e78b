// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcheck.h"

#include "mailencryption.h"

#include <KIMAP/CapabilitiesJob>
#include <KIMAP/LoginJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>
#include <KIMAP/SessionUiProxy>
#include <KSMTP/LoginJob>
#include <KSMTP/Session>
#include <KSMTP/SessionUiProxy>

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// A certificate the system does not trust is refused, as the mail service refuses it; the
// libraries only ask their proxy, so the proxy is where the check learns why TLS failed.
struct TlsRefusal
{
    bool refused = false;
};

template<typename Proxy>
class RefuseCertificate final : public Proxy
{
public:
    explicit RefuseCertificate(std::shared_ptr<TlsRefusal> refusal)
        : m_refusal(std::move(refusal))
    {
    }
    bool ignoreSslError(const KSslErrorUiData &) override
    {
        m_refusal->refused = true;
        return false;
    }

private:
    std::shared_ptr<TlsRefusal> m_refusal;
};

} // namespace

QString MailCheckResult::summary() const
{
    return imap.text + u"; "_s + smtp.text;
}

MailCheck::MailCheck(QObject *parent)
    : QObject(parent)
{
}

MailCheck::~MailCheck() = default;

void MailCheck::start(const MailAccount &account, const QString &password)
{
    if (m_running)
        return;
    m_running = true;
    m_account = account;
    m_password = password;
    m_result = {};
    // IMAP first, then SMTP whatever IMAP found: the person fixes both from one report.
    reach(Protocol::Imap, account.imapHost, account.imapPort, account.imapSecurity,
          [this](const MailCheckStep &reached) {
              const auto smtp = [this](const MailCheckStep &imap) {
                  m_result.imap = imap;
                  reach(Protocol::Smtp, m_account.smtpHost, m_account.smtpPort, m_account.smtpSecurity,
                        [this](const MailCheckStep &reached) {
                            const auto end = [this](const MailCheckStep &smtp) {
                                m_result.smtp = smtp;
                                m_running = false;
                                m_password.clear();
                                Q_EMIT finished();
                            };
                            if (reached.problem != MailCheckStep::Problem::None)
                                return end(reached);
                            checkSmtp(end);
                        });
              };
              if (reached.problem != MailCheckStep::Problem::None)
                  return smtp(reached);
              checkImap(smtp);
          });
}

void MailCheck::reach(Protocol protocol, const QString &host, int port, MailSecurity security, const StepDone &done)
{
    const QString server = protocol == Protocol::Imap ? u"IMAP"_s : u"SMTP"_s;
    if (host.trimmed().isEmpty()) {
        //: %1 is IMAP or SMTP
        return done({MailCheckStep::Problem::Other, tr("%1: no server is given").arg(server)});
    }
    auto *socket = new QSslSocket(this);
    auto *timer = new QTimer(socket);
    auto ended = std::make_shared<bool>(false);
    auto certificate = std::make_shared<QStringList>();
    auto end = [socket, ended, done](const MailCheckStep &step) {
        if (*ended)
            return;
        *ended = true;
        socket->abort();
        socket->deleteLater();
        done(step);
    };
    connect(socket, &QSslSocket::connected, this, [end, security] {
        if (security != MailSecurity::Tls)
            end({});
    });
    connect(socket, &QSslSocket::encrypted, this, [end] { end({}); });
    connect(socket, &QSslSocket::sslErrors, this, [certificate](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            certificate->append(error.errorString());
    });
    connect(socket, &QSslSocket::errorOccurred, this,
            [end, socket, certificate, server, host, port](QAbstractSocket::SocketError error) {
                switch (error) {
                case QAbstractSocket::HostNotFoundError:
                    //: %1 is IMAP or SMTP, %2 the host name
                    return end({MailCheckStep::Problem::NameLookup,
                                tr("%1: the name %2 was not found (name lookup failed)").arg(server, host)});
                case QAbstractSocket::ConnectionRefusedError:
                    //: %1 is IMAP or SMTP, %2 the host name, %3 the port
                    return end({MailCheckStep::Problem::Refused,
                                tr("%1: %2 refused the connection on port %3").arg(server, host).arg(port)});
                case QAbstractSocket::SocketTimeoutError:
                    return end({MailCheckStep::Problem::NoAnswer,
                                tr("%1: no answer from %2 on port %3").arg(server, host).arg(port)});
                case QAbstractSocket::SslHandshakeFailedError:
                case QAbstractSocket::SslInternalError:
                case QAbstractSocket::SslInvalidUserDataError: {
                    const QString why = certificate->isEmpty() ? socket->errorString() : certificate->join(u' ');
                    //: %1 is IMAP or SMTP, %2 the host name, %3 the TLS library's reason
                    return end({MailCheckStep::Problem::Tls,
                                tr("%1: the TLS handshake with %2 failed: %3").arg(server, host, why)});
                }
                default:
                    //: %1 is IMAP or SMTP, %2 the host name, %3 the system's reason
                    return end({MailCheckStep::Problem::Other,
                                tr("%1: cannot connect to %2: %3").arg(server, host, socket->errorString())});
                }
            });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [end, server, host, port] {
        end({MailCheckStep::Problem::NoAnswer, tr("%1: no answer from %2 on port %3").arg(server, host).arg(port)});
    });
    timer->start(m_timeoutSeconds * 1000);
    if (security == MailSecurity::Tls)
        socket->connectToHostEncrypted(host, quint16(port));
    else
        socket->connectToHost(host, quint16(port));
}

void MailCheck::checkImap(const StepDone &done)
{
    auto *session = new KIMAP::Session(m_account.imapHost, quint16(m_account.imapPort), this);
    auto refusal = std::make_shared<TlsRefusal>();
    session->setUiProxy(KIMAP::SessionUiProxy::Ptr(new RefuseCertificate<KIMAP::SessionUiProxy>(refusal)));
    session->setTimeout(m_timeoutSeconds);
    auto ended = std::make_shared<bool>(false);
    const auto end = [session, done, ended](const MailCheckStep &step) {
        if (*ended)
            return;
        *ended = true;
        session->close();
        session->deleteLater();
        done(step);
    };
    // KIMAP's timeout runs only while a command waits; a login that never goes out (seen
    // under load) would leave the check running for ever. Reaching the server took one
    // timeout already; the login gets two more.
    QTimer::singleShot(m_timeoutSeconds * 2000, session, [end, host = m_account.imapHost] {
        //: %1 is the host name
        end({MailCheckStep::Problem::NoAnswer, tr("IMAP: no answer from %1 while logging in").arg(host)});
    });
    const auto login = [this, session, refusal, end] {
        auto *login = newImapLogin(session, m_account.imapUser, m_password, m_account.imapSecurity);
        connect(login, &KJob::result, this, [this, session, refusal, end](KJob *job) {
            if (job->error()) {
                // A rejected login leaves the connection open; a failed STARTTLS closes it.
                const bool tls = refusal->refused
                    || (m_account.imapSecurity != MailSecurity::None
                        && session->state() == KIMAP::Session::Disconnected);
                if (tls)
                    return end(
                        {MailCheckStep::Problem::Tls,
                         tr("IMAP: the TLS handshake with %1 failed: %2").arg(m_account.imapHost, job->errorString())});
                if (session->state() == KIMAP::Session::Disconnected)
                    return end({MailCheckStep::Problem::Other, tr("IMAP: %1").arg(job->errorString())});
                //: %1 is the user name, %2 the server's words
                return end(
                    {MailCheckStep::Problem::Login,
                     tr("IMAP: the server rejected the login of %1: %2").arg(m_account.imapUser, job->errorString())});
            }
            auto *select = new KIMAP::SelectJob(session);
            select->setMailBox(m_account.imapFolder);
            select->setOpenReadOnly(true);
            connect(select, &KJob::result, this, [this, select, end](KJob *job) {
                if (job->error()) {
                    //: %1 is the folder name, %2 the server's words
                    return end({MailCheckStep::Problem::Folder,
                                tr("IMAP: the folder \"%1\" cannot be opened: %2")
                                    .arg(m_account.imapFolder, job->errorString())});
                }
                m_result.messages = select->messageCount();
                //: %1 is the folder name
                end({MailCheckStep::Problem::None,
                     tr("IMAP ok: %n message(s) in %1", nullptr, select->messageCount()).arg(m_account.imapFolder)});
            });
            select->start();
        });
        login->start();
    };
    // STARTTLS asked of a server that does not offer it would read as a rejected login: ask
    // the server what it offers first, and say so.
    if (m_account.imapSecurity == MailSecurity::StartTls) {
        auto *capabilities = new KIMAP::CapabilitiesJob(session);
        connect(capabilities, &KJob::result, this, [login, end, capabilities](KJob *job) {
            if (!job->error() && !capabilities->capabilities().contains(u"STARTTLS"_s, Qt::CaseInsensitive))
                return end({MailCheckStep::Problem::Tls,
                            tr("IMAP: the server does not offer STARTTLS; choose TLS or no encryption")});
            login();
        });
        capabilities->start();
        return;
    }
    login();
}

void MailCheck::checkSmtp(const StepDone &done)
{
    if (m_account.smtpSecurity != MailSecurity::StartTls)
        return openSmtp(done);
    smtpOffersStartTls([this, done](std::optional<bool> offered) {
        if (offered == false)
            return done({MailCheckStep::Problem::Tls,
                         tr("SMTP: the server does not offer STARTTLS; choose TLS or no encryption")});
        openSmtp(done);
    });
}

void MailCheck::smtpOffersStartTls(const std::function<void(std::optional<bool>)> &then)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    auto said = std::make_shared<QByteArray>();
    auto asked = std::make_shared<bool>(false);
    auto answered = std::make_shared<bool>(false);
    auto answer = [socket, timer, answered, then](std::optional<bool> offered) {
        if (*answered)
            return;
        *answered = true;
        timer->stop();
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        then(offered);
    };
    // A reply's last line has a space after its code ("250 HELP"), the others a dash.
    const auto lastLine = [](const QByteArray &text, const QByteArray &code) {
        const QByteArray last = QByteArray(code).append(' ');
        return text.startsWith(last) || text.contains(QByteArray("\n").append(last));
    };
    connect(socket, &QTcpSocket::readyRead, this, [socket, said, asked, answer, lastLine] {
        *said += socket->readAll();
        if (!*asked && lastLine(*said, "220") && said->endsWith('\n')) {
            *asked = true;
            said->clear();
            socket->write("EHLO casebook.invalid\r\n");
        } else if (*asked && lastLine(*said, "250") && said->endsWith('\n')) {
            answer(said->toUpper().contains("STARTTLS"));
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [answer] { answer(std::nullopt); });
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answer] { answer(std::nullopt); });
    timer->start(m_timeoutSeconds * 1000);
    socket->connectToHost(m_account.smtpHost, quint16(m_account.smtpPort));
}

void MailCheck::openSmtp(const StepDone &done)
{
    auto *session = new KSmtp::Session(m_account.smtpHost, quint16(m_account.smtpPort), this);
    auto refusal = std::make_shared<TlsRefusal>();
    session->setUiProxy(KSmtp::SessionUiProxy::Ptr(new RefuseCertificate<KSmtp::SessionUiProxy>(refusal)));
    session->setEncryptionMode(smtpEncryption(m_account.smtpSecurity));
    session->setSocketTimeout(m_timeoutSeconds * 1000);
    // The verdict is reached at most once; the session ends afterwards in its own time.
    auto verdict = std::make_shared<std::optional<MailCheckStep>>();
    auto lastError = std::make_shared<QString>();
    const auto decide = [session, verdict, done](const MailCheckStep &step) {
        if (verdict->has_value())
            return;
        *verdict = step;
        if (session->state() != KSmtp::Session::Disconnected)
            session->quit();
        done(step);
    };
    connect(session, &KSmtp::Session::connectionError, this, [lastError](const QString &error) { *lastError = error; });
    auto loggingIn = std::make_shared<bool>(false);
    connect(session, &KSmtp::Session::stateChanged, this,
            [this, session, refusal, lastError, decide, verdict, loggingIn](KSmtp::Session::State state) {
                if (state == KSmtp::Session::NotAuthenticated && !verdict->has_value()) {
                    if (m_account.smtpUser.isEmpty())
                        return decide({MailCheckStep::Problem::None, tr("SMTP ok")});
                    *loggingIn = true;
                    auto *login = new KSmtp::LoginJob(session);
                    login->setUserName(m_account.smtpUser);
                    login->setPassword(m_password);
                    connect(login, &KJob::result, this, [this, decide](KJob *job) {
                        if (!job->error())
                            return decide({MailCheckStep::Problem::None, tr("SMTP ok")});
                        decide({MailCheckStep::Problem::Login,
                                tr("SMTP: the server rejected the login of %1: %2")
                                    .arg(m_account.smtpUser, job->errorString())});
                    });
                    login->start();
                } else if (state == KSmtp::Session::Disconnected) {
                    const QString why = lastError->isEmpty() ? tr("the server closed the connection") : *lastError;
                    if (verdict->has_value()) {
                        // decided already
                    } else if (*loggingIn) {
                        // KSMTP ends the session when AUTH is refused, before the job's result.
                        decide(
                            {MailCheckStep::Problem::Login,
                             lastError->isEmpty()
                                 ? tr("SMTP: the server rejected the login of %1").arg(m_account.smtpUser)
                                 : tr("SMTP: the server rejected the login of %1: %2").arg(m_account.smtpUser, why)});
                    } else if (refusal->refused || m_account.smtpSecurity != MailSecurity::None) {
                        decide({MailCheckStep::Problem::Tls,
                                tr("SMTP: the TLS handshake with %1 failed: %2").arg(m_account.smtpHost, why)});
                    } else {
                        decide({MailCheckStep::Problem::Other, tr("SMTP: %1").arg(why)});
                    }
                    session->deleteLater();
                }
            });
    session->open();
}

} // namespace Casebook
