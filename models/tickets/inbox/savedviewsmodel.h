// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "savedviews.h"

#include <QObject>

namespace Casebook {

class Session;
struct Change;

/**
 * The inbox's views as the view picker shows them: the built-in ones, then the team's own,
 * kept current through one ChangeFeed listener (another desktop adds, renames or removes a
 * view) and changed through the store, so the inbox view neither reads SQL nor listens itself.
 */
class SavedViewsModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsModel)

public:
    explicit SavedViewsModel(Session &session, QObject *parent = nullptr);
    ~SavedViewsModel() override;

    /// Built-in views first, then the team's by name.
    [[nodiscard]] const QList<SavedView> &views() const { return m_views; }
    /// Why the team's views could not be read the last time (the built-in ones are still there).
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Reads the team's views again; viewsChanged() follows.
    void reload();
    Result<SavedView> add(const QString &name, const QString &query);
    /// `view.version` must be the one shown.
    Result<SavedView> update(const SavedView &view);
    Status remove(const SavedView &view);

Q_SIGNALS:
    void viewsChanged();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    Session &m_session;
    QList<SavedView> m_views;
    QString m_lastError;
};

} // namespace Casebook
