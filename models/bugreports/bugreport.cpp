// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebook {

QString bugReportStatusText(BugReportStatus status)
{
    switch (status) {
    case BugReportStatus::Draft:
        return QCoreApplication::translate("Casebook::BugReport", "Draft");
    case BugReportStatus::Submitted:
        //: A bug report waiting for QA's verdict
        return QCoreApplication::translate("Casebook::BugReport", "Submitted");
    case BugReportStatus::Accepted:
        return QCoreApplication::translate("Casebook::BugReport", "Accepted");
    case BugReportStatus::Declined:
        return QCoreApplication::translate("Casebook::BugReport", "Declined");
    }
    return {};
}

QString bugStageText(BugStage stage)
{
    switch (stage) {
    case BugStage::InProgress:
        return QCoreApplication::translate("Casebook::BugReport", "In progress");
    case BugStage::Staging:
        return QCoreApplication::translate("Casebook::BugReport", "Staging");
    case BugStage::CanaryGa:
        //: Release stage: canary or general availability
        return QCoreApplication::translate("Casebook::BugReport", "Canary/GA");
    case BugStage::Backlog:
        return QCoreApplication::translate("Casebook::BugReport", "Backlog");
    case BugStage::Blocked:
        return QCoreApplication::translate("Casebook::BugReport", "Blocked");
    }
    return {};
}

QString declineReasonText(DeclineReason reason)
{
    switch (reason) {
    case DeclineReason::StepsNeedChanging:
        return QCoreApplication::translate("Casebook::BugReport", "The steps need changing");
    case DeclineReason::WorksAsDesigned:
        return QCoreApplication::translate("Casebook::BugReport", "Works as designed");
    case DeclineReason::UpdateToLatest:
        return QCoreApplication::translate("Casebook::BugReport", "Update to the latest version");
    case DeclineReason::CannotReproduce:
        return QCoreApplication::translate("Casebook::BugReport", "Cannot reproduce");
    case DeclineReason::Duplicate:
        return QCoreApplication::translate("Casebook::BugReport", "Duplicate of another report");
    }
    return {};
}

QString routeTargetText(RouteTarget target)
{
    switch (target) {
    case RouteTarget::AreaOwner:
        return QCoreApplication::translate("Casebook::BugReport", "Product area owner");
    case RouteTarget::DutyAgent:
        return QCoreApplication::translate("Casebook::BugReport", "Duty agent");
    case RouteTarget::Leads:
        return QCoreApplication::translate("Casebook::BugReport", "All leads");
    case RouteTarget::OnShift:
        return QCoreApplication::translate("Casebook::BugReport", "Everyone on shift");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QCoreApplication::translate("Casebook::BugReport", "Low: a workaround exists");
    case Severity::Medium:
        return QCoreApplication::translate("Casebook::BugReport", "Medium: the customer is blocked");
    case Severity::High:
        return QCoreApplication::translate("Casebook::BugReport", "High: all customers are blocked");
    case Severity::Critical:
        return QCoreApplication::translate("Casebook::BugReport", "Critical: the platform is offline");
    }
    return {};
}

std::optional<Severity> severityFromText(const QString &text)
{
    // The first word decides: "Low: a workaround exists", "critical", "Высокая — ...".
    const QString word =
        text.trimmed()
            .section(QRegularExpression(u"[^\\w]"_s, QRegularExpression::UseUnicodePropertiesOption), 0, 0)
            .toLower();
    static const QList<std::pair<QString, Severity>> words{
        {u"low"_s, Severity::Low},
        {u"низкая"_s, Severity::Low},
        {u"низкий"_s, Severity::Low},
        {u"medium"_s, Severity::Medium},
        {u"средняя"_s, Severity::Medium},
        {u"средний"_s, Severity::Medium},
        {u"high"_s, Severity::High},
        {u"высокая"_s, Severity::High},
        {u"высокий"_s, Severity::High},
        {u"critical"_s, Severity::Critical},
        {u"критическая"_s, Severity::Critical},
        {u"критический"_s, Severity::Critical},
    };
    for (const auto &[name, severity] : words) {
        if (word == name)
            return severity;
    }
    return std::nullopt;
}

