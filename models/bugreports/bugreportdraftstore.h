// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bugreport.h"
#include "models/storage/result.h"

#include <QJsonObject>

#include <optional>

namespace Casebook {

class Clock;
class Database;

/// What a half-written report holds; saved as JSON in drafts.body.
struct BugReportDraft
{
    QString templateFileName;
    TicketId ticket;
    QString title;
    QJsonObject fields; ///< answersToJson
    std::optional<Severity> severity;
    ProductAreaId area;
    qint64 updatedAt = 0; ///< when it was last saved (read only)

    [[nodiscard]] QJsonObject toJson() const;
    static BugReportDraft fromJson(const QJsonObject &json);
};

/**
 * Half-written bug reports in the drafts table, one per agent and scope, saved as the
 * agent types (the view debounces) and committed at once, so a crash loses nothing.
 * The scope is "bugreport/new/<template file>/<ticket id or 0>": reopening the same form
 * for the same ticket finds the draft again.
 */
class BugReportDraftStore final
{
public:
    explicit BugReportDraftStore(Database &database);
    BugReportDraftStore(Database &database, const Clock &clock);

    [[nodiscard]] static QString scope(const QString &templateFileName, TicketId ticket);

    /// Inserts or replaces the agent's draft for the draft's scope.
    Status save(AgentId agent, const BugReportDraft &draft);
    /// The agent's draft for the form and ticket, if any.
    Result<std::optional<BugReportDraft>> load(AgentId agent, const QString &templateFileName, TicketId ticket) const;
    /// Every bug-report draft of the agent, newest first (to offer recovery after a crash).
    Result<QList<BugReportDraft>> drafts(AgentId agent) const;
    /// Deletes the draft (after submitting or when the agent discards it). Missing is fine.
    Status discard(AgentId agent, const QString &templateFileName, TicketId ticket);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
