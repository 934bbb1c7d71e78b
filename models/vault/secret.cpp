// SPDX-License-Identifier: GPL-3.0-or-later
#include "secret.h"

#include <QDebug>

#include <sodium.h>

#include <utility>

namespace Casebook {

bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent; the static just avoids asking again.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Secret::Secret(qsizetype size)
{
    if (size < 0 || !sodiumReady())
        return;
    // sodium_malloc(0) still hands out a guarded page; keep a real pointer so an empty
    // secret is distinguishable from a failed allocation.
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(size));
    m_size = size;
}

Secret::~Secret()
{
    release();
}

Secret::Secret(Secret &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void Secret::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes the buffer before unmapping it
    m_data = nullptr;
    m_size = 0;
}

Secret Secret::fromBytes(QByteArrayView bytes)
{
    Secret secret(bytes.size());
    if (!secret.isNull() && !bytes.isEmpty())
        memcpy(secret.m_data, bytes.data(), size_t(bytes.size()));
    return secret;
}

Secret Secret::fromText(QStringView text)
{
    QString copy = text.toString();
    QString normalized = copy.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    Secret secret = fromBytes(utf8);
    wipe(utf8);
    wipe(normalized);
    wipe(copy);
    return secret;
}

QString Secret::toString() const
{
    return isNull() ? QString() : QString::fromUtf8(view());
}

bool Secret::equals(QByteArrayView other) const
{
    if (isNull() || other.size() != m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.data(), size_t(m_size)) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size())); // data() detaches: only our copy is wiped
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isNull() ? "null" : "<redacted>") << ')';
    return debug;
}

} // namespace Casebook
