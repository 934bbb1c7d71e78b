// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

namespace Casebook {

class Clock;
class Database;

/// An inbox view: a named search. The built-in ones carry the playbook; teams add their own.
struct SavedView
{
    QString key; ///< stable, for settings: "open", ... or "custom:<id>" for a team's view
    QString title; ///< translated for built-in views, as typed for a team's own
    QString query; ///< search syntax, see SearchQuery
    qint64 id = 0; ///< a team's view: its row; 0 for a built-in one
    qint64 version = 0;
    /// The order the view opens in (an InboxModel column); -1 keeps the list's own order.
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    [[nodiscard]] bool isCustom() const { return id > 0; }
};

/// Open, Mine, Unassigned, New, Critical, Pending, On-hold, Untagged, Breaching SLA, Solved, Closed.
QList<SavedView> builtInSavedViews();

/**
 * A team's own views, kept in the shared database (`saved_views`) so every desktop sees
 * them. Names are unique regardless of case; the query must parse (checked here, so a
 * broken view never reaches the list). Updates are version-checked.
 */
class SavedViewStore final
{
public:
    SavedViewStore(Database &database, const Clock &clock);

    /// The team's views, by name.
    Result<QList<SavedView>> list() const;
    /// Adds a view; returns it with its id and version.
    Result<SavedView> add(const QString &name, const QString &query, AgentId by);
    /// Renames or changes a view; `view.version` must be the one read.
    Result<SavedView> update(const SavedView &view);
    Status remove(qint64 id);

private:
    Status check(const QString &name, const QString &query) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
