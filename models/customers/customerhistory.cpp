// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerStore's read side for the card below the notes: lifecycle line and history (R35),
// and whether changed rows are the customer's at all.
#include "customerstore.h"

#include "models/storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

qint64 quarterStart(qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::UTC).date();
    return QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace

Result<CustomerLifecycle> CustomerStore::lifecycle(CustomerId customer, qint64 nowMs) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT c.first_contact_at, min(t.created_at), count(t.id), "
              "sum(CASE WHEN t.created_at >= ? THEN 1 ELSE 0 END), "
              "sum(CASE WHEN t.status NOT IN ('solved', 'closed') THEN 1 ELSE 0 END) "
              "FROM customers c LEFT JOIN tickets t ON t.customer_id = c.id AND t.merged_into_id IS NULL "
              "WHERE c.id = ? GROUP BY c.id, c.first_contact_at"_s);
    q.addBindValue(quarterStart(nowMs));
    q.addBindValue(customer.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    CustomerLifecycle result;
    if (!q.next())
        return result;
    // The record may be younger than the first ticket (imported, merged): the earlier wins.
    std::optional<qint64> first;
    for (int column : {0, 1}) {
        if (!q.value(column).isNull())
            first = first ? std::min(*first, q.value(column).toLongLong()) : q.value(column).toLongLong();
    }
    result.firstContactAt = first;
    result.ticketsTotal = q.value(2).toInt();
    result.ticketsThisQuarter = q.value(3).toInt();
    result.openNow = q.value(4).toInt();
    return result;
}

Result<QList<CustomerHistoryItem>> CustomerStore::history(CustomerId customer, int ticketLimit, int otherLimit) const
{
    struct Part
    {
        CustomerHistoryItem::Kind kind;
        QString sql;
        int limit;
    };
    const Part parts[] = {
        {CustomerHistoryItem::Kind::Ticket,
         u"SELECT id, subject, status, created_at FROM tickets WHERE customer_id = ? AND merged_into_id IS NULL "
         "ORDER BY created_at DESC, id DESC LIMIT ?"_s,
         ticketLimit},
        // R41: a customer with a bug hears about each stage, so the stage is what the card shows.
        {CustomerHistoryItem::Kind::BugReport,
         u"SELECT id, title, coalesce(stage, status), created_at FROM bug_reports WHERE customer_id = ? "
         "AND status <> 'draft' ORDER BY created_at DESC, id DESC LIMIT ?"_s,
         otherLimit},
        {CustomerHistoryItem::Kind::Proposal,
         u"SELECT p.id, p.title, p.status, max(r.created_at) FROM proposal_requests r "
         "JOIN proposals p ON p.id = r.proposal_id WHERE r.customer_id = ? "
         "GROUP BY p.id, p.title, p.status ORDER BY max(r.created_at) DESC, p.id DESC LIMIT ?"_s,
         otherLimit},
    };
    QList<CustomerHistoryItem> result;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (const Part &part : parts) {
        q.prepare(part.sql);
        q.addBindValue(customer.value());
        q.addBindValue(part.limit);
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        while (q.next())
            result.append({part.kind, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong()});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CustomerHistoryItem &a, const CustomerHistoryItem &b) { return a.at > b.at; });
    return result;
}

Result<bool> CustomerStore::ownsTickets(CustomerId customer, const QList<qint64> &tickets) const
{
    return ownsAny(u"tickets"_s, customer, tickets);
}

Result<bool> CustomerStore::ownsNotes(CustomerId customer, const QList<qint64> &notes) const
{
    return ownsAny(u"customer_notes"_s, customer, notes);
}

Result<bool> CustomerStore::ownsAny(const QString &table, CustomerId customer, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return false;
    // A catch-up after a long absence may carry thousands of ids: past a few hundred the
    // caller's re-read costs less than binding them all.
    constexpr qsizetype mostIds = 500;
    if (ids.size() > mostIds)
        return true;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT 1 FROM "_s + table + u" WHERE customer_id = ? AND id IN ("_s
              + QStringList(ids.size(), u"?"_s).join(u", "_s) + u") LIMIT 1"_s);
    q.addBindValue(customer.value());
    for (const qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next();
}

Result<CustomerId> CustomerStore::findExample(LicenceState state, qint64 nowMs, bool premiumOnly) const
{
    const QString hasLicence =
        u"(licence_plan IS NOT NULL OR licence_key IS NOT NULL OR licence_expires_at IS NOT NULL)"_s;
    QString condition;
    QVariantList values;
    switch (state) {
    case LicenceState::None:
        condition = u"NOT "_s + hasLicence;
        break;
    case LicenceState::Valid:
        condition = hasLicence + u" AND (licence_expires_at IS NULL OR licence_expires_at > ?)"_s;
        values = {nowMs + licenceExpiringDays * dayMs};
        break;
    case LicenceState::Expiring:
        condition = u"licence_expires_at > ? AND licence_expires_at <= ?"_s;
        values = {nowMs, nowMs + licenceExpiringDays * dayMs};
        break;
    case LicenceState::Expired:
        condition = u"licence_expires_at <= ?"_s;
        values = {nowMs};
        break;
    }
    if (premiumOnly)
        condition += u" AND tier = 'premium' AND support_profile IS NOT NULL"_s;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM customers WHERE merged_into_id IS NULL AND "_s + condition + u" ORDER BY id LIMIT 1"_s);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    return q.next() ? CustomerId(q.value(0).toLongLong()) : CustomerId();
}

} // namespace Casebook
