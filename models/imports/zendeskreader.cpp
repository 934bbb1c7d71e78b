// SPDX-License-Identifier: GPL-3.0-or-later
#include "zendeskreader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebook::ZendeskReader", text);
}

/// Zendesk writes ids as JSON numbers (below 2^53, so a double holds them exactly); some
/// tools that pass exports on write them as strings. Both read as the same key.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

qint64 timeOf(const QJsonValue &value)
{
    if (value.isDouble()) // epoch seconds, as the incremental export's timestamps are
        return value.toInteger() * 1000;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

std::optional<TicketStatus> statusOf(const QString &status)
{
    static const QHash<QString, TicketStatus> statuses{
        {u"new"_s, TicketStatus::New},     {u"open"_s, TicketStatus::Open},     {u"pending"_s, TicketStatus::Pending},
        {u"hold"_s, TicketStatus::OnHold}, {u"solved"_s, TicketStatus::Solved}, {u"closed"_s, TicketStatus::Closed},
    };
    if (status.isEmpty())
        return TicketStatus::Open;
    const auto found = statuses.constFind(status.toLower());
    return found == statuses.cend() ? std::nullopt : std::optional(*found);
}

Channel channelOf(const QString &channel)
{
    static const QHash<QString, Channel> channels{
        {u"email"_s, Channel::Email},
        {u"web"_s, Channel::Form},
        {u"web_form"_s, Channel::Form},
        {u"help_center"_s, Channel::Form},
        {u"web_widget"_s, Channel::Form},
        {u"mobile_sdk"_s, Channel::Form},
        {u"chat"_s, Channel::Chat},
        {u"chat_transcript"_s, Channel::Chat},
        {u"native_messaging"_s, Channel::Chat},
        {u"voice"_s, Channel::Phone},
        {u"phone"_s, Channel::Phone},
        {u"sms"_s, Channel::Messenger},
        {u"twitter"_s, Channel::Messenger},
        {u"facebook"_s, Channel::Messenger},
        {u"whatsapp"_s, Channel::Messenger},
        {u"telegram"_s, Channel::Messenger},
        {u"instagram_dm"_s, Channel::Messenger},
        {u"line"_s, Channel::Messenger},
        {u"wechat"_s, Channel::Messenger},
        {u"slack"_s, Channel::Slack},
        {u"any_channel"_s, Channel::Other},
        {u"api"_s, Channel::Other},
    };
    return channels.value(channel.toLower(), Channel::Other);
}

std::optional<Severity> severityOf(const QString &priority)
{
    if (priority == u"urgent")
        return Severity::Critical;
    if (priority == u"high")
        return Severity::High;
    if (priority == u"normal")
        return Severity::Medium;
    if (priority == u"low")
        return Severity::Low;
    return std::nullopt;
}

/// The number a comments file carries in its name or its folder's: tickets/123/comments.json.
QString ticketFromPath(const QString &file)
{
    static const QRegularExpression number(u"(\\d+)"_s);
    const QFileInfo info(file);
    for (const QString &part : {info.completeBaseName(), info.dir().dirName()}) {
        const auto match = number.match(part);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

} // namespace

ZendeskReader::ZendeskReader(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QStringList files;
        QDirIterator it(path, {u"*.json"_s, u"*.ndjson"_s, u"*.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        // Page 2 after page 1, not after page 10.
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(files.begin(), files.end(), collator);
        for (const QString &file : std::as_const(files))
            readFile(file);
        if (files.isEmpty())
            m_problems.append({path, tr("The folder holds no JSON files.")});
    } else {
        readFile(path);
    }
    finish();
}

ZendeskReader::ZendeskReader(const QByteArray &json, const QString &name)
{
    readDocument(json, name);
    finish();
}

void ZendeskReader::readFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problems.append({file, f.errorString()});
        return;
    }
    readDocument(f.readAll(), file);
}

void ZendeskReader::readDocument(const QByteArray &data, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error == QJsonParseError::NoError) {
        if (!document.isObject()) {
            m_problems.append({name, tr("The file is JSON but not an object Zendesk writes.")});
            return;
        }
        ++m_documents;
        readObject(document.object(), name, ticketFromPath(name));
        return;
    }
    // Not one document: the account export's newline-delimited JSON, one object a line.
    const QList<QByteArray> lines = data.split('\n');
    int read = 0;
    QList<ImportProblem> lineProblems;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument one = QJsonDocument::fromJson(line, &lineError);
        //: %1 a file, %2 a line number
        const QString position = tr("%1, line %2").arg(name).arg(i + 1);
        if (lineError.error != QJsonParseError::NoError || !one.isObject()) {
            lineProblems.append({position, tr("not JSON: %1").arg(lineError.errorString())});
            continue;
        }
        ++read;
        readObject(one.object(), position, {});
    }
    if (read == 0) {
        //: %1 the parser's words, %2 where in the file
        m_problems.append({name, tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
        return;
    }
    ++m_documents;
    m_problems += lineProblems;
}

void ZendeskReader::readObject(const QJsonObject &object, const QString &name, const QString &fileTicket)
{
    bool known = false;
    const auto each = [&](const char *key, const auto &read) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isArray())
            return;
        known = true;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            //: %1 a file, %2 what kind of record, %3 its place in the list
            const QString position = tr("%1, %2 %3").arg(name, QLatin1StringView(key)).arg(i + 1);
            if (!array.at(i).isObject()) {
                m_problems.append({position, tr("not an object")});
                continue;
            }
            read(array.at(i).toObject(), position);
        }
    };
    each("organizations", [this](const QJsonObject &o, const QString &position) {
        const QString id = idText(o.value(u"id"));
        if (id.isEmpty())
            m_problems.append({position, tr("an organization without an id")});
        else
            m_organizations.insert(id, o.value(u"name").toString());
    });
    each("users", [this](const QJsonObject &o, const QString &position) { readUser(o, position); });
    each("tickets", [this](const QJsonObject &o, const QString &position) { m_ticketObjects.append({o, position}); });
    each("results", [this](const QJsonObject &o, const QString &position) {
        // The search API mixes kinds and names each.
        const QString type = o.value(u"result_type").toString();
        if (type == u"ticket")
            m_ticketObjects.append({o, position});
        else if (type == u"user")
            readUser(o, position);
    });
    if (object.value(u"comments").isArray() && !object.contains(u"subject"_s)) {
        known = true;
        QString ticket = idText(object.value(u"ticket_id"));
        if (ticket.isEmpty())
            ticket = fileTicket;
        if (ticket.isEmpty()) {
            m_problems.append({name, tr("comments without a ticket: name the file after the ticket's number")});
        } else {
            for (const auto &comment : object.value(u"comments").toArray()) {
                if (comment.isObject())
                    m_comments[ticket].append(comment.toObject());
            }
        }
    }
    if (object.value(u"ticket_events").isArray()) {
        known = true;
        readEvents(object.value(u"ticket_events").toArray(), name);
    }
    if (object.value(u"ticket").isObject()) { // GET /tickets/{id}.json
        known = true;
        m_ticketObjects.append({object.value(u"ticket").toObject(), name});
    }
    if (object.value(u"user").isObject()) {
        known = true;
        readUser(object.value(u"user").toObject(), name);
    }
    if (known)
        return;
    // One record alone, as the account export writes a line.
    if (object.contains(u"subject"_s) || object.contains(u"requester_id"_s) || object.contains(u"comments"_s))
        m_ticketObjects.append({object, name});
    else if (object.contains(u"email"_s) || object.contains(u"role"_s))
        readUser(object, name);
    else if (object.contains(u"domain_names"_s))
        m_organizations.insert(idText(object.value(u"id")), object.value(u"name").toString());
    else
        m_problems.append({name, tr("nothing Zendesk writes: no tickets, users, organizations or comments")});
}

