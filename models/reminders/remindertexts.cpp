// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindertexts.h"

#include "models/common/dates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook::ReminderTexts {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Casebook::ReminderTexts", text, comment, n);
}

} // namespace

QString ticketName(TicketId ticket, const QString &subject)
{
    //: %1 is the ticket number, %2 its subject
    return tr("#%1 %2").arg(ticket.value()).arg(subject);
}

QString teamTime(const BusinessHours &hours, qint64 ms, bool withDay)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, hours.zone);
    const QString offset = hours.zone.displayName(at, QTimeZone::OffsetName, QLocale(QLocale::English));
    const QString time = Dates::time(at.time());
    if (!withDay)
        return time + u" ("_s + offset + u')';
    //: %1 is a weekday and date, %2 a time of day, %3 the team's UTC offset
    return tr("%1, %2 (%3)").arg(Dates::weekday(at.date()), time, offset);
}

Text shiftStart(const BusinessHours &hours, const Shifts::Interval &shift)
{
    //: %1 and %2 are times in the team's zone
    return {tr("Your shift starts"),
            tr("Today's shift: %1 to %2.").arg(teamTime(hours, shift.start), teamTime(hours, shift.end))};
}

Text shiftEndSoon(const BusinessHours &hours, qint64 end, qint64 nextWorking)
{
    return {tr("Your shift ends in 30 minutes"),
            //: R06. %1 is the end of the shift, %2 when the team works next
            tr("Take no new dialogues now; your shift ends at %1. Customers are told the team continues on %2.")
                .arg(teamTime(hours, end), teamTime(hours, nextWorking, true))};
}

Text shiftEnd()
{
    return {tr("Your shift has ended"), tr("Hand over what is still open.")};
}

Text lunch(const BusinessHours &hours, const Shifts::Interval &lunch)
{
    //: R02. %1 is the end of the lunch hour
    return {tr("Lunch time"), tr("Your lunch hour lasts until %1.").arg(teamTime(hours, lunch.end))};
}

Text mailCheck(int everyMinutes)
{
    return {tr("Check the mail"),
            tr("The mailbox is checked every %n minute(s) during the shift.", nullptr, everyMinutes)};
}

Text saturdayDuty(QDate saturday, const QStringList &names)
{
    //: R04. %1 is the date of the Saturday, %2 who is on duty
    return {tr("Saturday duty"),
            tr("On duty on %1: %2.").arg(Dates::weekday(saturday), QLocale().createSeparatedList(names))};
}

Text criticalReaction(TicketId ticket, const QString &subject, const QString &channel, int step)
{
    const QString title = step == 0 ? tr("Critical ticket without a reaction")
                                    //: R12 escalation ladder; %1 is the step number
                                    : tr("Critical ticket still without a reaction (step %1)").arg(step + 1);
    //: R12, R28. %1 is the ticket, %2 how the step escalates: team, mention, direct, phone
    return {title,
            tr("Nobody has replied to, noted or taken %1 within 30 minutes. Escalation: %2.")
                .arg(ticketName(ticket, subject), channel)};
}

Text slaDue(const BusinessHours &hours, TicketId ticket, const QString &subject, qint64 due)
{
    //: %1 is the ticket, %2 the due time in the team's zone
    return {tr("Response due soon"),
            tr("%1 needs an answer by %2.").arg(ticketName(ticket, subject), teamTime(hours, due))};
}

Text slaBreached(TicketId ticket, const QString &subject)
{
    return {tr("Response overdue"), tr("%1 has waited longer than its SLA allows.").arg(ticketName(ticket, subject))};
}

Text longHeld(TicketId ticket, const QString &subject, const QString &holder, int days)
{
    //: R24. %1 is the ticket, %2 the agent holding it
    return {tr("A ticket is held for long"),
            tr("%1 has been with %2 for %n business day(s); offer help.", nullptr, days)
                .arg(ticketName(ticket, subject), holder)};
}

Text bugRoute(const QString &title)
{
    //: R28. %1 is the bug report's title
    return {tr("A bug report is routed to you"), tr("%1").arg(title)};
}

} // namespace Casebook::ReminderTexts
