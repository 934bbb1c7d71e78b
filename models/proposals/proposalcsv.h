// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/result.h"

#include <QCoreApplication>

namespace Casebook {

class Clock;
class Database;

/**
 * The board as CSV for a spreadsheet, and the seed teams' spreadsheet brought in: one row
 * per proposal with its title, a frequency and the dialogue links (Casebook ticket links
 * become requests of those tickets and their customers; other links are kept as they are;
 * a frequency above the links counts the requests the sheet knew without a link).
 */
namespace ProposalCsv {

/// RFC 4180 fields of `text`, one list per record; quoted fields may hold commas and lines.
[[nodiscard]] QList<QStringList> parse(const QString &text);
/// One record, quoted where a field needs it.
[[nodiscard]] QString record(const QStringList &fields);

/// title, status, frequency, customers, score, tag, link: one line per proposal on the board.
Result<QString> exportBoard(Database &database, const ProposalWeights &weights);

struct ImportResult
{
    int proposals = 0; ///< new proposals
    int requests = 0; ///< requests counted
    QStringList skipped; ///< rows that could not be read, with the reason
};
/**
 * Imports rows of title, frequency, links (a header row is recognised and skipped; links
 * separated by spaces, commas, semicolons or new lines). A title that exists on the board
 * gets the requests instead of a twin.
 */
Result<ImportResult> importSheet(Database &database, const Clock &clock, const QString &csv, AgentId by);

} // namespace ProposalCsv

} // namespace Casebook