void ZendeskReader::readUser(const QJsonObject &user, const QString &position)
{
    if (idText(user.value(u"id")).isEmpty()) {
        m_problems.append({position, tr("a user without an id")});
        return;
    }
    const QString role = user.value(u"role").toString();
    if (role == u"agent" || role == u"admin")
        m_agents.insert(idText(user.value(u"id")));
    m_knownUsers.insert(idText(user.value(u"id")));
    m_users.append({user, position});
}

void ZendeskReader::readEvents(const QJsonArray &events, const QString &position)
{
    // The ticket events export (include=comment_events): each audit's child events hold its comments.
    for (const auto &value : events) {
        const QJsonObject event = value.toObject();
        const QString ticket = idText(event.value(u"ticket_id"));
        if (ticket.isEmpty())
            continue;
        for (const auto &child : event.value(u"child_events").toArray()) {
            QJsonObject comment = child.toObject();
            if (comment.value(u"event_type").toString() != u"Comment"
                && comment.value(u"type").toString() != u"Comment")
                continue;
            if (!comment.contains(u"created_at"_s))
                comment.insert(u"created_at"_s, event.value(u"created_at"));
            if (!comment.contains(u"author_id"_s))
                comment.insert(u"author_id"_s, event.value(u"updater_id"));
            m_comments[ticket].append(comment);
        }
    }
    Q_UNUSED(position)
}

ImportMessage ZendeskReader::message(const QJsonObject &comment, const QString &requester,
                                     const QString &submitter) const
{
    ImportMessage m;
    m.externalId = idText(comment.value(u"id"));
    m.authorExternalId = idText(comment.value(u"author_id"));
    m.createdAt = timeOf(comment.value(u"created_at"));
    m.body = comment.value(u"plain_body").toString();
    if (m.body.isEmpty())
        m.body = comment.value(u"body").toString();
    if (m.body.isEmpty() && comment.contains(u"html_body"_s))
        m.body = QTextDocumentFragment::fromHtml(comment.value(u"html_body").toString()).toPlainText();
    if (!comment.value(u"public").toBool(true))
        m.kind = MessageKind::Note; // R38: a private comment stays the team's own
    else if (m_agents.contains(m.authorExternalId))
        m.kind = MessageKind::Agent;
    else if (!m_knownUsers.isEmpty() || m.authorExternalId.isEmpty() || requester.isEmpty()
             || m.authorExternalId == requester || m.authorExternalId == submitter)
        m.kind = MessageKind::Customer;
    else
        m.kind = MessageKind::Agent; // no users in the export: whoever answers the requester is the team
    return m;
}

