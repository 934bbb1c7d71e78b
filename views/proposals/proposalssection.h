// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/proposal.h"
#include "models/storage/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace Casebook {

class CloseLoopDialog;
class ProposalBoard;
class ProposalBoardModel;
class ProposalDetails;
class ProposalPage;
class ReviewDialog;
class ReviewSession;
class Session;

/**
 * The Proposals section: filters and order above the board, the open proposal's page beside
 * it, the weekly review, close the loop after a move to Shipped or Declined, and the CSV
 * export and spreadsheet import.
 */
class ProposalsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalsSection)

public:
    explicit ProposalsSection(Session &session, QWidget *parent = nullptr);
    ~ProposalsSection() override;

    [[nodiscard]] ProposalBoardModel *model() const { return m_model; }
    [[nodiscard]] ProposalBoard *board() const { return m_board; }
    [[nodiscard]] ProposalPage *page() const { return m_page; }

    /// Shows the proposal's page beside the board.
    void openProposal(ProposalId id);
    /// The review mode, opened (not executed) so that callers and tests drive it.
    ReviewDialog *startReview();
    /// Close the loop for a proposal just shipped or declined, opened.
    CloseLoopDialog *closeLoop(ProposalId id);
    Status exportTo(const QString &path);
    Status importFrom(const QString &path);

Q_SIGNALS:
    void ticketOpenRequested(Casebook::TicketId ticket);

private:
    QWidget *createFilterBar();
    void applyFilter();
    void showMessage(const QString &text);
    void chooseExport();
    void chooseImport();
    void editWeights();

    Session &m_session;
    ProposalBoardModel *m_model = nullptr;
    ProposalBoard *m_board = nullptr;
    ProposalDetails *m_details = nullptr;
    ProposalPage *m_page = nullptr;
    ReviewSession *m_review = nullptr;
    QSplitter *m_split = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_customer = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook
