// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailwatcher.h"

#include "mailencryption.h"

#include <KIMAP/CapabilitiesJob>
#include <KIMAP/IdleJob>
#include <KIMAP/LoginJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
Q_LOGGING_CATEGORY(lcWatch, "casebook.mail.watch")
// RFC 2177: a server may end an IDLE after 30 minutes; renewing earlier keeps it alive.
constexpr int renewSeconds = 25 * 60;
// KIMAP's own timeout does not run before the greeting (see MailFetcher).
constexpr int connectSeconds = 60;
} // namespace

MailWatcher::MailWatcher(QObject *parent)
    : QObject(parent)
    , m_renew(new QTimer(this))
{
    m_renew->setInterval(renewSeconds * 1000);
    m_renew->setSingleShot(true);
    connect(m_renew, &QTimer::timeout, this, [this] {
        if (auto *job = qobject_cast<KIMAP::IdleJob *>(m_idle.data()))
            job->stop(); // its result issues the next IDLE
    });
}

// The session is a child: it goes with the watcher, without a signal to a service that may
// be going too.
MailWatcher::~MailWatcher() = default;

void MailWatcher::watch(const MailAccount &account, const MailServer &server)
{
    if (m_state == State::Connecting || m_state == State::Idling)
        return;
    m_account = account.id;
    m_folder = account.imapFolder;
    auto *session = new KIMAP::Session(server.host, quint16(server.port), this);
    session->setTimeout(connectSeconds);
    m_session = session;
    setState(State::Connecting);
    QTimer::singleShot(connectSeconds * 1000, session, [this, session] {
        if (m_session == session && m_state == State::Connecting)
            drop(tr("The IMAP server did not answer."));
    });
    connect(session, &KIMAP::Session::connectionLost, this, [this, session] {
        if (m_session == session)
            drop(tr("The connection to the IMAP server was lost."));
    });

    auto *login = newImapLogin(session, server.user, server.password, server.security);
    connect(login, &KJob::result, this, [this, session](KJob *job) {
        if (m_session != session)
            return;
        if (job->error())
            return drop(job->errorString());
        auto *capabilities = new KIMAP::CapabilitiesJob(session);
        connect(capabilities, &KJob::result, this, [this, session, capabilities](KJob *job) {
            if (m_session != session)
                return;
            if (job->error())
                return drop(job->errorString());
            if (!capabilities->capabilities().contains(u"IDLE"_s, Qt::CaseInsensitive)) {
                closeSession();
                return setState(State::Unsupported);
            }
            auto *select = new KIMAP::SelectJob(session);
            select->setMailBox(m_folder);
            select->setOpenReadOnly(true);
            connect(select, &KJob::result, this, [this, session, select](KJob *job) {
                if (m_session != session)
                    return;
                if (job->error())
                    return drop(job->errorString());
                m_count = select->messageCount();
                setState(State::Idling);
                idle();
            });
            select->start();
        });
        capabilities->start();
    });
    login->start();
}

void MailWatcher::idle()
{
    auto *session = qobject_cast<KIMAP::Session *>(m_session.data());
    if (!session)
        return;
    auto *job = new KIMAP::IdleJob(session);
    m_idle = job;
    connect(job, &KIMAP::IdleJob::mailBoxStats, this, [this](KIMAP::IdleJob *, const QString &, int count, int) {
        const bool grew = count > m_count;
        m_count = count; // an expunge lowers it; the next arrival is counted from there
        if (grew)
            Q_EMIT this->grew(m_account);
    });
    connect(job, &KJob::result, this, [this, session](KJob *job) {
        if (m_session != session || m_state != State::Idling)
            return;
        if (job->error())
            return drop(job->errorString());
        idle(); // renewed, or the server ended it: idle again
    });
    job->start();
    m_renew->start();
}

void MailWatcher::stop()
{
    closeSession();
    if (m_state != State::Off)
        setState(State::Off);
}

void MailWatcher::drop(const QString &error)
{
    qCInfo(lcWatch) << "watching account" << m_account.value() << "ended:" << error;
    closeSession();
    setState(State::Lost, error);
}

void MailWatcher::closeSession()
{
    m_renew->stop();
    if (auto *session = qobject_cast<KIMAP::Session *>(m_session.data())) {
        m_session = nullptr;
        session->close();
        session->deleteLater();
    }
}

void MailWatcher::setState(State state, const QString &error)
{
    m_state = state;
    Q_EMIT stateChanged(m_account, state, error);
}

} // namespace Casebook
