// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedreplylistmodel.h"

#include "models/common/itemroles.h"
#include "models/storage/changefeed.h"
#include "models/storage/database.h"
#include "replytemplate.h"

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

bool sameReply(const CannedReply &a, const CannedReply &b)
{
    return a.version == b.version && a.title == b.title && a.shortcut == b.shortcut && a.ruleId == b.ruleId
        && a.body == b.body && a.key == b.key && a.language == b.language;
}

} // namespace

CannedReplyListModel::CannedReplyListModel(Database &database, const Clock &clock, QObject *parent)
    : SyncedListModel(parent)
    , m_store(database, clock)
{
    if (ChangeFeed *feed = database.changeFeed())
        connect(feed, &ChangeFeed::changed, this, &CannedReplyListModel::onChanged);
    (void)refresh();
}

int CannedReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CannedReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CannedReply &reply = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        return reply.title;
    case DetailRole: {
        QStringList parts{reply.language.toUpper()};
        if (!reply.shortcut.isEmpty() && reply.shortcut != reply.key)
            parts.append(reply.shortcut);
        parts.append(reply.key);
        return parts.join(u" \u00b7 "_s);
    }
    case Qt::ToolTipRole:
        //: A canned reply in the list; %1 its key, %2 its language, %3 its playbook rules
        return tr("Key: %1\nLanguage: %2\nRules: %3")
            .arg(reply.key, ReplyTemplate::languageName(reply.language),
                 reply.ruleId.isEmpty() ? tr("none") : reply.ruleId);
    case IdRole:
        return reply.id;
    default:
        return {};
    }
}

void CannedReplyListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    applyFilter();
}

void CannedReplyListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    applyFilter();
}

CannedReply CannedReplyListModel::replyAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows.size() ? m_rows.at(index.row())
                                                                                   : CannedReply{};
}

QModelIndex CannedReplyListModel::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(int(i));
    }
    return {};
}

QModelIndex CannedReplyListModel::indexOf(const QString &key, const QString &language) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key && m_rows.at(i).language == language)
            return index(int(i));
    }
    return {};
}

Status CannedReplyListModel::refresh()
{
    auto fresh = m_store.replies();
    if (!fresh) {
        m_lastError = fresh.error().message;
        return fresh.error();
    }
    m_lastError.clear();
    m_all = std::move(fresh).value();
    applyFilter();
    return Done{};
}

bool CannedReplyListModel::matches(const CannedReply &reply) const
{
    if (!m_language.isEmpty() && reply.language != m_language)
        return false;
    if (m_filterText.isEmpty())
        return true;
    // Every word somewhere: "ack ru" or "R22 refund" narrow down as people expect.
    const QStringList words = m_filterText.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&reply](const QString &word) {
        return reply.title.contains(word, Qt::CaseInsensitive) || reply.key.contains(word, Qt::CaseInsensitive)
            || reply.shortcut.contains(word, Qt::CaseInsensitive) || reply.ruleId.contains(word, Qt::CaseInsensitive);
    });
}

void CannedReplyListModel::applyFilter()
{
    QList<CannedReply> shown;
    for (const CannedReply &reply : std::as_const(m_all)) {
        if (matches(reply))
            shown.append(reply);
    }
    // Filtering and live changes alike move rows in and out precisely: the selection stays.
    syncRows(m_rows, shown, [](const CannedReply &r) { return r.id; }, sameReply);
}

void CannedReplyListModel::onChanged(const QList<Change> &changes)
{
    const bool relevant =
        std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.entity == u"canned_reply"; });
    if (relevant)
        (void)refresh();
}

} // namespace Casebook
