// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

class QDebug;

namespace Casebook {

/// Initialises libsodium once per process; false when it cannot run (no randomness source).
[[nodiscard]] bool sodiumReady();

/**
 * Bytes that must not linger: key material and revealed plaintext.
 *
 * The buffer comes from sodium_malloc (guard pages, locked so it is not swapped out) and is
 * wiped when the Secret dies. A Secret can be moved but not copied, so exactly one buffer
 * holds the plaintext; anything the caller copies out (toString()) is the caller's to drop.
 */
class Secret final
{
public:
    Secret() = default;
    /// `size` zero bytes in protected memory; isNull() when that memory cannot be had.
    explicit Secret(qsizetype size);
    ~Secret();

    // Movable on purpose: Result<Secret> hands the one buffer over without copying it.
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Q_DISABLE_COPY(Secret)

    /// Copies `bytes` into protected memory.
    static Secret fromBytes(QByteArrayView bytes);
    /// The text as NFC-normalised UTF-8, so one passphrase typed on two systems matches;
    /// the intermediate copies are wiped.
    static Secret fromText(QStringView text);

    [[nodiscard]] bool isNull() const { return m_data == nullptr; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *constData() const { return m_data; }
    [[nodiscard]] QByteArrayView view() const { return {m_data, m_size}; }

    /// The plaintext as text, for showing or copying on an explicit request only.
    [[nodiscard]] QString toString() const;

    /// Constant-time comparison.
    [[nodiscard]] bool equals(QByteArrayView other) const;

private:
    void release();

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

/// Wipes a QByteArray's bytes in place (for intermediate copies of secret text).
void wipe(QByteArray &bytes);
/// Wipes a QString's characters in place.
void wipe(QString &text);

/// Never prints the bytes, only that there are some.
QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace Casebook
