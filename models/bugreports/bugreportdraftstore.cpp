// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportdraftstore.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString scopePrefix = u"bugreport/new/"_s;

BugReportDraft readDraft(const QSqlQuery &q)
{
    BugReportDraft draft = BugReportDraft::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    draft.updatedAt = q.value(1).toLongLong();
    return draft;
}

} // namespace

QJsonObject BugReportDraft::toJson() const
{
    QJsonObject json;
    json[u"template"] = templateFileName;
    if (ticket.isValid())
        json[u"ticket"] = ticket.value();
    json[u"title"] = title;
    json[u"fields"] = fields;
    if (severity)
        json[u"severity"] = severityNames.name(*severity);
    if (area.isValid())
        json[u"area"] = area.value();
    return json;
}

BugReportDraft BugReportDraft::fromJson(const QJsonObject &json)
{
    BugReportDraft draft;
    draft.templateFileName = json.value(u"template").toString();
    draft.ticket = TicketId(json.value(u"ticket").toInteger());
    draft.title = json.value(u"title").toString();
    draft.fields = json.value(u"fields").toObject();
    draft.severity = severityNames.parse(json.value(u"severity").toString());
    draft.area = ProductAreaId(json.value(u"area").toInteger());
    return draft;
}

BugReportDraftStore::BugReportDraftStore(Database &database)
    : BugReportDraftStore(database, Clock::system())
{
}

BugReportDraftStore::BugReportDraftStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString BugReportDraftStore::scope(const QString &templateFileName, TicketId ticket)
{
    return scopePrefix + templateFileName + u'/' + QString::number(ticket.value());
}

Status BugReportDraftStore::save(AgentId agent, const BugReportDraft &draft)
{
    if (!agent.isValid())
        return Error{
            Error::Kind::Invalid,
            QCoreApplication::translate("Casebook::BugReportDraftStore", "Sign in as an agent to keep drafts."),
            {}};
    const QString body = QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    // The draft is the agent's own: the last keystroke saved wins, no version check needed.
    auto saved = tx.exec(
        u"INSERT INTO drafts (agent_id, scope, ticket_id, body, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (agent_id, scope) DO UPDATE SET body = excluded.body, "
        "ticket_id = excluded.ticket_id, updated_at = excluded.updated_at, "
        "version = drafts.version + 1 RETURNING id"_s,
        {agent.value(), scope(draft.templateFileName, draft.ticket), Sql::id(draft.ticket), body, m_clock.nowMs()});
    if (!saved)
        return saved.error();
    if (!saved.value().next())
        return m_database.errorFrom(saved.value().lastError());
    const qint64 id = saved.value().value(0).toLongLong();
    saved.value().finish();
    if (auto recorded = tx.record(u"draft"_s, id, Change::Op::Update); !recorded)
        return recorded;
    return tx.commit();
}

Result<std::optional<BugReportDraft>> BugReportDraftStore::load(AgentId agent, const QString &templateFileName,
                                                                TicketId ticket) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT body, updated_at FROM drafts WHERE agent_id = ? AND scope = ?"_s);
    q.addBindValue(agent.value());
    q.addBindValue(scope(templateFileName, ticket));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return std::optional<BugReportDraft>();
    return std::optional<BugReportDraft>(readDraft(q));
}

Result<QList<BugReportDraft>> BugReportDraftStore::drafts(AgentId agent) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // A prefix range instead of LIKE: template file names may contain '%' or '_'.
    q.prepare(u"SELECT body, updated_at FROM drafts WHERE agent_id = ? AND scope >= ? AND scope < ? "
              "ORDER BY updated_at DESC, id DESC"_s);
    q.addBindValue(agent.value());
    q.addBindValue(scopePrefix);
    q.addBindValue(QString(scopePrefix.chopped(1) + QChar(u'/' + 1)));
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<BugReportDraft> result;
    while (q.next())
        result.append(readDraft(q));
    return result;
}

Status BugReportDraftStore::discard(AgentId agent, const QString &templateFileName, TicketId ticket)
{
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto removed = tx.exec(u"DELETE FROM drafts WHERE agent_id = ? AND scope = ? RETURNING id"_s,
                           {agent.value(), scope(templateFileName, ticket)});
    if (!removed)
        return removed.error();
    if (!removed.value().next())
        return Done{}; // nothing to discard
    const qint64 id = removed.value().value(0).toLongLong();
    removed.value().finish();
    if (auto recorded = tx.record(u"draft"_s, id, Change::Op::Delete); !recorded)
        return recorded;
    return tx.commit();
}

} // namespace Casebook
