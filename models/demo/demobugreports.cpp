// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's bug reports: one per ticket that reports a fault, at every stage of its life.
#include "models/bugreports/bugreport.h"
#include "ticketwriter.h"

#include <QJsonDocument>

namespace Casebook::DemoTickets {

void TicketWriter::planBugReport(qint64 ticketId, const DemoText::Topic &topic, const DemoContext::Customer &customer,
                                 qint64 agent, qint64 at, TicketStatus status, const QVariant &severity,
                                 qint64 &stageOut)
{
    Dice &d = m_dice;
    const qint64 id = ++m_bugId;
    // Every status and every stage shows up in a demo, each with the history that led there.
    QString verdict = u"submitted"_s;
    QStringList stages; // R41: in the order the customer heard them
    // Accepted but not released yet: the stage paths in turn, so each one shows up.
    static const QList<QStringList> paths{
        {u"in_progress"_s, u"staging"_s}, {u"backlog"_s}, {u"in_progress"_s, u"blocked"_s}, {u"in_progress"_s}};
    if (status == TicketStatus::OnHold) {
        verdict = u"accepted"_s;
        stages = paths.at(m_unreleasedBugs++ % paths.size());
    } else if (status == TicketStatus::Solved || status == TicketStatus::Closed) {
        verdict = d.chance(0.75) ? u"accepted"_s : u"declined"_s;
        if (verdict == u"accepted")
            stages = {u"in_progress"_s, u"staging"_s, u"canary_ga"_s};
    } else {
        // In turn, so even a small demo has each: mostly waiting for QA, some accepted, a draft.
        static const QStringList turns{u"submitted"_s, u"accepted"_s, u"submitted"_s, u"draft"_s,
                                       u"submitted"_s, u"accepted"_s, u"submitted"_s};
        verdict = turns.at(m_openBugs++ % turns.size());
        if (verdict == u"accepted")
            stages = paths.at(m_unreleasedBugs++ % paths.size());
    }
    QVariant reasonCode, note, taskUrl, duplicateOf, reproduced;
    if (verdict == u"declined") {
        // R26: the reasons in turn; a duplicate points at the report before it.
        const auto [code, text] = DemoText::declineReason(m_declined++);
        reasonCode = (code == u"duplicate" && id == 1) ? u"cannot_reproduce"_s : code;
        note = text;
        if (reasonCode == u"duplicate"_s)
            duplicateOf = id - 1;
    }
    const QString latest = u"3.5.0"_s;
    if (verdict == u"accepted" || verdict == u"declined")
        reproduced = latest;
    if (verdict == u"accepted") {
        taskUrl = QString(u"https://tasks.example.org/CB-"_s + QString::number(1000 + id));
        stageOut = stages.contains(u"canary_ga"_s) ? 2 : 1;
    }
    // Verdicts come after the report, stages after the verdict, and nothing after "now".
    const qint64 verdictAt = qMax(at, qMin(m_ctx.now - kMinute, at + d.between(kHour, 2 * kDay)));
    QList<qint64> stageTimes;
    qint64 last = verdictAt;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        last = qMax(last, qMin(m_ctx.now - kMinute, last + d.between(kHour, 3 * kDay)));
        stageTimes.append(last);
    }
    const bool decided = verdict == u"accepted" || verdict == u"declined";
    const qint64 updated = !stageTimes.isEmpty() ? stageTimes.constLast() : (decided ? verdictAt : at);
    const QString version = std::array{u"3.4.3"_s, u"3.5.0"_s}[size_t(d.below(2))];
    const QString severityName = severity.isValid() ? severity.toString() : u"low"_s;

    // R29: the area's owner; R28: the shipped route, resolved to the owner and the leads
    // (the demo leaves duty and on-shift targets to the live resolver).
    const qint64 owner = m_ctx.areaOwners.value(topic.area);
    const QString ownerName = [&] {
        for (const auto &a : m_ctx.agents) {
            if (a.id == owner)
                return a.full;
        }
        return QString();
    }();
    RecordedRoute route;
    route.severity = severityNames.parse(severityName);
    route.targets = defaultRouteTargets(route.severity.value_or(Severity::Low));
    QStringList routeNames, routeWords;
    for (RouteTarget target : std::as_const(route.targets)) {
        routeWords.append(routeTargetText(target));
        for (const auto &a : m_ctx.agents) {
            const bool fits = (target == RouteTarget::AreaOwner && a.id == owner)
                || (target == RouteTarget::Leads && (a.role == u"lead" || a.role == u"admin"));
            if (fits && !route.agents.contains(AgentId(a.id))) {
                route.agents.append(AgentId(a.id));
                routeNames.append(a.full);
            }
        }
    }
    const QString routeJson = QString::fromUtf8(QJsonDocument(route.toJson()).toJson(QJsonDocument::Compact));
    const QString steps = u"1. Log in as admin\n2. Open the affected page\n3. Repeat the action from the ticket"_s;

    defer(m_bugs,
          {id,
           m_ctx.trackerBugTemplateId,
           m_ctx.trackerBugYaml,
           ticketId,
           customer.id,
           topic.bugTitle.toString(),
           DemoText::bugFieldsJson(d, topic, ticketId, version, severityName),
           steps,
           severityName,
           qint64(topic.area + 1),
           owner,
           routeJson,
           verdict,
           reasonCode,
           duplicateOf,
           reproduced,
           taskUrl,
           stages.isEmpty() ? QVariant() : QVariant(stages.constLast()),
           agent,
           at,
           updated});
    const QVariant none;
    // As BugReportStore::create tells the ticket's thread.
    defer(m_events,
          {++m_eventId, ticketId, agent, u"bug_report"_s, none, QString::number(id), topic.bugTitle.toString(), at});
    defer(m_bugEvents, {++m_bugEventId, id, agent, u"submitted"_s, none, u"submitted"_s, none, at});
    defer(m_bugEvents, {++m_bugEventId, id, agent, u"owner"_s, none, QString::number(owner), ownerName, at});
    defer(m_bugEvents,
          {++m_bugEventId, id, agent, u"route"_s, none, routeJson,
           QString(routeWords.join(u", "_s) + u": "_s + routeNames.join(u", "_s)), at});
    if (decided) {
        // R26: QA's verdict; the note starts with the task link or the reason.
        const QString verdictNote =
            verdict == u"accepted" ? taskUrl.toString() : reasonCode.toString() + u'\n' + note.toString();
        defer(m_bugEvents, {++m_bugEventId, id, agent, u"verdict"_s, u"submitted"_s, verdict, verdictNote, verdictAt});
    }
    // R41: the customer hears about each stage.
    for (qsizetype i = 0; i < stages.size(); ++i) {
        defer(m_bugEvents,
              {++m_bugEventId, id, agent, u"stage"_s, i == 0 ? none : QVariant(stages.at(i - 1)), stages.at(i),
               u"Customer updated"_s, stageTimes.at(i)});
    }
    if (!stages.isEmpty()) {
        defer(m_tasks,
              {++m_taskId, ticketId, QString(u"Fix: "_s + topic.bugTitle), u"bug"_s, taskUrl,
               stages.constLast() == u"canary_ga"_s, agent, verdictAt, updated});
    }
}

} // namespace Casebook::DemoTickets
