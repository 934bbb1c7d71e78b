// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket CSV import: the reader (quotes, BOM, delimiters, Windows-1251), the guessed mapping,
// each row as a ticket, and a saved mapping file as the user may have edited it.
#include "fuzztarget.h"

#include "models/customers/customerimport.h"
#include "models/imports/csvticketreader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    const QByteArray input = Fuzz::bytes(data, size);
    if (auto table = readTicketCsv(input)) {
        const TicketCsvMapping mapping = TicketCsvMapping::guessed(table->header);
        (void)TicketCsvMapping::fromJson(mapping.toJson(table->header), table->header);
        CsvTicketReader reader(*table, mapping);
        while (reader.next()) {}
    }
    (void)readCsv(input);
    (void)TicketCsvMapping::fromJson(input, {u"Subject"_s, u"Description"_s, u"Requester"_s, u"Tags"_s});
    return 0;
}
