// SPDX-License-Identifier: GPL-3.0-or-later
#include "bugreportstore.h"

#include "bugroutingstore.h"
#include "formanswersjson.h"
#include "issueformparser.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/storage/dialect.h"
#include "models/storage/sqlvalues.h"
#include "models/storage/writetransaction.h"
#include "models/tickets/ticketwrite.h"
#include "templatestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message, {}};
}

// Light columns for lists; report() adds the form and the answers.
const QString listColumns =
    u"b.id, b.template_id, b.ticket_id, b.customer_id, c.display_name, b.title, b.severity, b.product_area_id, "
    "p.name, b.owner_agent_id, o.display_name, b.status, b.verdict_reason, b.duplicate_of_id, b.reproduced_version, "
    "b.task_url, b.stage, b.escalation_route, b.created_by, m.display_name, b.created_at, b.updated_at, b.version, "
    "b.is_private"_s;
const QString listJoins = u" FROM bug_reports b LEFT JOIN customers c ON c.id = b.customer_id "
                          "LEFT JOIN product_areas p ON p.id = b.product_area_id "
                          "LEFT JOIN agents o ON o.id = b.owner_agent_id "
                          "LEFT JOIN agents m ON m.id = b.created_by"_s;

BugReport readReport(const QSqlQuery &q)
{
    BugReport r;
    r.id = BugReportId(q.value(0).toLongLong());
    r.templateId = BugTemplateId(q.value(1).toLongLong());
    r.ticket = TicketId(q.value(2).toLongLong());
    r.customer = CustomerId(q.value(3).toLongLong());
    r.customerName = q.value(4).toString();
    r.title = q.value(5).toString();
    r.severity = severityNames.parse(q.value(6).toString());
    r.area = ProductAreaId(q.value(7).toLongLong());
    r.areaName = q.value(8).toString();
    r.owner = AgentId(q.value(9).toLongLong());
    r.ownerName = q.value(10).toString();
    r.status = bugReportStatusNames.parse(q.value(11).toString()).value_or(BugReportStatus::Submitted);
    r.declineReason = declineReasonNames.parse(q.value(12).toString());
    r.duplicateOf = BugReportId(q.value(13).toLongLong());
    r.reproducedVersion = q.value(14).toString();
    r.taskUrl = q.value(15).toString();
    r.stage = bugStageNames.parse(q.value(16).toString());
    r.route = RecordedRoute::fromJson(QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object());
    r.createdBy = AgentId(q.value(18).toLongLong());
    r.createdByName = q.value(19).toString();
    r.createdAt = q.value(20).toLongLong();
    r.updatedAt = q.value(21).toLongLong();
    r.version = q.value(22).toLongLong();
    r.isPrivate = q.value(23).toBool();
    return r;
}

struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereFor(const BugReportFilter &filter)
{
    Where w;
    QStringList conditions;
    if (filter.status) {
        conditions.append(u"b.status = ?"_s);
        w.binds.append(bugReportStatusNames.name(*filter.status));
    }
    if (filter.severity) {
        conditions.append(u"b.severity = ?"_s);
        w.binds.append(severityNames.name(*filter.severity));
    }
    if (filter.area.isValid()) {
        conditions.append(u"b.product_area_id = ?"_s);
        w.binds.append(filter.area.value());
    }
    if (filter.customer.isValid()) {
        conditions.append(u"b.customer_id = ?"_s);
        w.binds.append(filter.customer.value());
    }
    if (filter.ticket.isValid()) {
        conditions.append(u"b.ticket_id = ?"_s);
        w.binds.append(filter.ticket.value());
    }
    if (!conditions.isEmpty())
        w.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    return w;
}

/// Distinct words of the text, lower case. Only letters, digits and '_' survive, so a word
/// quoted for FTS5 or tsquery can never carry syntax of its own.
QStringList searchWords(const QString &text, int max)
{
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() < 3 || words.contains(word))
            continue; // "1", "as", "in": in every report, they only blur the ranking
        words.append(word);
        if (words.size() == max)
            break;
    }
    return words;
}

} // namespace

BugReportStore::BugReportStore(Database &database)
    : BugReportStore(database, Clock::system())
{
}

