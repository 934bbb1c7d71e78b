// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace Casebook {

namespace {
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Casebook
