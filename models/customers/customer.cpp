// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"

namespace Casebook {

LicenceState licenceState(const Customer &customer, qint64 nowMs)
{
    if (customer.licencePlan.isEmpty() && customer.licenceKey.isEmpty() && !customer.licenceExpiresAt)
        return LicenceState::None;
    if (!customer.licenceExpiresAt)
        return LicenceState::Valid; // a licence without an end date
    const qint64 left = *customer.licenceExpiresAt - nowMs;
    if (left <= 0)
        return LicenceState::Expired;
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    return left <= licenceExpiringDays * day ? LicenceState::Expiring : LicenceState::Valid;
}

} // namespace Casebook
