// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/inbox/inboxmodel.h"
#include "models/tickets/search/searchquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

QList<SavedView> builtInSavedViews()
{
    const QString unsolved = u" -status:solved -status:closed"_s;
    return {
        {u"open"_s, QCoreApplication::translate("Casebook::SavedViews", "Open"), unsolved.trimmed()},
        {u"mine"_s, QCoreApplication::translate("Casebook::SavedViews", "Mine"), u"assignee:me"_s + unsolved},
        {u"unassigned"_s, QCoreApplication::translate("Casebook::SavedViews", "Unassigned"),
         u"is:unassigned"_s + unsolved},
        {u"new"_s, QCoreApplication::translate("Casebook::SavedViews", "New, waiting for a first response"),
         u"is:unanswered"_s},
        // R34: answered in the order received, so nobody jumps the queue: the customer who has
        // waited longest comes first.
        {u"order"_s, QCoreApplication::translate("Casebook::SavedViews", "Order received"),
         u"is:unanswered"_s + unsolved, 0, 0, InboxModel::ReceivedColumn, Qt::AscendingOrder},
        {u"critical"_s, QCoreApplication::translate("Casebook::SavedViews", "Critical"), u"is:critical"_s + unsolved},
        {u"pending"_s, QCoreApplication::translate("Casebook::SavedViews", "Pending"), u"status:pending"_s},
        {u"onhold"_s, QCoreApplication::translate("Casebook::SavedViews", "On-hold"), u"status:on_hold"_s},
        {u"untagged"_s, QCoreApplication::translate("Casebook::SavedViews", "Untagged"), u"is:untagged"_s + unsolved},
        {u"breaching"_s, QCoreApplication::translate("Casebook::SavedViews", "Breaching SLA"),
         u"is:breaching"_s + unsolved},
        {u"solved"_s, QCoreApplication::translate("Casebook::SavedViews", "Solved recently"), u"status:solved"_s},
        {u"closed"_s, QCoreApplication::translate("Casebook::SavedViews", "Closed"), u"status:closed"_s},
    };
}

SavedViewStore::SavedViewStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<SavedView>> SavedViewStore::list() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id, name, query, version FROM saved_views ORDER BY lower(name), id"_s) || !q.exec())
        return m_database.errorFrom(q.lastError());
    QList<SavedView> views;
    while (q.next()) {
        SavedView view;
        view.id = q.value(0).toLongLong();
        view.key = u"custom:"_s + QString::number(view.id);
        view.title = q.value(1).toString();
        view.query = q.value(2).toString();
        view.version = q.value(3).toLongLong();
        views.append(view);
    }
    return views;
}

Status SavedViewStore::check(const QString &name, const QString &query) const
{
    if (name.trimmed().isEmpty())
        return Error{
            Error::Kind::Invalid, QCoreApplication::translate("Casebook::SavedViewStore", "A view needs a name."), {}};
    SearchQuery::ParseError error;
    (void)SearchQuery::parse(query, QDate::currentDate(), &error);
    if (!error.message.isEmpty())
        return Error{Error::Kind::Invalid, error.message, {}};
    return Done{};
}

// A unique-index violation is the only likely failure of these writes: say it in words.
namespace {
Error nameTaken(Error error, const QString &name)
{
    if (error.kind == Error::Kind::Query)
        error.message =
            QCoreApplication::translate("Casebook::SavedViewStore", "There is already a view called \"%1\".").arg(name);
    return error;
}
} // namespace

Result<SavedView> SavedViewStore::add(const QString &name, const QString &query, AgentId by)
{
    if (auto checked = check(name, query); !checked)
        return checked.error();
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const auto id =
        tx.insert(u"INSERT INTO saved_views (name, query, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {name.trimmed(), query.trimmed(), Sql::id(by), now, now});
    if (!id)
        return nameTaken(id.error(), name.trimmed());
    if (auto recorded = tx.record(u"saved_view"_s, *id, Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return SavedView{u"custom:"_s + QString::number(*id), name.trimmed(), query.trimmed(), *id, 1};
}

Result<SavedView> SavedViewStore::update(const SavedView &view)
{
    if (auto checked = check(view.title, view.query); !checked)
        return checked.error();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto q = tx.exec(u"UPDATE saved_views SET name = ?, query = ?, updated_at = ?, version = version + 1 "
                     "WHERE id = ? AND version = ?"_s,
                     {view.title.trimmed(), view.query.trimmed(), m_clock.nowMs(), view.id, view.version});
    if (!q)
        return nameTaken(q.error(), view.title.trimmed());
    if (q->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "Casebook::SavedViewStore",
                         "Someone changed or removed the view \"%1\" first. Your change was not applied.")
                         .arg(view.title),
                     {}};
    if (auto recorded = tx.record(u"saved_view"_s, view.id, Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    SavedView updated = view;
    updated.title = view.title.trimmed();
    updated.query = view.query.trimmed();
    ++updated.version;
    return updated;
}

Status SavedViewStore::remove(qint64 id)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto q = tx.exec(u"DELETE FROM saved_views WHERE id = ?"_s, {id}); !q)
        return q.error();
    if (auto recorded = tx.record(u"saved_view"_s, id, Change::Op::Delete); !recorded)
        return recorded.error();
    return tx.commit();
}

} // namespace Casebook
