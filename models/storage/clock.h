// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Casebook {

/// All time comes from here, so tests can use a fake clock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    /// UTC epoch milliseconds.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::UTC); }

    /// The process-wide system clock.
    static const Clock &system();
};

/// A clock that moves only when told to.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 nowMs)
        : m_now(nowMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    void setNowMs(qint64 nowMs) { m_now = nowMs; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 0;
};

} // namespace Casebook
