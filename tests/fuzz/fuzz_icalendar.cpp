// SPDX-License-Identifier: GPL-3.0-or-later
// The team calendar's import: holidays read from an iCalendar file (folded lines, all-day and
// timed events, ranges, recurrence the reader does not follow).
#include "fuzztarget.h"

#include "models/shifts/icalendar.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Casebook::holidaysFromICalendar(Casebook::Fuzz::bytes(data, size));
    return 0;
}
