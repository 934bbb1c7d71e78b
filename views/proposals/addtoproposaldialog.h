// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/proposal.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Casebook {

class ProposalPicker;

/**
 * R13 "Add to proposals": the agent types what the customer asks for; existing proposals
 * matching it appear as they type (with frequency and status) so the agent +1s one, or
 * creates a new one with the typed title. The customer's words come from a message picked
 * in the ticket. Opened with open(), so tests drive it without a modal loop.
 */
class AddToProposalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddToProposalDialog)

public:
    explicit AddToProposalDialog(ProposalPicker &picker, QWidget *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] int matchCount() const;
    /// +1 for the selected match.
    void addToSelected();
    /// A new proposal with the typed title.
    void createNew();

Q_SIGNALS:
    /// The ticket now counts for `proposal` (`counted` false: it counted already).
    void added(Casebook::ProposalId proposal, bool counted);

private:
    void search();

    ProposalPicker &m_picker;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QComboBox *m_words = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_message = nullptr;
    QList<ProposalId> m_counted;
};

} // namespace Casebook
