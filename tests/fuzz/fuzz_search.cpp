// SPDX-License-Identifier: GPL-3.0-or-later
// The search box: a query parsed (words, phrases, prefixes, negation, field:value, dates) and,
// when it parses, turned into each engine's full-text match text.
#include "fuzztarget.h"

#include "models/storage/dialect.h"
#include "models/tickets/search/searchquery.h"

#include <QDate>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    SearchQuery::ParseError error;
    const SearchQuery query =
        SearchQuery::parse(QString::fromUtf8(Fuzz::bytes(data, size)), QDate(2026, 3, 29), &error);
    if (error.message.isEmpty()) {
        (void)query.ticketNumbers();
        for (const auto engine : {DatabaseUrl::Engine::SQLite, DatabaseUrl::Engine::PostgreSQL}) {
            const Dialect dialect(engine);
            (void)query.matchText(dialect);
            (void)query.negatedMatchTexts(dialect);
        }
    }
    return 0;
}
