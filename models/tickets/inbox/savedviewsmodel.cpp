// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewsmodel.h"

#include "models/agents/session.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

SavedViewsModel::SavedViewsModel(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &SavedViewsModel::onChanged);
    reload();
}

SavedViewsModel::~SavedViewsModel() = default;

void SavedViewsModel::reload()
{
    m_views = builtInSavedViews();
    const auto custom = SavedViewStore(m_session.database(), m_session.clock()).list();
    if (custom)
        m_views += custom.value();
    m_lastError = custom ? QString() : custom.error().message;
    Q_EMIT viewsChanged();
}

Result<SavedView> SavedViewsModel::add(const QString &name, const QString &query)
{
    // The store announces its change once committed, and onChanged() reads the list again
    // before this returns: the caller can select the new view at once.
    return SavedViewStore(m_session.database(), m_session.clock()).add(name, query, m_session.agentId());
}

Result<SavedView> SavedViewsModel::update(const SavedView &view)
{
    return SavedViewStore(m_session.database(), m_session.clock()).update(view);
}

Status SavedViewsModel::remove(const SavedView &view)
{
    return SavedViewStore(m_session.database(), m_session.clock()).remove(view.id);
}

void SavedViewsModel::onChanged(const QList<Change> &changes)
{
    if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"saved_view"; }))
        reload();
}

} // namespace Casebook
