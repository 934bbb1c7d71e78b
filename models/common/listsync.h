// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

namespace Casebook {

/// A list model whose rows are reloaded whole and applied as a difference.
class SyncedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    /**
     * Brings a small list model's rows to `fresh` with precise signals (remove, move,
     * insert, dataChanged) instead of a reset, so selection and scroll position survive a
     * live update. Rows are matched by `id(row)`; `same(a, b)` tells whether a matched row's
     * content changed. Quadratic in the worst case: for lists of hundreds, not millions.
     */
    template<typename Row, typename IdFn, typename SameFn>
    void syncRows(QList<Row> &rows, const QList<Row> &fresh, IdFn id, SameFn same)
    {
        auto indexOfId = [&](const auto &key, qsizetype from) -> qsizetype {
            for (qsizetype i = from; i < rows.size(); ++i) {
                if (id(rows.at(i)) == key)
                    return i;
            }
            return -1;
        };
        auto inFresh = [&](const auto &key) {
            return std::any_of(fresh.cbegin(), fresh.cend(), [&](const Row &row) { return id(row) == key; });
        };

        // Rows that are gone, from the bottom so the indexes above stay valid.
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!inFresh(id(rows.at(i)))) {
                beginRemoveRows({}, int(i), int(i));
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Row &want = fresh.at(i);
            const qsizetype at = indexOfId(id(want), i);
            if (at < 0) {
                beginInsertRows({}, int(i), int(i));
                rows.insert(i, want);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, int(at), int(at), {}, int(i));
                rows.move(at, i);
                endMoveRows();
            }
            if (!same(rows.at(i), want)) {
                rows[i] = want;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
            }
        }
    }
};

} // namespace Casebook
