// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issueform.h"
#include "models/storage/enumnames.h"
#include "models/storage/ids.h"
#include "models/tickets/ticket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Casebook {

using BugTemplateId = Id<struct BugTemplateTag>;
using ProductAreaId = Id<struct ProductAreaTag>;

/// Where a report stands with QA (R26). `Draft` exists in the schema for imported data;
/// reports being written live in the drafts table (BugReportDraftStore) until submitted.
enum class BugReportStatus { Draft, Submitted, Accepted, Declined };

/// R41: the stages a customer hears about once a report is accepted.
enum class BugStage { InProgress, Staging, CanaryGa, Backlog, Blocked };

/// R26: why QA declined a report.
enum class DeclineReason { StepsNeedChanging, WorksAsDesigned, UpdateToLatest, CannotReproduce, Duplicate };

/// R28: who hears about a report. Resolved to agents when the report is submitted.
enum class RouteTarget {
    AreaOwner, ///< the owner of the report's product area (R29)
    DutyAgent, ///< the agent on a duty shift today (R03)
    Leads, ///< every active lead and admin
    OnShift, ///< everyone whose shift covers the moment of submitting
};

inline constexpr EnumNames<BugReportStatus, 4> bugReportStatusNames{{{
    {BugReportStatus::Draft, "draft"},
    {BugReportStatus::Submitted, "submitted"},
    {BugReportStatus::Accepted, "accepted"},
    {BugReportStatus::Declined, "declined"},
}}};
inline constexpr EnumNames<BugStage, 5> bugStageNames{{{
    {BugStage::InProgress, "in_progress"},
    {BugStage::Staging, "staging"},
    {BugStage::CanaryGa, "canary_ga"},
    {BugStage::Backlog, "backlog"},
    {BugStage::Blocked, "blocked"},
}}};
inline constexpr EnumNames<DeclineReason, 5> declineReasonNames{{{
    {DeclineReason::StepsNeedChanging, "steps"},
    {DeclineReason::WorksAsDesigned, "as_designed"},
    {DeclineReason::UpdateToLatest, "update_version"},
    {DeclineReason::CannotReproduce, "cannot_reproduce"},
    {DeclineReason::Duplicate, "duplicate"},
}}};
inline constexpr EnumNames<RouteTarget, 4> routeTargetNames{{{
    {RouteTarget::AreaOwner, "area_owner"},
    {RouteTarget::DutyAgent, "duty_agent"},
    {RouteTarget::Leads, "leads"},
    {RouteTarget::OnShift, "on_shift"},
}}};

/// Translated names for lists, filters and history.
[[nodiscard]] QString bugReportStatusText(BugReportStatus status);
[[nodiscard]] QString bugStageText(BugStage stage);
[[nodiscard]] QString declineReasonText(DeclineReason reason);
[[nodiscard]] QString routeTargetText(RouteTarget target);
/// R28's four definitions: "Low: a workaround exists", ...
[[nodiscard]] QString severityText(Severity severity);

/**
 * The severity a dropdown answer names: the first word of the choice ("Low: a workaround
 * exists", "critical", "Высокая" are not all understood: English words low, medium, high,
 * critical and their Russian equivalents are). Nothing when the text names none.
 */
[[nodiscard]] std::optional<Severity> severityFromText(const QString &text);

/// R26: QA's decision after trying to reproduce the report on the latest version.
struct QaVerdict
{
    bool accepted = false;
    QString reproducedOnVersion; ///< the latest version QA tried; required
    QString taskUrl; ///< accepted: the task that was created; required
    std::optional<DeclineReason> reason; ///< declined: required
    BugReportId duplicateOf; ///< reason Duplicate: the report it duplicates; required
    QString note; ///< anything QA adds (shown in the history)
};

/**
 * The key of the canned reply that tells the customer about a verdict (R26):
 * "qa-accepted", "qa-declined-steps", "qa-declined-as-designed", "qa-declined-update",
 * "qa-declined-cannot-reproduce", "qa-declined-duplicate". The texts ship in
 * resources/replies/qa.<lang>.json (`:/replies/qa.en.json`).
 */
