// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

class QDialog;

namespace Casebook {

class OpenTicket;

/**
 * Triage beside the ticket (R10, R12, R13, R14, R28, R31, R39): complexity, severity (the
 * seed's definitions as tooltips), request kind, channel, tags with autocomplete, the next
 * steps that complexity offers, and the reaction clock of a critical ticket. A view of the
 * open ticket: every change goes through it, version-checked; a conflict is shown in the
 * panel, naming who was first, and the panel shows the ticket as it is now.
 */
class TriagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePanel)

public:
    explicit TriagePanel(OpenTicket &ticket, QWidget *parent = nullptr);
    ~TriagePanel() override;

    /// R13: opens "Add to proposals" for the ticket (any ticket, not only one rated
    /// "proposal"); a counted request offers the thank-you reply. Returns the open dialog.
    QDialog *addToProposals();

Q_SIGNALS:
    /// A next step asks the composer for the canned reply with this key.
    void replyOffered(const QString &cannedKey);
    /// R12: a critical ticket asks for a bug report.
    void bugReportRequested(Casebook::TicketId ticket);
    /// R13: add the request to the proposal list (or +1 one).
    void proposalRequested(Casebook::TicketId ticket);

private:
    void showTicket();
    void showTags();
    void showNextSteps();
    void updateReactionClock();
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    /// Shows what an action did: its error, and the ticket as it is now.
    void showResult(const Status &result);
    void showError(const QString &message);

    OpenTicket &m_ticket;
    bool m_loading = false;
    QComboBox *m_complexity = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QCompleter *m_completer = nullptr;
    QWidget *m_tagChips = nullptr;
    QHBoxLayout *m_tagChipsLayout = nullptr;
    QWidget *m_nextSteps = nullptr;
    QVBoxLayout *m_nextStepsLayout = nullptr;
    QLabel *m_reactionClock = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace Casebook
