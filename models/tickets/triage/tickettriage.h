// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook {

class Clock;
class Database;

/// One step the app offers after triage; views render these as buttons.
struct NextStep
{
    enum class Kind {
        Reply, ///< insert the canned reply `cannedKey` into the composer
        BugReport, ///< open a bug report for the ticket (R12)
        ProposalStep, ///< add the request to the proposal list or +1 one (R13)
        Tag, ///< tag the ticket with `tag` (R13: proposal-...)
    };
    Kind kind = Kind::Reply;
    QString cannedKey;
    QString tag;
    friend bool operator==(const NextStep &, const NextStep &) = default;
};

/**
 * Triage of a ticket (R10, R12, R28, R31, R39): complexity, severity, request kind and
 * channel. Each change is version-checked, recorded as a ticket event, and returns the new
 * version. Complexity decides what the app offers next (nextSteps()); a critical ticket
 * starts the 30-minute reaction clock (reaction_due_at), which the reminder scheduler reads.
 */
class TicketTriage final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::TicketTriage)

public:
    /// R12: leads are gathered when nobody reacts to a critical ticket within this time.
    static constexpr qint64 reactionWindowMs = 30LL * 60 * 1000;

    TicketTriage(Database &database, const Clock &clock);

    /// R10. Critical sets reaction_due_at to now + 30 min; any other complexity clears it.
    Result<qint64> setComplexity(TicketId id, Complexity complexity, qint64 expectedVersion, AgentId by);
    /// R28.
    Result<qint64> setSeverity(TicketId id, Severity severity, qint64 expectedVersion, AgentId by);
    /// R31.
    Result<qint64> setRequestKind(TicketId id, RequestKind kind, qint64 expectedVersion, AgentId by);
    /// R39.
    Result<qint64> setChannel(TicketId id, Channel channel, qint64 expectedVersion, AgentId by);
    /// R12: when the reaction to a critical ticket is due; nothing when no clock runs.
    Result<std::optional<qint64>> reactionDueAt(TicketId id) const;

    /// R11, R12, R13: what complexity offers next. Canned keys: "acknowledgement",
    /// "proposal-thanks". `subject` names the proposal tag suggestion.
    static QList<NextStep> nextSteps(Complexity complexity, const QString &subject = {});
    /// R13: "proposal-" and the subject's first words, lower case, joined by hyphens.
    static QString proposalTag(const QString &subject);

    /// R28: the seed's definition of a severity and its escalation route, for tooltips.
    static QString severityDefinition(Severity severity);
    /// Localised names for lists and buttons.
    static QString complexityText(Complexity complexity);
    static QString complexityDefinition(Complexity complexity);
    static QString severityText(Severity severity);
    static QString requestKindText(RequestKind kind);
    static QString channelText(Channel channel);
    static QString resolutionText(Resolution resolution);

private:
    Result<qint64> change(TicketId id, const QString &column, const QString &newValue, qint64 expectedVersion,
                          AgentId by, std::optional<qint64> reactionDue = std::nullopt);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
