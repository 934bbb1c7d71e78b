// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;

namespace Casebook {

class Session;
class TagListModel;
struct Change;
struct Ticket;

/**
 * Triage beside the ticket (R10, R12, R13, R14, R28, R31, R39): complexity, severity (the
 * seed's definitions as tooltips), request kind, channel, tags with autocomplete, the next
 * steps that complexity offers, and the reaction clock of a critical ticket. Every change is
 * version-checked; a conflict is shown in the panel, naming who was first, and the panel reloads.
 */
class TriagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePanel)

public:
    explicit TriagePanel(Session &session, QWidget *parent = nullptr);
    ~TriagePanel() override;

    void setTicket(Casebook::TicketId ticket);
    [[nodiscard]] TicketId ticket() const { return m_ticket; }

Q_SIGNALS:
    /// A next step asks the composer for the canned reply with this key.
    void replyOffered(const QString &cannedKey);
    /// R12: a critical ticket asks for a bug report.
    void bugReportRequested(Casebook::TicketId ticket);
    /// R13: add the request to the proposal list (or +1 one).
    void proposalRequested(Casebook::TicketId ticket);

private:
    void reload();
    void showTicket(const Ticket &ticket);
    void showTags();
    void showNextSteps(const Ticket &ticket);
    void updateReactionClock();
    void onChanged(const QList<Casebook::Change> &changes);
    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    /// Applies a triage change; `change` gets the version and returns the new one.
    template<typename Fn>
    void apply(Fn change);
    void showError(const QString &message);

    Session &m_session;
    TicketId m_ticket;
    qint64 m_version = 0;
    std::optional<qint64> m_reactionDue;
    bool m_loading = false;
    QComboBox *m_complexity = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QCompleter *m_completer = nullptr;
    TagListModel *m_tagModel = nullptr;
    QWidget *m_tagChips = nullptr;
    QHBoxLayout *m_tagChipsLayout = nullptr;
    QWidget *m_nextSteps = nullptr;
    QHBoxLayout *m_nextStepsLayout = nullptr;
    QLabel *m_reactionClock = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace Casebook
