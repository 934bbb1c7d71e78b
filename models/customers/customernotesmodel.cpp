// SPDX-License-Identifier: GPL-3.0-or-later
#include "customernotesmodel.h"

#include "customerstore.h"
#include "models/common/dates.h"
#include "models/common/itemroles.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

CustomerNotesModel::CustomerNotesModel(Database &database, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
{
}

Status CustomerNotesModel::setCustomer(CustomerId customer)
{
    // Read with the rows below, so hiding the corrected notes again costs no read of its own.
    m_showSuperseded = false;
    if (customer == m_customer)
        return refresh();
    // Another customer is another list: the one place a reset is right. The rows are read
    // before the reset, so a card with a thousand notes fills in one step, not row by row.
    m_customer = customer;
    Result<QList<CustomerNote>> fresh = customer.isValid() ? load() : QList<CustomerNote>();
    beginResetModel();
    m_notes = fresh ? fresh.value() : QList<CustomerNote>();
    endResetModel();
    if (!fresh) {
        m_lastError = fresh.error().message;
        return fresh.error();
    }
    m_lastError.clear();
    return Done{};
}

void CustomerNotesModel::setShowSuperseded(bool show)
{
    if (show == m_showSuperseded)
        return;
    m_showSuperseded = show;
    (void)refresh(); // the corrected notes come or go with precise signals
}

Result<QList<CustomerNote>> CustomerNotesModel::load()
{
    auto all = CustomerStore(m_database).notes(m_customer);
    if (!all)
        return all;
    const int superseded =
        int(std::count_if(all->cbegin(), all->cend(), [](const CustomerNote &n) { return n.supersededBy.isValid(); }));
    if (superseded != m_supersededCount) {
        m_supersededCount = superseded;
        Q_EMIT supersededCountChanged(superseded);
    }
    if (m_showSuperseded)
        return all;
    QList<CustomerNote> shown;
    shown.reserve(all->size());
    for (const CustomerNote &note : all.value()) {
        if (!note.supersededBy.isValid())
            shown.append(note);
    }
    return shown;
}

Status CustomerNotesModel::refresh()
{
    if (!m_customer.isValid())
        return Done{};
    auto fresh = load();
    if (!fresh) {
        m_lastError = fresh.error().message; // keep showing what we had
        return fresh.error();
    }
    m_lastError.clear();
    syncRows(
        m_notes, fresh.value(), [](const CustomerNote &n) { return n.id; },
        [](const CustomerNote &a, const CustomerNote &b) {
            return a.version == b.version && a.pinned == b.pinned && a.supersededBy == b.supersededBy;
        });
    return Done{};
}

CustomerNote CustomerNotesModel::noteAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        ? m_notes.at(index.row())
        : CustomerNote{};
}

QModelIndex CustomerNotesModel::indexOf(NoteId note) const
{
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_notes.at(i).id == note)
            return index(int(i));
    }
    return {};
}

int CustomerNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant CustomerNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return note.body;
    case Qt::ToolTipRole:
        //: Tooltip of a customer note: author and local date and time
        return tr("Written by %1 on %2")
            .arg(note.authorName.isEmpty() ? tr("a former agent") : note.authorName, Dates::full(note.createdAt));
    case RawValueRole:
        return note.createdAt;
    case IdRole:
        return note.id.value();
    case PinnedRole:
        return note.pinned;
    case AuthorRole:
        return note.authorName;
    case CreatedAtRole:
        return note.createdAt;
    case SupersededRole:
        return note.supersededBy.isValid();
    case SupersedesRole:
        return note.supersedes.value();
    default:
        return {};
    }
}

Qt::ItemFlags CustomerNotesModel::flags(const QModelIndex &index) const
{
    // Selectable for pin and correct, but never draggable: a note dropped into a reply
    // would leave the team (R38).
    return SyncedListModel::flags(index) & ~Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> CustomerNotesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(PinnedRole, "pinned");
    names.insert(AuthorRole, "author");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(SupersededRole, "superseded");
    names.insert(SupersedesRole, "supersedes");
    return names;
}

} // namespace Casebook
