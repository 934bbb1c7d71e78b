// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that includes QtKeychain: the rest of the vault sees KeychainBackend.
#include "keychainkeystore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Casebook {

namespace {

KeychainBackend::Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainBackend::Outcome::Done;
    case QKeychain::EntryNotFound:
        return KeychainBackend::Outcome::NotFound;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // Whatever the reason (no Secret Service on D-Bus, a locked or refused keychain), the
    // answer is the same: the passphrase is asked and the key kept in memory this session.
    return KeychainBackend::Outcome::Unavailable;
}

class OsKeychain final : public KeychainBackend
{
public:
    explicit OsKeychain(QString service)
        : m_service(std::move(service))
    {
    }
    ~OsKeychain() override = default;
    Q_DISABLE_COPY_MOVE(OsKeychain)

    void read(const QString &account, QObject *context, Callback done) override
    {
        auto *job = prepare(new QKeychain::ReadPasswordJob(m_service), account);
        run(job, context, [job, done = std::move(done)](Reply reply) mutable {
            if (reply.outcome == Outcome::Done) {
                QByteArray data = job->binaryData();
                reply.data = Secret::fromBytes(data);
                wipe(data); // the job's own copy dies with the job
            }
            done(std::move(reply));
        });
    }

    void write(const QString &account, const Secret &data, QObject *context, Callback done) override
    {
        auto *job = prepare(new QKeychain::WritePasswordJob(m_service), account);
        // QtKeychain takes a QByteArray; it lives until the job is deleted after finishing.
        job->setBinaryData(data.view().toByteArray());
        run(job, context, std::move(done));
    }

    void remove(const QString &account, QObject *context, Callback done) override
    {
        run(prepare(new QKeychain::DeletePasswordJob(m_service), account), context, std::move(done));
    }

private:
    template<typename JobType>
    static JobType *prepare(JobType *job, const QString &account)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // DESIGN: never a plain-text fallback
        job->setKey(account);
        return job;
    }

    static void run(QKeychain::Job *job, QObject *context, Callback done)
    {
        QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
            Reply reply;
            reply.outcome = outcomeOf(finished->error());
            if (reply.outcome == Outcome::Unavailable)
                reply.message = finished->errorString();
            done(std::move(reply));
        });
        job->start();
    }

    QString m_service;
};

} // namespace

std::unique_ptr<KeychainBackend> makeOsKeychain(const QString &service)
{
    return std::make_unique<OsKeychain>(service);
}

} // namespace Casebook
