// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglistmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"

using namespace Qt::StringLiterals;

namespace Casebook {

TagListModel::TagListModel(Database &database, const Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_tags(database, clock)
{
    connect(database.changeFeed(), &ChangeFeed::changed, this, &TagListModel::onChanged);
    (void)refresh();
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagUse &tag = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return tag.name;
    case Qt::ToolTipRole:
        return tr("Used on %n ticket(s)", nullptr, int(qMin<qint64>(tag.uses, INT_MAX)));
    case RawValueRole:
        return tag.uses;
    case IdRole:
        return tag.id.value();
    default:
        return {};
    }
}

TagUse TagListModel::tagAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : TagUse{};
}

QModelIndex TagListModel::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return index(int(i));
    }
    return {};
}

Status TagListModel::refresh()
{
    auto fresh = m_tags.teamTags();
    if (!fresh) {
        m_lastError = fresh.error().message;
        return fresh.error();
    }
    m_lastError.clear();
    syncRows(
        m_rows, fresh.value(), [](const TagUse &t) { return t.id; },
        [](const TagUse &a, const TagUse &b) { return a == b; });
    return Done{};
}

void TagListModel::onChanged(const QList<Change> &changes)
{
    // A tagged ticket changes a use count; the list is small, so any ticket or tag change reloads it.
    const bool relevant = std::any_of(changes.cbegin(), changes.cend(),
                                      [](const Change &c) { return c.entity == u"tag" || c.entity == u"ticket"; });
    if (relevant)
        (void)refresh();
}

} // namespace Casebook
