// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Casebook {

class Secret;

/**
 * Puts a secret on the clipboard on request and takes it off again after a while (30 s),
 * but only while the clipboard still holds that very copy: whatever the person copied since
 * is left alone. The copy carries `x-kde-passwordManagerHint: secret`, which tells clipboard
 * managers (Klipper, GPaste, ...) not to keep it in their history.
 */
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr std::chrono::milliseconds defaultClearAfter{30'000};
    /// The MIME type clipboard managers read to leave a copy out of their history.
    static QString passwordManagerHintType();

    explicit SecretClipboard(QObject *parent = nullptr);
    /// Clears the clipboard at once if it still holds our copy: never later than promised.
    ~SecretClipboard() override;

    void setClearInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds clearInterval() const;

    /// Copies the secret's text and starts the countdown.
    void copy(const Secret &secret);
    /// True while the clipboard holds the copy made here.
    [[nodiscard]] bool holdsOurCopy() const;
    /// Takes our copy off the clipboard now (if it is still there).
    void clearNow();

Q_SIGNALS:
    /// The countdown ran out; `removed` when our copy was still there and is gone now.
    void expired(bool removed);

private:
    QTimer m_timer;
    QByteArray m_token; ///< random marker in our copy's MIME data; never the secret or its hash
};

} // namespace Casebook
