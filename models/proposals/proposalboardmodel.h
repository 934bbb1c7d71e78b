// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proposal.h"

#include "models/storage/changefeed.h"
#include "models/storage/result.h"

#include <QAbstractListModel>
#include <QSet>

class QUndoStack;

namespace Casebook {

class Session;

/**
 * Every proposal on the board, one row each, behind all of the board's columns (each
 * column is a ProposalColumnModel over it). It reads the board once, follows the
 * ChangeFeed (another desktop's move arrives as a dataChanged of that row, a new proposal
 * as an inserted row), and performs the moves: by drag and drop (the columns' proxies
 * hand a drop to moveTo()), by keyboard or from a card's menu, each undoable.
 */
class ProposalBoardModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalBoardModel)

public:
    enum Role {
        StatusRole = Qt::UserRole + 100, ///< int(ProposalStatus)
        RequestsRole, ///< frequency
        CustomersRole, ///< distinct customers
        ScoreRole, ///< double, weighted by the lead's weights
        LastRequestedRole, ///< UTC ms, 0 when never
        TagRole,
        OwnerRole, ///< display name
        PremiumRequestsRole,
        ContractRequestsRole,
        ProposalIdRole, ///< qint64
    };

    /// What the board shows; text matches title and tag, a customer name matches who asked.
    struct Filter
    {
        QString text;
        QString tag;
        QString customer;
        enum class Tier { Any, Premium, Contract } tier = Tier::Any;
    };

    static constexpr auto mimeType = "application/x-casebook-proposal";

    explicit ProposalBoardModel(Session &session, QObject *parent = nullptr);
    ~ProposalBoardModel() override;

    /// A status as people read it: a column's title.
    [[nodiscard]] static QString statusText(ProposalStatus status);

    /// Reads the board; a reset (the only one: later changes arrive as precise signals).
    Status load();
    [[nodiscard]] Session &session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    [[nodiscard]] ProposalId proposalAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(ProposalId id) const;
    [[nodiscard]] const ProposalSummary *summary(ProposalId id) const;
    /// The card of a row of this model, for the columns' filter and sort: seven columns over
    /// thousands of cards read it tens of thousands of times when the board opens.
    [[nodiscard]] const ProposalSummary &summaryAt(int row) const { return m_rows.at(row); }
    /// The proposals a drag carries.
    [[nodiscard]] static QList<ProposalId> proposalsIn(const QMimeData *data);

    /**
     * Moves a card to another column against the version shown (undoable). A move to
     * Shipped or Declined announces loopToClose(). Declined asks for `reason`.
     */
    Status moveTo(ProposalId id, ProposalStatus status, const QString &reason = {});
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    [[nodiscard]] const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    /// Whether the row passes the filter (the columns ask).
    [[nodiscard]] bool accepts(int row) const;

    [[nodiscard]] const ProposalWeights &weights() const { return m_weights; }
    Status setWeights(const ProposalWeights &weights);

    /// The last error of a live reload, for the board's message line.
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void filterChanged();
    /// A card moved to Shipped or Declined: the customers who asked wait for the news.
    void loopToClose(Casebook::ProposalId id);
    void errorOccurred(const QString &message);

private:
    /// Rebuilds the id-to-row look-up after the rows changed.
    void indexRows();
    friend class ProposalMove;
    Status applyStatus(ProposalId id, ProposalStatus status, const QString &reason);
    void onChanged(const QList<Casebook::Change> &changes);
    void refresh();
    void readCustomerFilter();

    Session &m_session;
    QList<ProposalSummary> m_rows;
    QHash<ProposalId, int> m_rowOf;
    ProposalWeights m_weights;
    Filter m_filter;
    QSet<ProposalId> m_customerMatches;
    QUndoStack *m_undo = nullptr;
    QString m_lastError;
};

} // namespace Casebook