QString cannedReplyKey(const QaVerdict &verdict)
{
    if (verdict.accepted)
        return u"qa-accepted"_s;
    switch (verdict.reason.value_or(DeclineReason::CannotReproduce)) {
    case DeclineReason::StepsNeedChanging:
        return u"qa-declined-steps"_s;
    case DeclineReason::WorksAsDesigned:
        return u"qa-declined-as-designed"_s;
    case DeclineReason::UpdateToLatest:
        return u"qa-declined-update"_s;
    case DeclineReason::CannotReproduce:
        return u"qa-declined-cannot-reproduce"_s;
    case DeclineReason::Duplicate:
        return u"qa-declined-duplicate"_s;
    }
    return {};
}

QString cannedReplyKey(BugStage stage)
{
    switch (stage) {
    case BugStage::InProgress:
        return u"stage-in-progress"_s;
    case BugStage::Staging:
        return u"stage-staging"_s;
    case BugStage::CanaryGa:
        return u"stage-canary-ga"_s;
    case BugStage::Backlog:
        return u"stage-backlog"_s;
    case BugStage::Blocked:
        return u"stage-blocked"_s;
    }
    return {};
}

QList<RouteTarget> defaultRouteTargets(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return {RouteTarget::AreaOwner};
    case Severity::Medium:
        return {RouteTarget::AreaOwner, RouteTarget::DutyAgent};
    case Severity::High:
        return {RouteTarget::Leads};
    case Severity::Critical:
        return {RouteTarget::Leads, RouteTarget::OnShift};
    }
    return {};
}

QJsonObject RecordedRoute::toJson() const
{
    QJsonObject json;
    if (severity)
        json[u"severity"] = severityNames.name(*severity);
    QJsonArray targetNames;
    for (RouteTarget target : targets)
        targetNames.append(routeTargetNames.name(target));
    json[u"targets"] = targetNames;
    QJsonArray agentIds;
    for (AgentId agent : agents)
        agentIds.append(agent.value());
    json[u"agents"] = agentIds;
    return json;
}

RecordedRoute RecordedRoute::fromJson(const QJsonObject &json)
{
    RecordedRoute route;
    route.severity = severityNames.parse(json.value(u"severity").toString());
    for (const auto &name : json.value(u"targets").toArray()) {
        if (const auto target = routeTargetNames.parse(name.toString()))
            route.targets.append(*target);
    }
    for (const auto &id : json.value(u"agents").toArray())
        route.agents.append(AgentId(id.toInteger()));
    return route;
}

QString BugReportEvent::describe() const
{
    const QString who = agentName.isEmpty() ? QCoreApplication::translate("Casebook::BugReport", "Someone") : agentName;
    QString text;
    if (kind == u"submitted") {
        text = QCoreApplication::translate("Casebook::BugReport", "%1 submitted the report").arg(who);
    } else if (kind == u"owner") {
        text = note.isEmpty()
            ? QCoreApplication::translate("Casebook::BugReport", "The product area has no owner")
            //: %1 is the owner's name (R29)
            : QCoreApplication::translate("Casebook::BugReport", "Assigned to the area's owner, %1").arg(note);
    } else if (kind == u"route") {
        //: %1 lists who is notified for the report's severity (R28)
        text = QCoreApplication::translate("Casebook::BugReport", "Escalation route: %1").arg(note);
    } else if (kind == u"verdict") {
        // The note's first line is the task link (accepted) or the reason (declined).
        const QString detail = note.section(u'\n', 0, 0);
        const auto status = bugReportStatusNames.parse(newValue);
        if (status == BugReportStatus::Accepted) {
            text =
                QCoreApplication::translate("Casebook::BugReport", "%1 accepted the report; task: %2").arg(who, detail);
        } else if (status == BugReportStatus::Declined) {
            const auto reason = declineReasonNames.parse(detail);
            text = QCoreApplication::translate("Casebook::BugReport", "%1 declined the report: %2")
                       .arg(who, reason ? declineReasonText(*reason) : detail);
        } else {
            text = QCoreApplication::translate("Casebook::BugReport", "%1 set the verdict to %2").arg(who, newValue);
        }
    } else if (kind == u"stage") {
        const auto stage = bugStageNames.parse(newValue);
        text = QCoreApplication::translate("Casebook::BugReport", "%1 told the customer: %2")
                   .arg(who, stage ? bugStageText(*stage) : newValue);
    } else {
        text = u"%1: %2 → %3"_s.arg(kind, oldValue, newValue);
    }
    return text;
}

QUrl dialogueLink(TicketId ticket)
{
    QUrl url;
    url.setScheme(u"casebook"_s);
    url.setHost(u"ticket"_s);
    url.setPath(u"/"_s + QString::number(ticket.value()));
    return url;
}

} // namespace Casebook