[[nodiscard]] QString cannedReplyKey(const QaVerdict &verdict);
/// R41: "stage-in-progress", "stage-staging", "stage-canary-ga", "stage-backlog", "stage-blocked".
[[nodiscard]] QString cannedReplyKey(BugStage stage);

/// R28: the targets notified for one severity; team data with shipped defaults.
struct EscalationRoute
{
    Severity severity = Severity::Low;
    QList<RouteTarget> targets;
    qint64 version = 0;
};

/// The shipped route of a severity: low -> area owner; medium -> area owner and duty agent;
/// high -> leads; critical -> leads and everyone on shift.
[[nodiscard]] QList<RouteTarget> defaultRouteTargets(Severity severity);

/// A route as recorded with a report at submit: the targets and the agents they meant then.
struct RecordedRoute
{
    std::optional<Severity> severity;
    QList<RouteTarget> targets;
    QList<AgentId> agents; ///< deduplicated, in target order

    [[nodiscard]] QJsonObject toJson() const;
    static RecordedRoute fromJson(const QJsonObject &json);
    friend bool operator==(const RecordedRoute &, const RecordedRoute &) = default;
};

/// R29: a product area and the agent its reports go to.
struct ProductArea
{
    ProductAreaId id;
    QString name;
    AgentId owner;
    QString ownerName;
    qint64 version = 0;
};

/// A bug report as stored. `fields` holds the answers by element key (see formanswersjson.h).
struct BugReport
{
    BugReportId id;
    BugTemplateId templateId;
    QString templateYaml; ///< the form as it was at submit; parse it to show the report
    TicketId ticket;
    CustomerId customer;
    QString customerName;
    QString title;
    QJsonObject fields;
    std::optional<Severity> severity;
    ProductAreaId area;
    QString areaName;
    AgentId owner; ///< R29: the area's owner when it was submitted
    QString ownerName;
    BugReportStatus status = BugReportStatus::Submitted;
    std::optional<DeclineReason> declineReason;
    BugReportId duplicateOf;
    QString reproducedVersion;
    QString taskUrl;
    std::optional<BugStage> stage;
    RecordedRoute route; ///< R28
    AgentId createdBy;
    QString createdByName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;
    bool isPrivate = false; ///< R40: filed from a private request; leads and its assignee only
};

/**
 * One line of a report's history (bug_report_events). Kinds and their values:
 * - "submitted": new = "submitted".
 * - "owner" (R29): new = the owner's agent id, note = their name then.
 * - "route" (R28): new = RecordedRoute JSON, note = the targets and names, readable.
 * - "verdict" (R26): old/new = statuses; note's first line = the task link (accepted) or the
 *   DeclineReason name (declined), then QA's own note.
 * - "stage" (R41): old/new = BugStage names, note = the agent's note.
 */
struct BugReportEvent
{
    qint64 id = 0;
    BugReportId report;
    AgentId agent;
    QString agentName;
    QString kind;
    QString oldValue;
    QString newValue;
    QString note;
    qint64 createdAt = 0;

    /// One sentence for the history list, translated.
    [[nodiscard]] QString describe() const;
};

/// A report that may describe the same bug, best match first.
struct DuplicateCandidate
{
    BugReportId id;
    QString title;
    BugReportStatus status = BugReportStatus::Submitted;
    qint64 createdAt = 0;
    double score = 0; ///< higher is a better match; comparable within one search only
};

/// casebook://ticket/N, the link that opens a ticket in Casebook (R25 "link to the dialogue").
[[nodiscard]] QUrl dialogueLink(TicketId ticket);

} // namespace Casebook

Q_DECLARE_METATYPE(Casebook::BugTemplateId)
Q_DECLARE_METATYPE(Casebook::ProductAreaId)
Q_DECLARE_METATYPE(Casebook::BugReportId)
