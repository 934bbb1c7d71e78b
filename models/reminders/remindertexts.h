// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/shifts/businesshours.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/ids.h"

#include <QString>
#include <QStringList>

#include <utility>

/// What each reminder says (title, body), in the interface's language; times in the team's zone (R07).
namespace Casebook::ReminderTexts {

using Text = std::pair<QString, QString>;

/// R07: "18:00 (UTC+03:00)", or with the weekday when `withDay`: "Monday 09:00 (UTC+03:00)".
[[nodiscard]] QString teamTime(const BusinessHours &hours, qint64 ms, bool withDay = false);
/// "#42 Subject": a ticket as reminders name it.
[[nodiscard]] QString ticketName(TicketId ticket, const QString &subject);

[[nodiscard]] Text shiftStart(const BusinessHours &hours, const Shifts::Interval &shift);
[[nodiscard]] Text shiftEndSoon(const BusinessHours &hours, qint64 end, qint64 nextWorking);
[[nodiscard]] Text shiftEnd();
[[nodiscard]] Text lunch(const BusinessHours &hours, const Shifts::Interval &lunch);
[[nodiscard]] Text mailCheck(int everyMinutes);
[[nodiscard]] Text saturdayDuty(QDate saturday, const QStringList &names);
[[nodiscard]] Text criticalReaction(TicketId ticket, const QString &subject, const QString &channel, int step);
[[nodiscard]] Text slaDue(const BusinessHours &hours, TicketId ticket, const QString &subject, qint64 due);
[[nodiscard]] Text slaBreached(TicketId ticket, const QString &subject);
[[nodiscard]] Text longHeld(TicketId ticket, const QString &subject, const QString &holder, int days);
[[nodiscard]] Text bugRoute(const QString &title);

} // namespace Casebook::ReminderTexts