BugReportStore::BugReportStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<BugReportId> BugReportStore::submit(const NewBugReport &report)
{
    const QString title = report.title.trimmed();
    if (title.isEmpty())
        return invalid(QCoreApplication::translate("Casebook::BugReportStore", "A bug report needs a short title."));
    const auto stored = TemplateStore(m_database, m_clock).templateById(report.templateId);
    if (!stored)
        return stored.error();
    const auto form = parseIssueForm(stored->sourceYaml.toUtf8(), stored->fileName);
    if (!form)
        return form.error();
    const FormAnswers answers = answersFromJson(*form, report.fields);
    if (const QStringList missing = missingRequiredAnswers(*form, answers); !missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : missing)
            labels.append(form->element(key)->label);
        return invalid(QCoreApplication::translate("Casebook::BugReportStore", "Fill in the required fields: %1.")
                           .arg(labels.join(u", "_s)));
    }

    // Severity and area come from the caller, else from the form's own dropdowns.
    std::optional<Severity> severity = report.severity;
    if (!severity) {
        if (const FormElement *e = form->element(u"severity"_s))
            severity = severityFromText(answerText(*e, answers.value(e->key())));
    }
    BugRoutingStore routing(m_database, m_clock);
    ProductAreaId area = report.area;
    if (!area.isValid()) {
        if (const FormElement *e = form->element(u"product-area"_s)) {
            const QString name = answerText(*e, answers.value(e->key()));
            const auto areas = routing.areas();
            if (!areas)
                return areas.error();
            for (const ProductArea &a : *areas) {
                if (a.name.compare(name, Qt::CaseInsensitive) == 0)
                    area = a.id;
            }
        }
    }
    ProductArea owner;
    if (area.isValid()) {
        const auto found = routing.area(area);
        if (!found)
            return found.error();
        owner = *found;
    }
    const qint64 now = m_clock.nowMs();
    RecordedRoute route;
    if (severity) {
        const auto resolved = routing.resolve(*severity, area, now);
        if (!resolved)
            return resolved.error();
        route = *resolved;
    }
    CustomerId customer = report.customer;
    bool isPrivate = false; // R40: a report filed from a private request is private too
    if (report.ticket.isValid()) {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT customer_id, is_private FROM tickets WHERE id = ?"_s);
        q.addBindValue(report.ticket.value());
        if (!q.exec())
            return m_database.errorFrom(q.lastError());
        if (q.next()) {
            if (!customer.isValid())
                customer = CustomerId(q.value(0).toLongLong());
            isPrivate = q.value(1).toBool();
        }
    }
    const FormElement *steps = stepsElement(*form);
    const QString stepsText = steps ? answerText(*steps, answers.value(steps->key())) : QString();
    const FormElement *error = errorTextElement(*form);
    const QString errorText = error ? answerText(*error, answers.value(error->key())) : QString();

    // Names for the history, read before the transaction takes its lock.
    QStringList routeWords;
    for (RouteTarget target : std::as_const(route.targets))
        routeWords.append(routeTargetText(target));
    QStringList routeNames;
    {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT display_name FROM agents WHERE id = ?"_s);
        for (AgentId agent : std::as_const(route.agents)) {
            q.bindValue(0, agent.value());
            if (q.exec() && q.next())
                routeNames.append(q.value(0).toString());
        }
    }
    const QString routeNote = routeNames.isEmpty()
        //: %1 lists route targets; nobody fills them at the moment
        ? QCoreApplication::translate("Casebook::BugReportStore", "%1 (nobody at the moment)")
              .arg(routeWords.join(u", "_s))
        : routeWords.join(u", "_s) + u": "_s + routeNames.join(u", "_s);

    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const QVariant none = Sql::null<QString>();
    auto id = tx.insert(
        u"INSERT INTO bug_reports (template_id, template_yaml, ticket_id, customer_id, title, fields, steps, "
        u"error_text, "
        "severity, product_area_id, owner_agent_id, escalation_route, status, created_by, created_at, updated_at, "
        "is_private) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, 'submitted', ?, ?, ?, ?)"_s,
        {report.templateId.value(), stored->sourceYaml, Sql::id(report.ticket), Sql::id(customer), title,
         QString::fromUtf8(QJsonDocument(answersToJson(*form, answers)).toJson(QJsonDocument::Compact)), stepsText,
         errorText, severity ? QVariant(severityNames.name(*severity)) : none, Sql::id(area), Sql::id(owner.owner),
         severity ? QVariant(QString::fromUtf8(QJsonDocument(route.toJson()).toJson(QJsonDocument::Compact))) : none,
         Sql::id(report.createdBy), now, now, isPrivate});
    if (!id)
        return id.error();
    const BugReportId reportId(*id);
    if (auto s = insertEvent(tx, reportId, report.createdBy, u"submitted"_s, none, u"submitted"_s, none, now); !s)
        return s.error();
    if (area.isValid()) {
        if (auto s = insertEvent(tx, reportId, report.createdBy, u"owner"_s, none,
                                 owner.owner.isValid() ? QVariant(QString::number(owner.owner.value())) : none,
                                 Sql::text(owner.ownerName), now);
            !s)
            return s.error();
    }
    if (severity) {
        if (auto s = insertEvent(tx, reportId, report.createdBy, u"route"_s, none,
                                 QString::fromUtf8(QJsonDocument(route.toJson()).toJson(QJsonDocument::Compact)),
                                 routeNote, now);
            !s)
            return s.error();
    }
    // The ticket's thread tells that a report was filed from it, with a link to the report.
    if (report.ticket.isValid()) {
        if (auto told = TicketWrite::event(tx, report.ticket, report.createdBy, u"bug_report"_s, none,
                                           QString::number(reportId.value()), title, now);
            !told)
            return told.error();
    }
    if (auto recorded = tx.record(u"bug_report"_s, reportId.value(), Change::Op::Insert); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return reportId;
}

