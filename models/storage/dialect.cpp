// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialect.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr auto PostgreSQL = DatabaseUrl::Engine::PostgreSQL;

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

// The configuration of the generated tsvector columns (migration 025): each word stemmed by
// its script, as SQLite's casebook_stem tokenizer does, so the query's words are too.
QString tsQuery()
{
    return u"to_tsquery('casebook_stem', ?)"_s;
}

} // namespace

bool Dialect::seeksRowValues() const
{
    return m_engine == PostgreSQL;
}

QString Dialect::isTrue(const QString &column) const
{
    if (m_engine == PostgreSQL)
        return column;
    return column + u" <> 0"_s;
}

QString Dialect::joinedList(const QString &value, const QString &fromWhere, const QString &separator) const
{
    if (m_engine == PostgreSQL)
        return u"(SELECT string_agg("_s + value + u", "_s + sqlText(separator) + u" ORDER BY "_s + value + u") FROM "_s
            + fromWhere + u')';
    // group_concat takes no ORDER BY before SQLite 3.44: the rows come ordered instead.
    return u"(SELECT group_concat(v, "_s + sqlText(separator) + u") FROM (SELECT "_s + value + u" AS v FROM "_s
        + fromWhere + u" ORDER BY "_s + value + u"))"_s;
}

QString Dialect::caselessColumn(const QString &column) const
{
    // SQLite's NOCASE columns compare without lower(), which keeps their indexes usable.
    if (m_engine == PostgreSQL)
        return u"lower("_s + column + u')';
    return column;
}

QString Dialect::caselessKey(const QString &expression) const
{
    if (m_engine == PostgreSQL)
        return u"lower("_s + expression + u')';
    return expression + u" COLLATE NOCASE"_s;
}

QString Dialect::caselessValue() const
{
    return m_engine == PostgreSQL ? u"lower(?)"_s : u"?"_s;
}

QString Dialect::textTerm(const QStringList &words, bool prefix) const
{
    if (m_engine == PostgreSQL) {
        QStringList lexemes;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString quoted = words.at(i).toLower();
            quoted.replace(u'\\', u"\\\\"_s);
            quoted.replace(u'\'', u"''"_s);
            lexemes.append(u'\'' + quoted + u'\'' + (prefix && i == words.size() - 1 ? u":*"_s : QString()));
        }
        if (lexemes.size() > 1)
            return u'(' + lexemes.join(u" <-> "_s) + u')';
        return lexemes.value(0);
    }
    // A phrase stays one quoted string; FTS5 tokenises inside it.
    QString quoted = words.join(u' ');
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"' + (prefix ? u"*"_s : QString());
}

QString Dialect::textAll(const QStringList &terms) const
{
    return terms.join(m_engine == PostgreSQL ? u" & "_s : u" "_s);
}

QString Dialect::textAny(const QStringList &terms) const
{
    return terms.join(m_engine == PostgreSQL ? u" | "_s : u" OR "_s);
}

Dialect::TextIndex Dialect::textIndex(const QString &table, const QString &alias) const
{
    return TextIndex(m_engine, table, alias);
}

bool Dialect::readsNewestMatchesFirst() const
{
    return m_engine != PostgreSQL;
}

std::optional<bool> Dialect::ordersByIndex(const QSqlDatabase &connection, const QString &sql,
                                           const QVariantList &binds) const
{
    if (m_engine == PostgreSQL)
        return std::nullopt;
    // SQLite's plan says so plainly: a sort shows as "USE TEMP B-TREE FOR ORDER BY".
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return false;
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return false;
    while (q.next()) {
        if (q.value(3).toString().contains(u"B-TREE FOR"_s))
            return false;
    }
    return true;
}

Dialect::TextIndex::TextIndex(DatabaseUrl::Engine engine, const QString &table, const QString &alias)
    : m_engine(engine)
    , m_table(table)
    , m_alias(alias)
{
}

QString Dialect::TextIndex::from() const
{
    if (m_engine == PostgreSQL)
        return m_table + u' ' + m_alias;
    return m_table + u"_fts"_s;
}

QString Dialect::TextIndex::withRows() const
{
    if (m_engine == PostgreSQL)
        return from();
    return m_table + u"_fts JOIN "_s + m_table + u' ' + m_alias + u" ON "_s + m_alias + u".id = "_s + m_table
        + u"_fts.rowid"_s;
}

QString Dialect::TextIndex::id() const
{
    if (m_engine == PostgreSQL)
        return m_alias + u".id"_s;
    return m_table + u"_fts.rowid"_s;
}

QString Dialect::TextIndex::column(const QString &name) const
{
    const QString source = m_engine == PostgreSQL ? m_alias : QString(m_table + u"_fts"_s);
    return source + u'.' + name;
}

QString Dialect::TextIndex::match(const QString &text, QVariantList &binds) const
{
    binds << text;
    if (m_engine == PostgreSQL)
        return m_alias + u".search @@ "_s + tsQuery();
    return m_table + u"_fts MATCH ?"_s;
}

QString Dialect::TextIndex::score(const QString &text, QVariantList &binds, const QList<double> &weights) const
{
    if (m_engine != PostgreSQL) {
        // bm25 is lower for better matches.
        QString arguments = m_table + u"_fts"_s;
        for (const double weight : weights)
            arguments += u", "_s + QString::number(weight);
        return u"-bm25("_s + arguments + u')';
    }
    binds << text;
    QString labels;
    if (!weights.isEmpty()) {
        // ts_rank weighs the labels {D, C, B, A}; the columns are labelled A, B, ... in order.
        double ranks[4] = {0.1, 0.2, 0.4, 1.0};
        const double top = *std::max_element(weights.cbegin(), weights.cend());
        for (qsizetype i = 0; i < std::min<qsizetype>(weights.size(), 4); ++i)
            ranks[3 - i] = weights.at(i) / top;
        labels = u"'{"_s + QString::number(ranks[0]) + u", "_s + QString::number(ranks[1]) + u", "_s
            + QString::number(ranks[2]) + u", "_s + QString::number(ranks[3]) + u"}', "_s;
    }
    return u"ts_rank("_s + labels + m_alias + u".search, "_s + tsQuery() + u')';
}

QString Dialect::TextIndex::rowMatches(const QString &rowAlias, const QString &text, QVariantList &binds,
                                       bool negated) const
{
    binds << text;
    if (m_engine == PostgreSQL)
        return (negated ? u"NOT "_s : QString()) + rowAlias + u".search @@ "_s + tsQuery();
    return rowAlias + (negated ? u".id NOT IN (SELECT rowid FROM "_s : u".id IN (SELECT rowid FROM "_s) + m_table
        + u"_fts WHERE "_s + m_table + u"_fts MATCH ?)"_s;
}

} // namespace Casebook
