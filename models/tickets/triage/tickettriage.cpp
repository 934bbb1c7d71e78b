// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickettriage.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/sla/ticketsla.h"
#include "models/tickets/ticketstore.h"
#include "models/tickets/ticketwrite.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

TicketTriage::TicketTriage(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<qint64> TicketTriage::setComplexity(TicketId id, Complexity complexity, qint64 expectedVersion, AgentId by)
{
    const std::optional<qint64> due =
        complexity == Complexity::Critical ? std::optional<qint64>(m_clock.nowMs() + reactionWindowMs) : std::nullopt;
    return change(id, u"complexity"_s, complexityNames.name(complexity), expectedVersion, by, due.value_or(0));
}

Result<qint64> TicketTriage::setSeverity(TicketId id, Severity severity, qint64 expectedVersion, AgentId by)
{
    return change(id, u"severity"_s, severityNames.name(severity), expectedVersion, by);
}

Result<qint64> TicketTriage::setRequestKind(TicketId id, RequestKind kind, qint64 expectedVersion, AgentId by)
{
    return change(id, u"request_kind"_s, requestKindNames.name(kind), expectedVersion, by);
}

Result<qint64> TicketTriage::setChannel(TicketId id, Channel channel, qint64 expectedVersion, AgentId by)
{
    return change(id, u"channel"_s, channelNames.name(channel), expectedVersion, by);
}

// `column` is always one of the fixed names above, never user text. A `reactionDue` of 0
// clears the reaction clock; none leaves it alone.
Result<qint64> TicketTriage::change(TicketId id, const QString &column, const QString &newValue, qint64 expectedVersion,
                                    AgentId by, std::optional<qint64> reactionDue)
{
    QSqlQuery old(m_database.connection());
    old.prepare(u"SELECT "_s + column + u", status FROM tickets WHERE id = ?"_s);
    old.addBindValue(id.value());
    if (!old.exec())
        return m_database.errorFrom(old.lastError());
    if (!old.next())
        return Error{Error::Kind::NotFound, tr("Ticket %1 does not exist.").arg(id.value()), {}};
    const QVariant oldValue = old.value(0);
    if (old.value(1).toString() == ticketStatusNames.name(TicketStatus::Closed))
        return TicketWrite::invalid(tr("Ticket %1 is closed; a closed ticket cannot be changed.").arg(id.value()));
    old.finish();

    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    QString sql = u"UPDATE tickets SET "_s + column + u" = ?, updated_at = ?, version = version + 1"_s;
    QVariantList values{newValue, now};
    if (reactionDue) {
        sql += u", reaction_due_at = ?"_s;
        values << (*reactionDue > 0 ? QVariant(*reactionDue) : Sql::null<qint64>());
    }
    sql += u" WHERE id = ? AND version = ?"_s;
    values << id.value() << expectedVersion;
    auto updated = tx.exec(sql, values);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return TicketWrite::conflict(m_database, id);
    // R34: the SLA's targets differ by severity, so the answer owed is timed anew.
    if (column == u"severity") {
        if (auto retimed = TicketSla::retime(tx, id); !retimed)
            return retimed.error();
    }
    if (auto recorded = TicketWrite::event(tx, id, by, column, oldValue.isNull() ? Sql::null<QString>() : oldValue,
                                           newValue, Sql::null<QString>(), now);
        !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<std::optional<qint64>> TicketTriage::reactionDueAt(TicketId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT reaction_due_at FROM tickets WHERE id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound, tr("Ticket %1 does not exist.").arg(id.value()), {}};
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

QList<NextStep> TicketTriage::nextSteps(Complexity complexity, const QString &subject)
{
    switch (complexity) {
    case Complexity::Simple:
        return {};
    case Complexity::Complex:
        return {{NextStep::Kind::Reply, u"acknowledgement"_s, {}}};
    case Complexity::Critical:
        return {{NextStep::Kind::Reply, u"acknowledgement"_s, {}}, {NextStep::Kind::BugReport, {}, {}}};
    case Complexity::Proposal:
        return {{NextStep::Kind::Reply, u"proposal-thanks"_s, {}},
                {NextStep::Kind::ProposalStep, {}, {}},
                {NextStep::Kind::Tag, {}, proposalTag(subject)}};
    }
    return {};
}

QString TicketTriage::proposalTag(const QString &subject)
{
    static const QRegularExpression notWord(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words = subject.toLower().split(notWord, Qt::SkipEmptyParts);
    if (words.size() > 4)
        words.resize(4);
    return words.isEmpty() ? u"proposal-"_s : u"proposal-"_s + words.join(u'-');
}

QString TicketTriage::severityDefinition(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low: the customer has a workaround. Record it in the tracker; it is addressed with available time.");
    case Severity::Medium:
        return tr("Medium: the customer is blocked. Talk it through in real time with the product owner.");
    case Severity::High:
        return tr("High: an issue blocks all customers. Message the product owner directly for a timeline.");
    case Severity::Critical:
        return tr("Critical: the platform or instances are offline. All hands: reach every product owner on every "
                  "channel until the issue is recognised.");
    }
    return {};
}

QString TicketTriage::complexityText(Complexity complexity)
{
    switch (complexity) {
    case Complexity::Simple:
        return tr("Quick answer");
    case Complexity::Complex:
        return tr("Needs investigation");
    case Complexity::Critical:
        return tr("Blocking the customer");
    case Complexity::Proposal:
        return tr("Feature request");
    }
    return {};
}

QString TicketTriage::complexityDefinition(Complexity complexity)
{
    switch (complexity) {
    case Complexity::Simple:
        return tr("Answer right away.");
    case Complexity::Complex:
        return tr("Takes time to figure out: acknowledge at once and come back with results.");
    case Complexity::Critical:
        return tr("The customer is blocked: acknowledge, open a bug report, gather teammates. Leads are called after "
                  "30 minutes without a reaction.");
    case Complexity::Proposal:
        return tr("Thank the customer, tag it proposal-..., and add it to the proposal list.");
    }
    return {};
}

QString TicketTriage::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString TicketTriage::requestKindText(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Doing:
        return tr("How-to question");
    case RequestKind::Building:
        return tr("Setup or integration");
    case RequestKind::Fixing:
        return tr("Something is broken");
    }
    return {};
}

QString TicketTriage::channelText(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return tr("Email");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Slack:
        return tr("Slack");
    case Channel::Community:
        return tr("Community");
    case Channel::Form:
        return tr("Form");
    case Channel::Phone:
        return tr("Phone");
    case Channel::Messenger:
        //: a request that came by Telegram, WhatsApp and the like
        return tr("Messenger");
    case Channel::InPerson:
        return tr("In person");
    case Channel::Other:
        return tr("Other");
    }
    return {};
}

QString TicketTriage::resolutionText(Resolution resolution)
{
    switch (resolution) {
    case Resolution::CustomerConfirmed:
        return tr("The customer confirmed it works");
    case Resolution::WorkaroundAndDefect:
        return tr("Workaround given, defect filed");
    case Resolution::NoResponse:
        return tr("The customer stopped responding after follow-ups");
    case Resolution::DefectFixed:
        return tr("Defect fixed or linked");
    case Resolution::FeatureRequested:
        return tr("Feature request filed");
    case Resolution::QuestionAnswered:
        return tr("Question answered");
    }
    return {};
}

} // namespace Casebook
