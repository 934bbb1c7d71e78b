// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxrow.h"
#include "models/storage/result.h"
#include "models/tickets/search/searchquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Casebook {

class Clock;
class Database;

/**
 * The SQL of one inbox list: a view's filters, the chosen order, and every statement
 * that reads it (pages by key, counts, a ticket's place in the order). It owns no rows
 * and no state beyond the query; InboxModel asks it, on the UI thread, and hands the
 * statements it builds to the worker.
 *
 * Every page reads ids and sort keys first (index work only), then joins the shown
 * columns for just those rows. Key conditions come from keyset.h, so each engine seeks.
 */
class InboxSql final
{
public:
    /// SQL text with the values its placeholders bind, in order.
    struct Statement
    {
        QString sql;
        QVariantList binds;
        [[nodiscard]] bool isEmpty() const { return sql.isEmpty(); }
    };

    /// Which rows a read may return: the view's, or any ticket (the row kept for the agent).
    enum class Scope { View, Anywhere };

    InboxSql(Database &database, const Clock &clock);

    void setQuery(const SearchQuery &view, AgentId me);
    /// `column` is an InboxModel::Column.
    void setOrder(int column, Qt::SortOrder order);
    [[nodiscard]] const SearchQuery &view() const { return m_view; }
    [[nodiscard]] AgentId me() const { return m_me; }
    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] Qt::SortOrder order() const { return m_order; }

    /// The view's filters as a condition over `t`, with its values (`is:breaching` reads the clock).
    [[nodiscard]] Statement where() const;
    /// The sort expression; text orders compare lower-case.
    [[nodiscard]] QString sortKey() const;
    /// Whether sortKey() is a number (the rest come back as text and are bound as such).
    [[nodiscard]] bool isKeyNumeric() const;
    /// "<" or ">": the comparison that reads on past a key in this order.
    [[nodiscard]] QString onward() const;
    /// `(sort key, id) op (key, id)`, written so that the engine seeks the index.
    [[nodiscard]] QString keyset(const QString &op, const QVariant &key, TicketId id, QVariantList &binds) const;
    /// One page's ids and sort keys in order: `where` (where()'s) and `extra` ANDed, then
    /// two placeholders, LIMIT and OFFSET.
    [[nodiscard]] QString pageSql(const QString &where, const QString &extra) const;
    /// Counts the view's rows.
    [[nodiscard]] Statement countAll() const;
    /// Counts the rows before `row`: its index in the list.
    [[nodiscard]] Statement countBefore(const InboxRow &row) const;

    /// Rows of the list with `extra` ANDed to the scope's condition, in order.
    Result<QList<InboxRow>> read(const QString &extra, const QVariantList &binds, int limit, int offset,
                                 Scope scope = Scope::View) const;
    /// The ticket as a row of this list; nullopt when it is not one (in the scope).
    Result<std::optional<InboxRow>> readTicket(TicketId ticket, Scope scope = Scope::View) const;
    /// These tickets' rows, in the order given; one no longer in the view holds only its id
    /// (a row of a list read earlier, until that list is read again).
    Result<QList<InboxRow>> readTickets(const QList<TicketId> &tickets) const;
    /// Where each of these tickets stands in the list (the rows before it); a ticket no longer
    /// in the view is left out. Two statements for all of them, not two for each.
    Result<QHash<TicketId, int>> placesOf(const QList<TicketId> &tickets) const;
    /// Runs a count built here, on the calling thread's connection.
    static Result<int> count(Database &database, const Statement &statement);
    /// Runs several counts built here as one statement; an empty statement counts -1.
    static Result<QList<int>> counts(Database &database, const QList<Statement> &statements);

private:
    Database &m_database;
    const Clock &m_clock;
    SearchQuery m_view;
    AgentId m_me;
    int m_column = 0;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace Casebook
