// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/proposal.h"

#include <QWidget>

#include <vector>

class QLabel;
class QListView;

namespace Casebook {

class ProposalBoardModel;
class ProposalColumnModel;

/**
 * The board: one column per status, each a list of cards over one ProposalColumnModel of
 * the same ProposalBoardModel. Cards are dragged to another column, moved by keyboard
 * (Ctrl+Left / Ctrl+Right) or from their menu; Enter or a double click opens one.
 */
class ProposalBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalBoard)

public:
    explicit ProposalBoard(ProposalBoardModel &model, QWidget *parent = nullptr);

    [[nodiscard]] ProposalColumnModel *column(ProposalStatus status) const;
    [[nodiscard]] QListView *columnView(ProposalStatus status) const;
    /// The card with focus (or selected last); invalid when none.
    [[nodiscard]] ProposalId currentProposal() const;
    void selectProposal(ProposalId id);
    /// Moves the current card one column left (-1) or right (+1).
    void moveCurrent(int step);

Q_SIGNALS:
    void openRequested(Casebook::ProposalId id);
    void currentChanged(Casebook::ProposalId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        ProposalStatus status;
        ProposalColumnModel *model;
        QListView *view;
        QLabel *title;
    };
    void showMenu(const Column &column, const QPoint &at);
    void updateTitles();
    void moveTo(ProposalId id, ProposalStatus status);

    ProposalBoardModel &m_model;
    std::vector<Column> m_columns;
    ProposalId m_current;
};

} // namespace Casebook