Result<BugReport> BugReportStore::report(BugReportId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + listColumns + u", b.fields, b.template_yaml, t.source_yaml"_s + listJoins
              + u" LEFT JOIN bug_templates t ON t.id = b.template_id WHERE b.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("Casebook::BugReportStore", "Bug report %1 does not exist.").arg(id.value()),
            {}};
    BugReport r = readReport(q);
    r.fields = QJsonDocument::fromJson(q.value(24).toString().toUtf8()).object();
    // Reports written before forms were kept with them fall back to the current template.
    r.templateYaml = q.value(25).isNull() ? q.value(26).toString() : q.value(25).toString();
    return r;
}

Result<QList<BugReport>> BugReportStore::list(const BugReportFilter &filter, int limit, int offset) const
{
    const Where where = whereFor(filter);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + listColumns + listJoins + where.sql
              + u" ORDER BY b.updated_at DESC, b.id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &bind : where.binds)
        q.addBindValue(bind);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<BugReport> result;
    while (q.next())
        result.append(readReport(q));
    return result;
}

Result<int> BugReportStore::count(const BugReportFilter &filter) const
{
    const Where where = whereFor(filter);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM bug_reports b"_s + where.sql);
    for (const QVariant &bind : where.binds)
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return m_database.errorFrom(q.lastError());
    return q.value(0).toInt();
}

