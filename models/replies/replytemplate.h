// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "estimate.h"
#include "models/shifts/businesshours.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QHash>
#include <QStringList>

namespace Casebook {

class Database;

/**
 * The `{variables}` of canned replies and how they are filled in.
 *
 * A reply names what it needs: `{customer.first_name}`, `{agent.first_name}`,
 * `{ticket.number}`, `{next_working_time}`, `{new_agent.first_name}`, `{team.ssh_key}`,
 * `{estimate}` and the full names `{customer.name}`, `{agent.name}`. A name that is not one
 * of these, or one whose value is not known where the reply is used, is an error that says
 * which: a reply never goes out with a hole in it.
 */
namespace ReplyTemplate {

/// Every variable a reply may use, without braces.
[[nodiscard]] QStringList variableNames();
/// What a variable stands for, in words for people.
[[nodiscard]] QString describe(const QString &variable);
/// The variables `body` uses, in order of first use.
[[nodiscard]] QStringList variablesIn(const QString &body);

/// Something in a body that would not be filled in, where it is.
struct Problem
{
    enum class Severity {
        Error, ///< expand() refuses the reply: an unknown variable
        Warning, ///< goes to the customer as written: braces that are probably a mistyped variable
    };
    Severity severity = Severity::Error;
    qsizetype start = 0; ///< in UTF-16 code units, as QString and QTextCursor count
    qsizetype length = 0;
    QString text; ///< what is written there: "{customer.nickname}"
    QString message; ///< for people, naming `text`
};

/**
 * Every place in `body` that expand() would refuse (errors: unknown variables) or leave as
 * written (warnings: braces that look like a variable but are not one, `{Customer.Name}`,
 * `{}`, an opening brace never closed). A brace followed by a space, as in code, is text.
 */
[[nodiscard]] QList<Problem> problemsIn(const QString &body);

/// What a reply is filled in from, where it is used; empty fields are values not known there.
struct Context
{
    QString language = QStringLiteral("en"); ///< the reply's language
    QString customerName;
    QString agentName;
    QString newAgentName; ///< R45: who takes over
    TicketId ticket;
    BusinessHours hours; ///< the team's hours, for the next working time
    qint64 nowMs = 0;
    QString sshKey; ///< R18
    std::optional<Estimate> internalEstimate; ///< R20: the customer is told three times this
};

/// The variables' values from `context`; those not known there are left out.
[[nodiscard]] QHash<QString, QString> values(const Context &context);

/// `body` with every variable replaced from `values`; an unknown or missing one is Error::Kind::Invalid.
Result<QString> expand(const QString &body, const QHash<QString, QString> &values);

/// The first word of a display name: what a greeting uses.
[[nodiscard]] QString firstName(const QString &displayName);

/**
 * R06, R16: when the team next starts work. Today's start when `nowMs` is before it on a
 * working day; otherwise the start of the next working day (Monday after a Friday).
 */
[[nodiscard]] qint64 nextWorkingStart(const BusinessHours &hours, qint64 nowMs);

/// R07: `ms` as a customer reads it in `language`, in the team's zone with its UTC offset:
/// "Monday, 24 November, after 09:00 (UTC+03:00)".
[[nodiscard]] QString workingTimeText(const BusinessHours &hours, qint64 ms, const QString &language);

/// A reply language as its speakers name it, capitalised: "English", "Русский"; the code when unknown.
[[nodiscard]] QString languageName(const QString &code);

/// The reply language for a customer's locale ("ru_RU" -> "ru") among `available`; English otherwise.
[[nodiscard]] QString languageFor(const QString &customerLocale, const QStringList &available);

} // namespace ReplyTemplate

} // namespace Casebook
