// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/keychainkeystore.h"

#include <QPointer>
#include <QTimer>

#include <map>

namespace Casebook::Test {

/**
 * A keychain in memory that answers like QtKeychain: later, on the event loop, in order.
 * `available = false` answers everything Unavailable (no Secret Service); `holding` keeps the
 * answers back until release() (a keychain showing its own unlock prompt).
 */
class FakeKeychain final : public KeychainBackend
{
public:
    FakeKeychain() = default;
    ~FakeKeychain() override = default;
    Q_DISABLE_COPY_MOVE(FakeKeychain)

    void read(const QString &account, QObject *context, Callback done) override
    {
        ++reads;
        answer(context, std::move(done), [this, account] {
            Reply reply;
            const auto found = keys.find(account);
            reply.outcome = found == keys.end() ? Outcome::NotFound : Outcome::Done;
            if (found != keys.end())
                reply.data = Secret::fromBytes(found->second);
            return reply;
        });
    }
    void write(const QString &account, const Secret &data, QObject *context, Callback done) override
    {
        ++writes;
        answer(context, std::move(done), [this, account, bytes = data.view().toByteArray()] {
            keys[account] = bytes;
            return Reply{Outcome::Done, {}, {}};
        });
    }
    void remove(const QString &account, QObject *context, Callback done) override
    {
        answer(context, std::move(done),
               [this, account] { return Reply{keys.erase(account) ? Outcome::Done : Outcome::NotFound, {}, {}}; });
    }

    /// A backend for a KeychainKeyStore or VaultSession that forwards here, so the test keeps
    /// the fake (and can look into it) while the store owns what it was handed.
    std::unique_ptr<KeychainBackend> borrow();

    /// Sends the answers held back so far.
    void release()
    {
        auto held = std::move(m_held);
        for (auto &send : held)
            send();
    }

    std::map<QString, QByteArray> keys;
    bool available = true;
    bool holding = false;
    int reads = 0;
    int writes = 0;

private:
    template<typename Make>
    void answer(QObject *context, Callback done, Make make)
    {
        QPointer<QObject> guard(context);
        auto send = [this, guard, done = std::move(done), make = std::move(make)] {
            if (!guard)
                return;
            if (!available) {
                done(Reply{Outcome::Unavailable,
                           {},
                           QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")});
                return;
            }
            done(make());
        };
        if (holding)
            m_held.push_back(std::move(send));
        else
            QTimer::singleShot(0, context, std::move(send));
    }

    std::vector<std::function<void()>> m_held;
};

class BorrowedKeychain final : public KeychainBackend
{
public:
    explicit BorrowedKeychain(KeychainBackend &real)
        : m_real(real)
    {
    }
    ~BorrowedKeychain() override = default;
    Q_DISABLE_COPY_MOVE(BorrowedKeychain)
    void read(const QString &a, QObject *c, Callback d) override { m_real.read(a, c, std::move(d)); }
    void write(const QString &a, const Secret &s, QObject *c, Callback d) override
    {
        m_real.write(a, s, c, std::move(d));
    }
    void remove(const QString &a, QObject *c, Callback d) override { m_real.remove(a, c, std::move(d)); }

private:
    KeychainBackend &m_real;
};

inline std::unique_ptr<KeychainBackend> FakeKeychain::borrow()
{
    return std::make_unique<BorrowedKeychain>(*this);
}

} // namespace Casebook::Test
