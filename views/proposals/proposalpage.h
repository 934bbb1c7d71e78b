// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/proposal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace Casebook {

class ProposalDetails;

/**
 * A proposal's page, a view of ProposalDetails: status, owner, score and counts per tier,
 * every request (customer, tier, ticket, date, the customer's words), description and RFC
 * in Markdown with a live preview, history with the team's comments, and merge.
 */
class ProposalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalPage)

public:
    explicit ProposalPage(ProposalDetails &details, QWidget *parent = nullptr);

    [[nodiscard]] ProposalDetails &details() const { return m_details; }

Q_SIGNALS:
    void ticketOpenRequested(Casebook::TicketId ticket);
    void errorOccurred(const QString &message);

private:
    void refresh();
    void saveTexts();
    void searchMergeTargets();
    void report(const QString &message);

    ProposalDetails &m_details;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_tiers = nullptr;
    QComboBox *m_owner = nullptr;
    QTableWidget *m_requests = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_rfc = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QListWidget *m_history = nullptr;
    QLineEdit *m_comment = nullptr;
    QLineEdit *m_mergeSearch = nullptr;
    QComboBox *m_mergeTarget = nullptr;
    QLabel *m_message = nullptr;
    bool m_filling = false;
};

} // namespace Casebook
