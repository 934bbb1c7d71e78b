// SPDX-License-Identifier: GPL-3.0-or-later
#include "replytemplate.h"

#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook::ReplyTemplate {

namespace {

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{([a-z_]+(?:\\.[a-z_]+)?)\\}"_s);
    return pattern;
}

} // namespace

QStringList variableNames()
{
    return {u"customer.first_name"_s,  u"customer.name"_s, u"agent.first_name"_s,
            u"agent.name"_s,           u"ticket.number"_s, u"next_working_time"_s,
            u"new_agent.first_name"_s, u"team.ssh_key"_s,  u"estimate"_s};
}

QString describe(const QString &variable)
{
    if (variable == u"customer.first_name")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "the customer's first name");
    if (variable == u"customer.name")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "the customer's name");
    if (variable == u"agent.first_name")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "your first name");
    if (variable == u"agent.name")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "your name");
    if (variable == u"ticket.number")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "the ticket number");
    if (variable == u"next_working_time")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "the team's next working time");
    if (variable == u"new_agent.first_name")
        return QCoreApplication::translate("Casebook::ReplyTemplate", "the first name of the agent who takes over");
    if (variable == u"team.ssh_key")
        return QCoreApplication::translate("Casebook::ReplyTemplate",
                                           "the team's SSH public key (set it in the access vault)");
    if (variable == u"estimate")
        return QCoreApplication::translate("Casebook::ReplyTemplate",
                                           "the estimate for the customer (type the internal estimate first)");
    return {};
}

