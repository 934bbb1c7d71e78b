// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cannedreply.h"
#include "cannedreplystore.h"
#include "models/common/listsync.h"

namespace Casebook {

struct Change;

/**
 * The team's canned replies as a list, read through CannedReplyStore and filtered by
 * language and by words in the title, key, shortcut or rule ids. Display is the title,
 * DetailRole "language · shortcut · key", IdRole the row id. Follows the ChangeFeed
 * (`canned_reply` changes, from this desktop or another) with precise signals, so the
 * selection survives another agent's edit.
 */
class CannedReplyListModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedReplyListModel)

public:
    CannedReplyListModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Only replies in `language`; empty shows every language.
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }
    /// Only replies whose title, key, shortcut or rule ids contain `text` (any case).
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_filterText; }

    /// The reply on a row as last read; an empty reply (id 0) for an invalid index.
    [[nodiscard]] CannedReply replyAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(qint64 id) const;
    [[nodiscard]] QModelIndex indexOf(const QString &key, const QString &language) const;
    /// Every reply of the team, filtered or not, as last read (for "is this key free?").
    [[nodiscard]] const QList<CannedReply> &allReplies() const { return m_all; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Reads the replies again and applies the difference; called on changes and by tests.
    Status refresh();

private:
    void onChanged(const QList<Casebook::Change> &changes);
    void applyFilter();
    [[nodiscard]] bool matches(const CannedReply &reply) const;

    CannedReplyStore m_store;
    QList<CannedReply> m_all;
    QList<CannedReply> m_rows;
    QString m_language;
    QString m_filterText;
    QString m_lastError;
};

} // namespace Casebook
