// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebook {

ReminderRule ReminderRule::playbook(RuleKind kind)
{
    ReminderRule rule;
    rule.kind = kind;
    if (kind == RuleKind::SlaDue)
        rule.minutesBefore = 15;
    if (kind == RuleKind::CriticalReaction)
        rule.ladder = {{u"team"_s, 0}, {u"mention"_s, 10}, {u"direct"_s, 10}, {u"phone"_s, 15}};
    // An escalation or a breach does not wait for the end of someone's lunch.
    rule.urgent = kind == RuleKind::CriticalReaction;
    return rule;
}

ReminderRule ReminderRule::fromParams(RuleKind kind, const QByteArray &json)
{
    ReminderRule rule = playbook(kind);
    const QJsonObject params = QJsonDocument::fromJson(json).object();
    rule.minutesBefore = params.value(u"minutes_before").toInt(rule.minutesBefore);
    rule.weekday = std::clamp(params.value(u"weekday").toInt(rule.weekday), 1, 7);
    rule.minute = std::clamp(params.value(u"minute").toInt(rule.minute), 0, 24 * 60 - 1);
    if (params.contains(u"ladder")) {
        rule.ladder.clear();
        for (const auto &step : params.value(u"ladder").toArray()) {
            const QJsonObject object = step.toObject();
            rule.ladder.append({object.value(u"channel").toString(), std::max(0, object.value(u"wait").toInt())});
        }
    }
    return rule;
}

QByteArray ReminderRule::params() const
{
    QJsonObject params;
    if (kind == RuleKind::ShiftEndSoon || kind == RuleKind::SlaDue)
        params[u"minutes_before"] = minutesBefore;
    if (kind == RuleKind::SaturdayDuty) {
        params[u"weekday"] = weekday;
        params[u"minute"] = minute;
    }
    if (kind == RuleKind::CriticalReaction) {
        QJsonArray steps;
        for (const LadderStep &step : ladder)
            steps.append(QJsonObject{{u"channel"_s, step.channel}, {u"wait"_s, step.waitMinutes}});
        params[u"ladder"] = steps;
    }
    return QJsonDocument(params).toJson(QJsonDocument::Compact);
}

ReminderRule RuleSet::rule(RuleKind kind) const
{
    for (const ReminderRule &rule : rules) {
        if (rule.kind == kind)
            return rule;
    }
    return ReminderRule::playbook(kind);
}

} // namespace Casebook