std::optional<ImportTicket> ZendeskReader::ticket(const QJsonObject &o, const QString &position)
{
    ImportTicket t;
    t.externalId = idText(o.value(u"id"));
    if (t.externalId.isEmpty()) {
        m_problems.append({position, tr("a ticket without an id")});
        return std::nullopt;
    }
    const QString statusText = o.value(u"status").toString();
    if (statusText == u"deleted") {
        m_problems.append({position, tr("ticket %1 was deleted in Zendesk").arg(t.externalId)});
        return std::nullopt;
    }
    const auto status = statusOf(statusText);
    if (!status) {
        m_problems.append({position, tr("ticket %1 has an unknown status \"%2\"").arg(t.externalId, statusText)});
        return std::nullopt;
    }
    t.status = *status;
    t.subject = o.value(u"subject").toString();
    if (t.subject.isEmpty())
        t.subject = o.value(u"raw_subject").toString();
    t.channel = channelOf(o.value(u"via").toObject().value(u"channel").toString());
    t.severity = severityOf(o.value(u"priority").toString());
    for (const auto &tag : o.value(u"tags").toArray())
        t.tags.append(tag.toString());
    t.createdAt = timeOf(o.value(u"created_at"));
    t.updatedAt = timeOf(o.value(u"updated_at"));
    t.requesterExternalId = idText(o.value(u"requester_id"));
    const QJsonObject requester = o.value(u"requester").toObject();
    if (!requester.isEmpty()) {
        // Ticket creation's and some exports' inline requester.
        ImportPerson person;
        person.externalId = t.requesterExternalId;
        person.name = requester.value(u"name").toString();
        if (requester.contains(u"email"_s))
            person.emails.append(requester.value(u"email").toString());
        t.requester = person;
    }
    const QString submitter = idText(o.value(u"submitter_id"));
    QList<QJsonObject> comments;
    for (const auto &c : o.value(u"comments").toArray())
        comments.append(c.toObject());
    comments += m_comments.take(t.externalId);
    for (const QJsonObject &comment : std::as_const(comments))
        t.messages.append(message(comment, t.requesterExternalId, submitter));
    std::stable_sort(t.messages.begin(), t.messages.end(),
                     [](const ImportMessage &a, const ImportMessage &b) { return a.createdAt < b.createdAt; });
    if (t.messages.isEmpty() && !o.value(u"description").toString().isEmpty()) {
        // The tickets list alone: the description is the first comment's text.
        ImportMessage first;
        first.kind = MessageKind::Customer;
        first.authorExternalId = t.requesterExternalId;
        first.body = o.value(u"description").toString();
        first.createdAt = t.createdAt;
        t.messages.append(first);
    }
    return t;
}

void ZendeskReader::finish()
{
    m_unreadable = m_documents == 0;
    for (const Located &user : std::as_const(m_users)) {
        const QString org = idText(user.object.value(u"organization_id"));
        if (!org.isEmpty())
            m_userOrganization.insert(idText(user.object.value(u"id")), org);
    }
    for (const Located &user : std::as_const(m_users)) {
        ImportPerson person;
        person.externalId = idText(user.object.value(u"id"));
        person.name = user.object.value(u"name").toString();
        const QString email = user.object.value(u"email").toString();
        if (!email.isEmpty())
            person.emails.append(email);
        for (const auto &identity : user.object.value(u"identities").toArray()) {
            const QJsonObject i = identity.toObject();
            if (i.value(u"type").toString() == u"email" && !i.value(u"value").toString().isEmpty())
                person.emails.append(i.value(u"value").toString());
        }
        person.company = m_organizations.value(m_userOrganization.value(person.externalId));
        person.agent = m_agents.contains(person.externalId);
        m_records.append(person);
    }
    for (const Located &located : std::as_const(m_ticketObjects)) {
        if (auto t = ticket(located.object, located.position))
            m_records.append(std::move(*t));
    }
    // Comments of tickets the files do not hold: a later page may; say so rather than guess.
    for (auto it = m_comments.cbegin(); it != m_comments.cend(); ++it)
        m_problems.append({tr("ticket %1").arg(it.key()),
                           QCoreApplication::translate("Casebook::ZendeskReader",
                                                       "%n comment(s) of a ticket that is not in the export", nullptr,
                                                       int(it.value().size()))});
    for (const ImportProblem &problem : std::as_const(m_problems))
        m_records.append(problem);
    m_users.clear();
    m_ticketObjects.clear();
    m_comments.clear();
}

std::optional<ImportRecord> ZendeskReader::next()
{
    if (m_next >= m_records.size())
        return std::nullopt;
    return std::move(m_records[m_next++]);
}

} // namespace Casebook
