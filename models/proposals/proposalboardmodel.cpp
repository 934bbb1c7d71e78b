// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalboardmodel.h"

#include "proposalstore.h"

#include "models/agents/session.h"
#include "models/common/itemroles.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Casebook {

/// One move on the undo stack: redo applies it (the first time it was applied already).
class ProposalMove final : public QUndoCommand
{
public:
    ProposalMove(ProposalBoardModel &model, ProposalId id, ProposalStatus from, ProposalStatus to, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_id(id)
        , m_from(from)
        , m_to(to)
    {
    }
    void undo() override { report(m_model.applyStatus(m_id, m_from, {})); }
    void redo() override
    {
        if (m_applied)
            report(m_model.applyStatus(m_id, m_to, {}));
        m_applied = true;
    }

private:
    void report(const Status &status)
    {
        if (!status)
            Q_EMIT m_model.errorOccurred(status.error().message);
    }
    ProposalBoardModel &m_model;
    ProposalId m_id;
    ProposalStatus m_from;
    ProposalStatus m_to;
    bool m_applied = false;
};

ProposalBoardModel::ProposalBoardModel(Session &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
{
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &ProposalBoardModel::onChanged);
}

ProposalBoardModel::~ProposalBoardModel() = default;

QString ProposalBoardModel::statusText(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::New:
        return tr("New");
    case ProposalStatus::UnderReview:
        return tr("Under review");
    case ProposalStatus::Rfc:
        //: A proposal with a written request for comments
        return tr("RFC");
    case ProposalStatus::Planned:
        return tr("Planned");
    case ProposalStatus::InProgress:
        return tr("In progress");
    case ProposalStatus::Shipped:
        return tr("Shipped");
    case ProposalStatus::Declined:
        return tr("Declined");
    case ProposalStatus::Merged:
        return tr("Merged");
    }
    return {};
}

Status ProposalBoardModel::load()
{
    auto weights = TeamSettingsStore(m_session.database()).proposalWeights();
    if (!weights)
        return weights.error();
    auto board = ProposalStore(m_session.database(), m_session.clock()).board();
    if (!board)
        return board.error();
    beginResetModel();
    m_weights = *weights;
    m_rows = std::move(board).value();
    indexRows();
    endResetModel();
    return Done{};
}

void ProposalBoardModel::indexRows()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

int ProposalBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProposalBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposalSummary &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return p.title;
    case IdRole:
    case ProposalIdRole:
        return p.id.value();
    case StatusRole:
        return int(p.status);
    case RequestsRole:
    case RawValueRole:
        return p.requests;
    case CustomersRole:
        return p.customers;
    case ScoreRole:
        return p.score(m_weights);
    case LastRequestedRole:
        return p.lastRequestedAt;
    case TagRole:
        return p.tag;
    case OwnerRole:
        return p.ownerName;
    case PremiumRequestsRole:
        return p.premiumRequests;
    case ContractRequestsRole:
        return p.contractRequests;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProposalBoardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StatusRole, "status");
    names.insert(RequestsRole, "requests");
    names.insert(CustomersRole, "customers");
    names.insert(ScoreRole, "score");
    names.insert(LastRequestedRole, "lastRequested");
    names.insert(TagRole, "tag");
    names.insert(OwnerRole, "owner");
    names.insert(ProposalIdRole, "proposalId");
    return names;
}

Qt::ItemFlags ProposalBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList ProposalBoardModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *ProposalBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            out << proposalAt(index).value();
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), bytes);
    return data;
}

Qt::DropActions ProposalBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QList<ProposalId> ProposalBoardModel::proposalsIn(const QMimeData *data)
{
    QList<ProposalId> ids;
    if (!data)
        return ids;
    QByteArray bytes = data->data(QString::fromLatin1(mimeType));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    while (!in.atEnd()) {
        qint64 id = 0;
        in >> id;
        if (in.status() != QDataStream::Ok)
            break;
        ids.append(ProposalId(id));
    }
    return ids;
}

ProposalId ProposalBoardModel::proposalAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).id;
}

QModelIndex ProposalBoardModel::indexOf(ProposalId id) const
{
    const auto found = m_rowOf.constFind(id);
    return found == m_rowOf.cend() ? QModelIndex() : index(*found, 0);
}

const ProposalSummary *ProposalBoardModel::summary(ProposalId id) const
{
    const auto found = m_rowOf.constFind(id);
    return found == m_rowOf.cend() ? nullptr : &m_rows.at(*found);
}

