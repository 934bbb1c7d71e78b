// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/listsync.h"
#include "models/storage/result.h"
#include "tickettags.h"

namespace Casebook {

class Clock;
class Database;
struct Change;

/**
 * R14: the team's tags, most used first, for a QCompleter (Display and Edit roles are the
 * name; RawValueRole the use count). Follows the ChangeFeed with precise signals.
 */
class TagListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagListModel)

public:
    TagListModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    [[nodiscard]] TagUse tagAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const QString &name) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Reloads and applies the difference; called on changes and by tests.
    Status refresh();

private:
    void onChanged(const QList<Casebook::Change> &changes);

    TicketTags m_tags;
    QList<TagUse> m_rows;
    QString m_lastError;
};

} // namespace Casebook
