// SPDX-License-Identifier: GPL-3.0-or-later
// The Zendesk import: a JSON document or NDJSON export page read into people, tickets and problems.
#include "fuzztarget.h"

#include "models/imports/zendeskreader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Casebook::ZendeskReader reader(Casebook::Fuzz::bytes(data, size), u"fuzz.json"_s);
    while (reader.next()) {}
    return 0;
}
