// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlistmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/keyset.h"
#include "models/tickets/search/searchquery.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString likePrefix(const QString &word)
{
    QString escaped = word.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped + u'%';
}

bool hasWordCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QStringList nonEmpty(const QStringList &parts)
{
    QStringList result;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            result.append(part);
    }
    return result;
}

} // namespace

CustomerListModel::CustomerListModel(Database &database, const Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
    , m_clock(clock)
{
    connect(database.changeFeed(), &ChangeFeed::changed, this, &CustomerListModel::onChanged);
}

CustomerListModel::Query CustomerListModel::compile(const QString &text) const
{
    const Dialect dialect = m_database.dialect();
    Query query;
    QStringList conditions{u"c.merged_into_id IS NULL"_s};
    // Tag names and addresses compare without case on each engine's own index.
    const QString tagName = dialect.caselessColumn(u"t.name"_s);
    const QString email = dialect.caselessColumn(u"email"_s);
    const QString tagged = u"SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE "_s;
    const Dialect::TextIndex customers = dialect.textIndex(u"customers"_s, u"f"_s);
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u"tag:"_s, Qt::CaseInsensitive)) {
            const QString tag = word.mid(4).toLower();
            if (tag.isEmpty())
                continue;
            conditions.append(u"c.id IN ("_s + tagged + tagName + u" = ?)"_s);
            query.values.append(tag);
            continue;
        }
        QStringList sources;
        if (hasWordCharacters(word)) {
            SearchQuery fts;
            fts.terms = {{word, false, true, false}};
            sources.append(u"SELECT "_s + customers.id() + u" FROM "_s + customers.from() + u" WHERE "_s
                           + customers.match(fts.matchText(dialect), query.values));
        }
        sources.append(u"SELECT customer_id FROM customer_emails WHERE "_s + email + u" LIKE ? ESCAPE '\\'"_s);
        query.values.append(likePrefix(word));
        sources.append(tagged + tagName + u" LIKE ? ESCAPE '\\'"_s);
        query.values.append(likePrefix(word));
        conditions.append(u"c.id IN ("_s + sources.join(u" UNION "_s) + u')');
    }
    query.where = conditions.join(u" AND "_s);
    return query;
}

Result<QList<CustomerListModel::Row>> CustomerListModel::read(const std::optional<Row> &after, int limit) const
{
    const Dialect dialect = m_database.dialect();
    // The order the name indexes hold: SQLite's NOCASE index carries the rowid; PostgreSQL's
    // (lower(display_name), id) index is added by migration 006.
    const QString key = dialect.caselessKey(u"c.display_name"_s);
    QString where = m_query.where;
    QVariantList values = m_query.values;
    if (after)
        where += u" AND "_s
            + keysetCondition(key, u"c.id"_s, u">", dialect, after->name, after->id.value(), values,
                              dialect.caselessValue());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.display_name, c.company, c.primary_email, c.tier, c.licence_plan, c.licence_key, "
              "c.licence_expires_at, c.version FROM customers c WHERE "_s
              + where + u" ORDER BY "_s + key + u", c.id LIMIT ?"_s);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    const qint64 now = m_clock.nowMs();
    QList<Row> rows;
    while (q.next()) {
        Customer licence;
        licence.licencePlan = q.value(5).toString();
        licence.licenceKey = q.value(6).toString();
        if (!q.value(7).isNull())
            licence.licenceExpiresAt = q.value(7).toLongLong();
        rows.append({CustomerId(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(),
                     customerTierNames.parse(q.value(4).toString()).value_or(CustomerTier::Standard),
                     licenceState(licence, now), q.value(8).toLongLong()});
    }
    return rows;
}

Result<int> CustomerListModel::count() const
{
    // Counting stops past the limit: "10,000+" is as useful as the exact figure and stays cheap.
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE "_s + m_query.where + u" LIMIT ?) x"_s);
    for (const QVariant &value : std::as_const(m_query.values))
        q.addBindValue(value);
    q.addBindValue(countLimit + 1);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    return q.value(0).toInt();
}

Status CustomerListModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    m_query = compile(m_search);
    auto rows = read(std::nullopt, pageSize);
    // A short first page is the whole answer: no second walk over the matches to count them.
    auto counted = !rows          ? Result<int>(rows.error())
        : rows->size() < pageSize ? Result<int>(int(rows->size()))
                                  : count();
    // A new query is a new list: the one place a reset is right.
    beginResetModel();
    m_rows = rows ? rows.value() : QList<Row>();
    m_atEnd = !rows || m_rows.size() < pageSize;
    endResetModel();
    if (!counted) {
        m_lastError = counted.error().message;
        return counted.error();
    }
    m_lastError.clear();
    if (m_count != *counted) {
        m_count = *counted;
        Q_EMIT matchCountChanged(m_count);
    }
    return Done{};
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    // A view (or the model tester) may ask again from inside rowsAboutToBeInserted.
    const QScopedValueRollback guard(m_fetching, true);
    auto more = read(m_rows.isEmpty() ? std::nullopt : std::optional<Row>(m_rows.constLast()), pageSize);
    if (!more) {
        m_lastError = more.error().message;
        m_atEnd = true; // no retry loop from a view asking again and again
        return;
    }
    m_atEnd = more->size() < pageSize;
    if (more->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows.append(more.value());
    endInsertRows();
}

Status CustomerListModel::refresh()
{
    const int limit = int(std::max<qsizetype>(m_rows.size(), pageSize));
    auto fresh = read(std::nullopt, limit);
    if (!fresh) {
        m_lastError = fresh.error().message;
        return fresh.error();
    }
    m_atEnd = fresh->size() < limit;
    {
        // A view (or the model tester) asks for more from inside each signal: a page read
        // after a half-synced last row would append rows out of order and end the list early.
        const QScopedValueRollback guard(m_fetching, true);
        syncRows(
            m_rows, fresh.value(), [](const Row &r) { return r.id; },
            [](const Row &a, const Row &b) { return a == b; });
    }
    if (auto counted = count(); counted && *counted != m_count) {
        m_count = *counted;
        Q_EMIT matchCountChanged(m_count);
    }
    m_lastError.clear();
    return Done{};
}

void CustomerListModel::onChanged(const QList<Change> &changes)
{
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(),
                                      [](const Change &c) { return c.entity == u"customer" || c.entity == u"tag"; });
    if (relevant)
        (void)refresh();
}

CustomerId CustomerListModel::customerAt(const QModelIndex &index) const
{
    return rowAt(index).id;
}

CustomerListModel::Row CustomerListModel::rowAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_rows.at(index.row())
        : Row{};
}

QModelIndex CustomerListModel::indexOf(CustomerId customer) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == customer)
            return index(int(i));
    }
    return {};
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return row.name;
    case DetailRole:
        return nonEmpty({row.company, row.email}).join(u" · "_s);
    case Qt::ToolTipRole:
        return nonEmpty({row.name, row.company, row.email, licenceStateText(row.licence)}).join(u'\n');
    case IdRole:
        return row.id.value();
    case LicenceStateRole:
        return int(row.licence);
    default:
        return {};
    }
}

} // namespace Casebook
