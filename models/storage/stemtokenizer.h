// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The FTS5 tokenizer `casebook_stem` that the full-text tables use since migration 025, so
 * that a search for one form of a word finds the others ("оплата" finds "оплату" and
 * "оплатой", "payments" finds "payment").
 *
 * It wraps FTS5's `unicode61` (its arguments, such as `remove_diacritics 2`, go to it) and
 * hands each lower-case token to a Snowball stemmer (libstemmer): Cyrillic tokens to the
 * Russian one, Latin ones to the English one, anything else unchanged. The script decides
 * per token, as a message mixes languages and a query's language is unknown. FTS5 runs the
 * same tokenizer over the query text, so a query's words are stemmed alike, a prefix
 * (`оплат*`) included.
 *
 * An SQLite file whose tables name the tokenizer cannot be read without it ("no such
 * tokenizer"), so it is registered with SQLite itself (sqlite3_auto_extension): every
 * connection the process opens afterwards has it, whoever opens it (Database, the
 * integrity check, the readable copy, the bulk loader, tests and benchmarks).
 */
#include <QString>

namespace Casebook::StemTokenizer {

/// The name in the full-text tables' `tokenize=` option.
inline constexpr char name[] = "casebook_stem";

/**
 * Makes the tokenizer part of every SQLite connection the process opens from now on.
 * Called before the first connection is opened; later calls do nothing. False when SQLite
 * refused (then opening a database with stemmed tables fails with SQLite's own message).
 */
bool registerForEveryConnection();

/// The stem the index keeps for one word (lower-cased, by its script, as the tokenizer does),
/// so that views can mark "оплату" in a row found by "оплата". Any thread.
[[nodiscard]] QString stem(const QString &word);

} // namespace Casebook::StemTokenizer
