// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// RFC 5545 3.1: a line starting with a space or tab continues the one before.
QStringList unfolded(const QByteArray &data)
{
    QStringList lines;
    for (QString line : QString::fromUtf8(data).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lines.isEmpty())
            lines.last().append(line.mid(1));
        else
            lines.append(line);
    }
    return lines;
}

QString unescaped(QString text)
{
    text.replace(u"\\n"_s, u"\n"_s).replace(u"\\N"_s, u"\n"_s);
    text.replace(u"\\,"_s, u","_s).replace(u"\\;"_s, u";"_s).replace(u"\\\\"_s, u"\\"_s);
    return text;
}

// "DTSTART;VALUE=DATE:20260101" -> the date; a date-time ("...T090000Z") is not all-day.
std::optional<QDate> dateValue(const QString &line)
{
    const QString value = line.section(u':', 1);
    if (value.size() != 8)
        return std::nullopt;
    const QDate date = QDate::fromString(value, u"yyyyMMdd"_s);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace

QList<CalendarDay> holidaysFromICalendar(const QByteArray &data)
{
    QList<CalendarDay> days;
    bool inEvent = false;
    std::optional<QDate> start;
    std::optional<QDate> end;
    QString summary;
    for (const QString &line : unfolded(data)) {
        const QString name = line.section(u':', 0, 0).section(u';', 0, 0).toUpper();
        if (line.compare(u"BEGIN:VEVENT"_s, Qt::CaseInsensitive) == 0) {
            inEvent = true;
            start.reset();
            end.reset();
            summary.clear();
        } else if (line.compare(u"END:VEVENT"_s, Qt::CaseInsensitive) == 0 && inEvent) {
            inEvent = false;
            if (!start)
                continue;
            const QDate last = end && *end > *start ? end->addDays(-1) : *start;
            // A year is the longest holiday a calendar file may add in one event.
            for (QDate day = *start; day <= last && start->daysTo(day) < 366; day = day.addDays(1))
                days.append({day, summary});
        } else if (inEvent && name == u"DTSTART") {
            start = dateValue(line);
        } else if (inEvent && name == u"DTEND") {
            end = dateValue(line);
        } else if (inEvent && name == u"SUMMARY") {
            summary = unescaped(line.section(u':', 1)).trimmed();
        }
    }
    return days;
}

} // namespace Casebook