Result<qint64> BugReportStore::setVerdict(BugReportId id, const QaVerdict &verdict, qint64 expectedVersion, AgentId by)
{
    if (verdict.reproducedOnVersion.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("Casebook::BugReportStore", "Name the latest version QA tried the report on."));
    if (verdict.accepted && verdict.taskUrl.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("Casebook::BugReportStore", "An accepted report needs the link to its task."));
    if (!verdict.accepted && !verdict.reason)
        return invalid(QCoreApplication::translate("Casebook::BugReportStore", "Say why the report is declined."));
    if (!verdict.accepted && verdict.reason == DeclineReason::Duplicate && !verdict.duplicateOf.isValid())
        return invalid(QCoreApplication::translate("Casebook::BugReportStore", "Name the report this one duplicates."));
    if (verdict.duplicateOf == id)
        return invalid(QCoreApplication::translate("Casebook::BugReportStore", "A report cannot duplicate itself."));
    const auto current = report(id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return conflict(id);

    const qint64 now = m_clock.nowMs();
    const QString status =
        bugReportStatusNames.name(verdict.accepted ? BugReportStatus::Accepted : BugReportStatus::Declined);
    const QString reason = verdict.accepted ? QString() : declineReasonNames.name(*verdict.reason);
    const BugReportId duplicate =
        !verdict.accepted && verdict.reason == DeclineReason::Duplicate ? verdict.duplicateOf : BugReportId();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // A decline ends the stages; an accept keeps any stage already told.
    auto updated =
        tx.exec(u"UPDATE bug_reports SET status = ?, verdict_reason = ?, task_url = ?, reproduced_version = ?, "
                "duplicate_of_id = ?, stage = CASE WHEN ? THEN stage ELSE NULL END, updated_at = ?, "
                "version = version + 1 WHERE id = ? AND version = ?"_s,
                {status, Sql::text(reason), Sql::text(verdict.accepted ? verdict.taskUrl.trimmed() : QString()),
                 verdict.reproducedOnVersion.trimmed(), Sql::id(duplicate), verdict.accepted, now, id.value(),
                 expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(id);
    QString note = verdict.accepted ? verdict.taskUrl.trimmed() : reason;
    if (!verdict.note.trimmed().isEmpty())
        note += u'\n' + verdict.note.trimmed();
    if (auto s = insertEvent(tx, id, by, u"verdict"_s, bugReportStatusNames.name(current->status), status, note, now);
        !s)
        return s.error();
    if (auto recorded = tx.record(u"bug_report"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<qint64> BugReportStore::setStage(BugReportId id, BugStage stage, qint64 expectedVersion, AgentId by,
                                        const QString &note)
{
    const auto current = report(id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return conflict(id);
    if (current->status != BugReportStatus::Accepted)
        return invalid(
            QCoreApplication::translate("Casebook::BugReportStore", "Only an accepted report moves through stages."));
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_database);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto updated = tx.exec(u"UPDATE bug_reports SET stage = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"_s,
                           {bugStageNames.name(stage), now, id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return conflict(id);
    const QVariant old = current->stage ? QVariant(bugStageNames.name(*current->stage)) : Sql::null<QString>();
    if (auto s = insertEvent(tx, id, by, u"stage"_s, old, bugStageNames.name(stage), Sql::text(note.trimmed()), now);
        !s)
        return s.error();
    if (auto recorded = tx.record(u"bug_report"_s, id.value(), Change::Op::Update); !recorded)
        return recorded.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return expectedVersion + 1;
}

Result<QList<BugReportEvent>> BugReportStore::events(BugReportId id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, e.agent_id, a.display_name, e.kind, e.old_value, e.new_value, e.note, e.created_at "
              "FROM bug_report_events e LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.bug_report_id = ? ORDER BY e.created_at, e.id"_s);
    q.addBindValue(id.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<BugReportEvent> result;
    while (q.next()) {
        BugReportEvent e;
        e.id = q.value(0).toLongLong();
        e.report = id;
        e.agent = AgentId(q.value(1).toLongLong());
        e.agentName = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.oldValue = q.value(4).toString();
        e.newValue = q.value(5).toString();
        e.note = q.value(6).toString();
        e.createdAt = q.value(7).toLongLong();
        result.append(e);
    }
    return result;
}

Result<QList<DuplicateCandidate>> BugReportStore::likelyDuplicates(const QString &title, const QString &steps,
                                                                   int limit, BugReportId exclude) const
{
    const QStringList words = searchWords(title + u' ' + steps, 32);
    if (words.isEmpty() || limit <= 0)
        return QList<DuplicateCandidate>();
    const Dialect dialect = m_database.dialect();
    QStringList terms;
    for (const QString &word : words)
        terms.append(dialect.textTerm({word}, false));
    const QString text = dialect.textAny(terms);
    const Dialect::TextIndex reports = dialect.textIndex(u"bug_reports"_s, u"b"_s);
    QVariantList binds;
    // The title weighs twice the steps and the error text (R27).
    const QString score = reports.score(text, binds, {2.0, 1.0, 1.0});
    const QString match = reports.match(text, binds);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT b.id, b.title, b.status, b.created_at, "_s + score + u" AS score FROM "_s + reports.withRows()
              + u" WHERE "_s + match + u" AND b.id <> ? ORDER BY score DESC, b.id DESC LIMIT ?"_s);
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    q.addBindValue(exclude.value());
    q.addBindValue(limit);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<DuplicateCandidate> result;
    while (q.next()) {
        result.append({BugReportId(q.value(0).toLongLong()), q.value(1).toString(),
                       bugReportStatusNames.parse(q.value(2).toString()).value_or(BugReportStatus::Submitted),
                       q.value(3).toLongLong(), q.value(4).toDouble()});
    }
    return result;
}

Status BugReportStore::insertEvent(WriteTransaction &tx, BugReportId id, AgentId by, const QString &kind,
                                   const QVariant &oldValue, const QVariant &newValue, const QVariant &note,
                                   qint64 now) const
{
    auto event = tx.exec(u"INSERT INTO bug_report_events (bug_report_id, agent_id, kind, old_value, new_value, note, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         {id.value(), Sql::id(by), kind, oldValue, newValue, note, now});
    if (!event)
        return event.error();
    return Done{};
}

Error BugReportStore::conflict(BugReportId id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT a.display_name FROM bug_report_events e LEFT JOIN agents a ON a.id = e.agent_id "
              "WHERE e.bug_report_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(id.value());
    QString who = QCoreApplication::translate("Casebook::BugReportStore", "someone else");
    if (q.exec() && q.next() && !q.value(0).isNull())
        who = q.value(0).toString();
    return {Error::Kind::Conflict,
            QCoreApplication::translate(
                "Casebook::BugReportStore",
                "%1 changed bug report %2 first. Your change was not applied; reload to see theirs.")
                .arg(who)
                .arg(id.value()),
            {}};
}

} // namespace Casebook