Status ProposalBoardModel::moveTo(ProposalId id, ProposalStatus status, const QString &reason)
{
    const ProposalSummary *card = summary(id);
    if (!card)
        return Error{Error::Kind::NotFound, tr("The proposal is no longer on the board."), {}};
    const ProposalStatus from = card->status;
    if (from == status)
        return Done{};
    const QString title = card->title;
    if (auto applied = applyStatus(id, status, reason); !applied)
        return applied;
    //: Undo menu entry; %1 is the proposal's title
    m_undo->push(new ProposalMove(*this, id, from, status, tr("Move “%1”").arg(title)));
    if (closesTheLoop(status))
        Q_EMIT loopToClose(id);
    return Done{};
}

Status ProposalBoardModel::applyStatus(ProposalId id, ProposalStatus status, const QString &reason)
{
    const ProposalSummary *card = summary(id);
    if (!card)
        return Error{Error::Kind::NotFound, tr("The proposal is no longer on the board."), {}};
    ProposalStore store(m_session.database(), m_session.clock());
    const Status done = store.setStatus(id, status, card->version, m_session.agentId(), reason);
    // Success or a conflict: either way the row shows what is stored now.
    refresh();
    return done;
}

void ProposalBoardModel::setFilter(const Filter &filter)
{
    const bool customerChanged = filter.customer != m_filter.customer;
    m_filter = filter;
    if (customerChanged)
        readCustomerFilter();
    Q_EMIT filterChanged();
}

void ProposalBoardModel::readCustomerFilter()
{
    m_customerMatches.clear();
    const QString name = m_filter.customer.trimmed().toLower();
    if (name.isEmpty())
        return;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT r.proposal_id FROM proposal_requests r JOIN customers c ON c.id = r.customer_id "
              "WHERE lower(c.display_name) LIKE ? OR lower(c.company) LIKE ?"_s);
    const QString pattern = u'%' + QString(name).replace(u"%"_s, QString()).replace(u"_"_s, QString()) + u'%';
    q.addBindValue(pattern);
    q.addBindValue(pattern);
    if (!q.exec()) {
        m_lastError = m_session.database().errorFrom(q.lastError()).message;
        return;
    }
    while (q.next())
        m_customerMatches.insert(ProposalId(q.value(0).toLongLong()));
}

bool ProposalBoardModel::accepts(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const ProposalSummary &p = m_rows.at(row);
    if (!m_filter.text.isEmpty() && !p.title.contains(m_filter.text, Qt::CaseInsensitive)
        && !p.tag.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    if (!m_filter.tag.isEmpty() && p.tag.compare(m_filter.tag, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_filter.customer.trimmed().isEmpty() && !m_customerMatches.contains(p.id))
        return false;
    if (m_filter.tier == Filter::Tier::Premium && p.premiumRequests == 0)
        return false;
    if (m_filter.tier == Filter::Tier::Contract && p.contractRequests == 0)
        return false;
    return true;
}

Status ProposalBoardModel::setWeights(const ProposalWeights &weights)
{
    if (auto stored = TeamSettingsStore(m_session.database()).setProposalWeights(weights); !stored)
        return stored;
    m_weights = weights;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ScoreRole});
    return Done{};
}

void ProposalBoardModel::onChanged(const QList<Change> &changes)
{
    bool board = false;
    bool weights = false;
    for (const Change &change : changes) {
        board = board || change.entity == ProposalStore::changeEntity();
        weights = weights || change.entity == TeamSettingsStore::changeEntity();
    }
    if (weights) {
        if (auto read = TeamSettingsStore(m_session.database()).proposalWeights(); read && !(*read == m_weights)) {
            m_weights = *read;
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ScoreRole});
        }
    }
    if (board)
        refresh();
}

void ProposalBoardModel::refresh()
{
    // The rows stay in id order, so a change is an insert, a removal or a dataChanged at
    // its place, never a move; the columns' proxies re-sort and re-filter what changed.
    auto fresh = ProposalStore(m_session.database(), m_session.clock()).board();
    if (!fresh) {
        m_lastError = fresh.error().message;
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    const QList<ProposalSummary> &want = *fresh;
    qsizetype i = 0; // position in m_rows
    for (const ProposalSummary &row : want) {
        while (i < m_rows.size() && m_rows.at(i).id < row.id) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i).id == row.id) {
            if (!(m_rows.at(i) == row)) {
                m_rows[i] = row;
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        } else {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, row);
            endInsertRows();
        }
        ++i;
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, int(i), int(m_rows.size()) - 1);
        m_rows.resize(i);
        endRemoveRows();
    }
    indexRows();
    if (!m_filter.customer.trimmed().isEmpty()) {
        readCustomerFilter();
        Q_EMIT filterChanged();
    }
}

} // namespace Casebook