QStringList variablesIn(const QString &body)
{
    QStringList names;
    for (auto it = variablePattern().globalMatch(body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QList<Problem> problemsIn(const QString &body)
{
    // Something between braces without spaces, or an opening brace and a name never closed:
    // what a person meant as a variable. Whatever of it variablePattern() does not take whole
    // would reach the customer as written.
    static const QRegularExpression braced(u"\\{[^{}\\s]*\\}|\\{[A-Za-z_.]+(?![A-Za-z_.}])"_s);
    const QStringList known = variableNames();
    QList<Problem> problems;
    for (auto it = braced.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QString text = match.captured();
        const auto variable = variablePattern().match(text, 0, QRegularExpression::NormalMatch,
                                                      QRegularExpression::AnchorAtOffsetMatchOption);
        QString message;
        auto severity = Problem::Severity::Warning;
        if (!text.endsWith(u'}')) {
            //: %1 is the start of a variable such as {customer.first_name
            message =
                QCoreApplication::translate("Casebook::ReplyTemplate", "%1 is not closed: a variable ends with }.")
                    .arg(text);
        } else if (!variable.hasMatch() || variable.capturedLength() != text.size()) {
            //: %1 is what was written, e.g. {Customer.Name}
            message = QCoreApplication::translate(
                          "Casebook::ReplyTemplate",
                          "%1 is not a variable: variable names are lower-case letters, _ and one dot, like "
                          "{customer.first_name}.")
                          .arg(text);
        } else if (!known.contains(variable.captured(1))) {
            //: %1 is a variable Casebook does not know, e.g. {customer.nickname}
            message = QCoreApplication::translate("Casebook::ReplyTemplate", "Casebook does not know the variable %1.")
                          .arg(text);
            severity = Problem::Severity::Error;
        } else {
            continue;
        }
        problems.append({severity, match.capturedStart(), match.capturedLength(), text, message});
    }
    return problems;
}

Result<QString> expand(const QString &body, const QHash<QString, QString> &values)
{
    const QStringList known = variableNames();
    QStringList unknown;
    QStringList missing;
    for (const QString &name : variablesIn(body)) {
        if (!known.contains(name))
            unknown.append(u'{' + name + u'}');
        else if (values.value(name).trimmed().isEmpty())
            missing.append(describe(name));
    }
    if (!unknown.isEmpty()) {
        //: %1 lists variables such as {customer.nickname}
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "Casebook::ReplyTemplate",
                         "This reply uses variables Casebook does not know: %1. Correct the canned reply.")
                         .arg(unknown.join(u", "_s)),
                     {}};
    }
    if (!missing.isEmpty()) {
        //: %1 lists what is missing, e.g. "the customer's first name, the ticket number"
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::ReplyTemplate", "This reply needs %1, which is not known here.")
                .arg(missing.join(u", "_s)),
            {}};
    }
    QString result;
    qsizetype last = 0;
    for (auto it = variablePattern().globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(body).mid(last, match.capturedStart() - last);
        result += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(body).mid(last);
    return result;
}

QHash<QString, QString> values(const Context &context)
{
    QHash<QString, QString> result;
    const auto put = [&result](const QString &name, const QString &value) {
        if (!value.trimmed().isEmpty())
            result.insert(name, value);
    };
    put(u"customer.first_name"_s, firstName(context.customerName));
    put(u"customer.name"_s, context.customerName.trimmed());
    put(u"agent.first_name"_s, firstName(context.agentName));
    put(u"agent.name"_s, context.agentName.trimmed());
    put(u"new_agent.first_name"_s, firstName(context.newAgentName));
    if (context.ticket.isValid())
        put(u"ticket.number"_s, QString::number(context.ticket.value()));
    put(u"next_working_time"_s,
        workingTimeText(context.hours, nextWorkingStart(context.hours, context.nowMs), context.language));
    put(u"team.ssh_key"_s, context.sshKey.trimmed());
    if (context.internalEstimate)
        put(u"estimate"_s, context.internalEstimate->forCustomer().toText(context.language));
    return result;
}

QString firstName(const QString &displayName)
{
    const QString trimmed = displayName.trimmed();
    return trimmed.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

qint64 nextWorkingStart(const BusinessHours &hours, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, hours.zone);
    const auto startOf = [&hours](QDate day) {
        return QDateTime(day, QTime(0, 0).addSecs(hours.startMinute * 60), hours.zone).toMSecsSinceEpoch();
    };
    QDate day = now.date();
    if (hours.isWorkingDay(day) && nowMs < startOf(day))
        return startOf(day);
    // A calendar without a working day in three years is broken; stop rather than spin.
    for (int guard = 0; guard < 366 * 3; ++guard) {
        day = day.addDays(1);
        if (hours.isWorkingDay(day))
            return startOf(day);
    }
    return nowMs;
}

QString workingTimeText(const BusinessHours &hours, qint64 ms, const QString &language)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, hours.zone);
    const QString offset = hours.zone.displayName(at, QTimeZone::OffsetName, QLocale(QLocale::English));
    const QString time = at.toString(u"HH:mm"_s);
    // The customer's language, not the interface's: data here, like the replies themselves.
    if (language.startsWith(u"ru"_s)) {
        // Days of the week after "в" take the accusative: в среду, в пятницу, в субботу; во вторник.
        static const char16_t *const weekdays[] = {u"в понедельник", u"во вторник", u"в среду",      u"в четверг",
                                                   u"в пятницу",     u"в субботу",  u"в воскресенье"};
        const QString date = QLocale(QLocale::Russian).toString(at.date(), u"d MMMM"_s);
        return QString::fromUtf16(weekdays[at.date().dayOfWeek() - 1]) + u", "_s + date + u", после "_s + time + u" ("_s
            + offset + u')';
    }
    const QString date = QLocale(QLocale::English).toString(at.date(), u"dddd, d MMMM"_s);
    return date + u", after "_s + time + u" ("_s + offset + u')';
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    // Qt names English after its default territory ("American English"); a reply's language has none.
    if (locale.language() == QLocale::English)
        return u"English"_s;
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString languageFor(const QString &customerLocale, const QStringList &available)
{
    QString wanted = QLocale(customerLocale).name().section(u'_', 0, 0);
    if (!customerLocale.isEmpty() && available.contains(wanted))
        return wanted;
    if (available.contains(u"en"_s) || available.isEmpty())
        return u"en"_s;
    return available.constFirst();
}

} // namespace Casebook::ReplyTemplate
