// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class QSqlDatabase;

namespace Casebook {

/**
 * How SQLite and PostgreSQL spell the same thing: the one place feature code asks instead
 * of testing the engine. Obtained from Database::dialect(); a small value, safe to copy
 * into a worker.
 *
 * Every fragment is written as the engine's indexes need it (the schema's migrations and
 * these spellings go together), and appends the values it binds, in the order of its
 * placeholders, to the `binds` it is given.
 *
 * Full-text search: on SQLite a table `T` is searched through the FTS5 table `T_fts` whose
 * rowid is `T.id` (the query text in FTS5 syntax); on PostgreSQL through the generated
 * tsvector column `T.search` (GIN index; the query text in tsquery syntax). Both engines
 * index and query through the same stemming (the `casebook_stem` tokenizer and text search
 * configuration, migration 025): a word finds its other forms, a prefix the stems it begins.
 * textTerm() and friends write query texts; textIndex() the SQL that uses them.
 */
class Dialect final
{
public:
    explicit constexpr Dialect(DatabaseUrl::Engine engine)
        : m_engine(engine)
    {
    }

    /// The engine, for the storage layer and for tests; feature code asks the questions below.
    [[nodiscard]] constexpr DatabaseUrl::Engine engine() const { return m_engine; }

    /// PostgreSQL seeks an index on (key, id) with a row-value comparison; SQLite needs the
    /// comparison spelled out with a range in front (see keyset.h).
    [[nodiscard]] bool seeksRowValues() const;

    /// A condition that a flag column is set: BOOLEAN on PostgreSQL, 0/1 on SQLite.
    [[nodiscard]] QString isTrue(const QString &column) const;

    /**
     * A scalar subquery: `value` of every row of `fromWhere` ("tags g JOIN ... WHERE ..."),
     * ordered by that value and joined by `separator` (group_concat / string_agg); NULL
     * when there are none.
     */
    [[nodiscard]] QString joinedList(const QString &value, const QString &fromWhere, const QString &separator) const;

    /**
     * Text compared without case. A column declared COLLATE NOCASE on SQLite and indexed
     * as lower(column) on PostgreSQL: compare caselessColumn(column) with a lower-case value
     * and each engine uses its index.
     */
    [[nodiscard]] QString caselessColumn(const QString &column) const;
    /// A sort key without case, for an index on (expression COLLATE NOCASE) on SQLite and
    /// (lower(expression)) on PostgreSQL; compare it with caselessValue().
    [[nodiscard]] QString caselessKey(const QString &expression) const;
    /// The placeholder a value compared with caselessKey() is bound through.
    [[nodiscard]] QString caselessValue() const;

    /// One search term as query text: `words` in this order (a phrase when more than one),
    /// the last one a prefix when `prefix`. Every word is quoted: user text never carries syntax.
    [[nodiscard]] QString textTerm(const QStringList &words, bool prefix) const;
    /// Query text matching every one of `terms` (textTerm()s).
    [[nodiscard]] QString textAll(const QStringList &terms) const;
    /// Query text matching any one of `terms` (textTerm()s).
    [[nodiscard]] QString textAny(const QStringList &terms) const;

    /**
     * The SQL that reads one table's full-text index, for one query. `alias` names the
     * table's row where the engine reads it (always on PostgreSQL; on SQLite only through
     * withRows()). The query text is bound where match(), score() and rowMatches() stand,
     * so they append it to `binds` in the order they are written into the statement.
     */
    class TextIndex final
    {
    public:
        /// The FROM item that matches: the index alone where the engine has one.
        [[nodiscard]] QString from() const;
        /// The FROM item with the table's row joined as `alias`, for its other columns.
        [[nodiscard]] QString withRows() const;
        /// The matched row's id (valid with from() and with withRows()).
        [[nodiscard]] QString id() const;
        /// A column the index itself carries (SQLite: an UNINDEXED copy), valid with from().
        [[nodiscard]] QString column(const QString &name) const;
        /// The WHERE condition that the row matches `text`.
        [[nodiscard]] QString match(const QString &text, QVariantList &binds) const;
        /**
         * How well the row matches `text`, higher is better (bm25 / ts_rank). `weights`
         * weigh the indexed columns in their order (SQLite's FTS5 columns; PostgreSQL's
         * tsvector labels A, B, ... in that order); empty: all alike.
         */
        [[nodiscard]] QString score(const QString &text, QVariantList &binds, const QList<double> &weights = {}) const;
        /// A condition on a row of the table read elsewhere as `rowAlias`: it matches
        /// `text` (or, with `negated`, does not).
        [[nodiscard]] QString rowMatches(const QString &rowAlias, const QString &text, QVariantList &binds,
                                         bool negated = false) const;

    private:
        friend class Dialect;
        TextIndex(DatabaseUrl::Engine engine, const QString &table, const QString &alias);

        DatabaseUrl::Engine m_engine;
        QString m_table;
        QString m_alias;
    };

    /// The full-text index of `table`, its row named `alias`.
    [[nodiscard]] TextIndex textIndex(const QString &table, const QString &alias) const;

    /**
     * Whether the index hands out a word's matches newest first without reading the rest:
     * FTS5 walks a doclist backwards by rowid; a GIN index returns its matches unordered,
     * so on PostgreSQL a common word is ranked like any other.
     */
    [[nodiscard]] bool readsNewestMatchesFirst() const;

    /**
     * Whether `sql` reads its rows in their ORDER BY from an index instead of sorting them,
     * as the engine's plan says; nullopt when the plan cannot tell (PostgreSQL's follows
     * its statistics: a small table sorts, a large one may not).
     */
    [[nodiscard]] std::optional<bool> ordersByIndex(const QSqlDatabase &connection, const QString &sql,
                                                    const QVariantList &binds) const;

private:
    DatabaseUrl::Engine m_engine;
};

} // namespace Casebook
