// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvticketreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebook::CsvTicketReader", text);
}

struct FieldName
{
    TicketField field;
    const char *name;
};
constexpr FieldName fieldNames[] = {
    {TicketField::Ignore, "ignore"},     {TicketField::Id, "id"},
    {TicketField::Subject, "subject"},   {TicketField::Body, "body"},
    {TicketField::Email, "email"},       {TicketField::Name, "name"},
    {TicketField::Company, "company"},   {TicketField::Created, "created"},
    {TicketField::Updated, "updated"},   {TicketField::Status, "status"},
    {TicketField::Priority, "priority"}, {TicketField::Tags, "tags"},
    {TicketField::Channel, "channel"},
};

/// Header words, lower case; the first list that has the header, or a word of it, wins, so
/// "Requester email" is an address before it is a name.
const QList<std::pair<TicketField, QStringList>> &headerWords()
{
    static const QList<std::pair<TicketField, QStringList>> words{
        {TicketField::Id, {u"id"_s, u"#"_s, u"ticket id"_s, u"ticket #"_s, u"номер"_s, u"№"_s, u"ид"_s}},
        {TicketField::Email, {u"email"_s, u"e-mail"_s, u"mail"_s, u"почта"_s, u"адрес"_s, u"эл. почта"_s}},
        {TicketField::Subject, {u"subject"_s, u"title"_s, u"summary"_s, u"тема"_s, u"заголовок"_s}},
        {TicketField::Body,
         {u"body"_s, u"description"_s, u"message"_s, u"text"_s, u"comment"_s, u"content"_s, u"текст"_s, u"описание"_s,
          u"сообщение"_s, u"комментарий"_s}},
        {TicketField::Company, {u"company"_s, u"organization"_s, u"organisation"_s, u"компания"_s, u"организация"_s}},
        {TicketField::Updated, {u"updated"_s, u"modified"_s, u"обновлено"_s, u"изменено"_s, u"обновлён"_s}},
        {TicketField::Created, {u"created"_s, u"date"_s, u"opened"_s, u"дата"_s, u"создано"_s, u"создан"_s}},
        {TicketField::Status, {u"status"_s, u"state"_s, u"статус"_s, u"состояние"_s}},
        {TicketField::Priority, {u"priority"_s, u"severity"_s, u"urgency"_s, u"приоритет"_s, u"важность"_s}},
        {TicketField::Tags, {u"tags"_s, u"tag"_s, u"labels"_s, u"теги"_s, u"метки"_s}},
        {TicketField::Channel, {u"channel"_s, u"via"_s, u"source"_s, u"канал"_s, u"источник"_s}},
        {TicketField::Name,
         {u"name"_s, u"requester"_s, u"customer"_s, u"from"_s, u"contact"_s, u"имя"_s, u"клиент"_s, u"заявитель"_s,
          u"автор"_s, u"контакт"_s}},
    };
    return words;
}

std::optional<qint64> timeOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid()) {
        for (const QString &format : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s,
                                      u"dd.MM.yyyy HH:mm:ss"_s, u"dd.MM.yyyy HH:mm"_s, u"dd.MM.yyyy"_s,
                                      u"MM/dd/yyyy HH:mm:ss"_s, u"MM/dd/yyyy HH:mm"_s, u"MM/dd/yyyy"_s}) {
            at = QDateTime::fromString(t, format);
            if (at.isValid()) {
                // A time without a zone is read as UTC: the file does not say where it was written.
                at.setTimeZone(QTimeZone::UTC);
                break;
            }
        }
    }
    if (!at.isValid())
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

TicketStatus statusOf(const QString &text)
{
    const QString s = text.trimmed().toLower();
    static const QList<std::pair<TicketStatus, QStringList>> statuses{
        {TicketStatus::New, {u"new"_s, u"новый"_s, u"новая"_s, u"новое"_s}},
        {TicketStatus::Pending, {u"pending"_s, u"waiting"_s, u"ожидает"_s, u"ожидание"_s, u"ждём ответа"_s}},
        {TicketStatus::OnHold, {u"hold"_s, u"on hold"_s, u"on_hold"_s, u"отложен"_s, u"отложена"_s}},
        {TicketStatus::Solved,
         {u"solved"_s, u"resolved"_s, u"done"_s, u"решён"_s, u"решен"_s, u"решена"_s, u"выполнена"_s}},
        {TicketStatus::Closed, {u"closed"_s, u"закрыт"_s, u"закрыта"_s}},
    };
    for (const auto &[status, words] : statuses) {
        if (words.contains(s))
            return status;
    }
    return TicketStatus::Open;
}

std::optional<Severity> severityOf(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == u"urgent" || s == u"critical" || s == u"срочный" || s == u"критический")
        return Severity::Critical;
    if (s == u"high" || s == u"высокий")
        return Severity::High;
    if (s == u"normal" || s == u"medium" || s == u"средний" || s == u"обычный")
        return Severity::Medium;
    if (s == u"low" || s == u"низкий")
        return Severity::Low;
    return std::nullopt;
}

Channel channelOf(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s.contains(u"mail") || s.contains(u"почт"))
        return Channel::Email;
    if (s.contains(u"chat") || s.contains(u"чат"))
        return Channel::Chat;
    if (s.contains(u"phone") || s.contains(u"voice") || s.contains(u"телефон"))
        return Channel::Phone;
    if (s.contains(u"web") || s.contains(u"form") || s.contains(u"форма"))
        return Channel::Form;
    return Channel::Other;
}

} // namespace

TicketField TicketCsvMapping::guess(const QString &header)
{
    const QString h = header.trimmed().toLower();
    for (const auto &[field, words] : headerWords()) {
        if (words.contains(h))
            return field;
    }
    static const QRegularExpression wordSplit(u"[\\s_\\-./()]+"_s);
    const QStringList parts = h.split(wordSplit, Qt::SkipEmptyParts);
    for (const auto &[field, words] : headerWords()) {
        for (const QString &part : parts) {
            if (words.contains(part))
                return field;
        }
    }
    return TicketField::Ignore;
}

TicketCsvMapping TicketCsvMapping::guessed(const QStringList &header)
{
    TicketCsvMapping mapping;
    for (const QString &column : header) {
        TicketField field = guess(column);
        // Two columns guessed alike ("Created", "Date"): the first keeps it.
        if (field != TicketField::Ignore && mapping.fields.contains(field))
            field = TicketField::Ignore;
        mapping.fields.append(field);
    }
    return mapping;
}

TicketCsvMapping TicketCsvMapping::guessed(const CsvTable &table)
{
    TicketCsvMapping mapping = guessed(table.header);
    if (mapping.fields.contains(TicketField::Email))
        return mapping;
    static const QRegularExpression address(u"^[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+$"_s);
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 50);
    for (qsizetype column = 0; column < mapping.fields.size(); ++column) {
        const TicketField field = mapping.fields.at(column);
        if (field != TicketField::Name && field != TicketField::Ignore)
            continue;
        int filled = 0;
        int addresses = 0;
        for (qsizetype row = 0; row < sample; ++row) {
            const QString cell = table.rows.at(row).value(column).trimmed();
            if (cell.isEmpty())
                continue;
            ++filled;
            addresses += address.match(cell).hasMatch() ? 1 : 0;
        }
        // Nine in ten: a stray "n/a" does not hide a column of addresses.
        if (filled > 0 && addresses * 10 >= filled * 9) {
            mapping.fields[column] = TicketField::Email;
            break;
        }
    }
    return mapping;
}

QString TicketCsvMapping::name(TicketField field)
{
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.name);
    }
    return {};
}

std::optional<TicketField> TicketCsvMapping::fromName(const QString &name)
{
    for (const FieldName &f : fieldNames) {
        if (name.compare(QLatin1StringView(f.name), Qt::CaseInsensitive) == 0)
            return f.field;
    }
    return std::nullopt;
}

QString TicketCsvMapping::text(TicketField field)
{
    switch (field) {
    case TicketField::Ignore:
        return tr("(not imported)");
    case TicketField::Id:
        return tr("Ticket id");
    case TicketField::Subject:
        return tr("Subject");
    case TicketField::Body:
        return tr("Text");
    case TicketField::Email:
        return tr("Email");
    case TicketField::Name:
        return tr("Name");
    case TicketField::Company:
        return tr("Company");
    case TicketField::Created:
        return tr("Created");
    case TicketField::Updated:
        return tr("Updated");
    case TicketField::Status:
        return tr("Status");
    case TicketField::Priority:
        return tr("Priority");
    case TicketField::Tags:
        return tr("Tags");
    case TicketField::Channel:
        return tr("Channel");
    }
    return {};
}

Result<TicketCsvMapping> TicketCsvMapping::fromJson(const QByteArray &json, const QStringList &header)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{Error::Kind::Invalid, tr("The mapping is not JSON: %1").arg(error.errorString()), {}};
    TicketCsvMapping mapping = guessed(header);
    const QJsonObject columns = document.object().value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fromName(it.value().toString());
        if (!field)
            return Error{Error::Kind::Invalid,
                         tr("The mapping names an unknown field \"%1\" for the column \"%2\".")
                             .arg(it.value().toString(), it.key()),
                         {}};
        const qsizetype column = header.indexOf(it.key());
        if (column < 0)
            continue; // a saved mapping may serve several exports with more columns than this one
        mapping.fields[column] = *field;
    }
    return mapping;
}

QByteArray TicketCsvMapping::toJson(const QStringList &header) const
{
    QJsonObject columns;
    for (int i = 0; i < header.size() && i < fields.size(); ++i) {
        // An empty header cell reads as a null string, and Qt 6.8's QJsonObject::insert crashes
        // on a null key once the object holds a non-Latin-1 one (found by fuzz_csv).
        const QString &column = header.at(i);
        columns.insert(column.isNull() ? QString(u""_s) : column, name(fields.at(i)));
    }
    return QJsonDocument(QJsonObject{{u"columns"_s, columns}}).toJson();
}

Result<CsvTable> readTicketCsv(const QByteArray &data)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    if (!utf8.hasError())
        return readCsv(data);
    QStringDecoder cp1251("windows-1251");
    if (!cp1251.isValid())
        return readCsv(data); // says it is not UTF-8
    return readCsv(QString(cp1251(data)).toUtf8());
}

CsvTicketReader::CsvTicketReader(CsvTable table, TicketCsvMapping mapping)
    : m_table(std::move(table))
    , m_mapping(std::move(mapping))
{
}

std::variant<ImportTicket, ImportProblem> CsvTicketReader::ticketAt(int row) const
{
    const QStringList &cells = m_table.rows.at(row);
    // Row 1 is the header, as a spreadsheet numbers it.
    const QString position = tr("row %1").arg(row + 2);
    if (cells.size() > m_table.header.size())
        return ImportProblem{position,
                             tr("%1 fields where the header has %2").arg(cells.size()).arg(m_table.header.size())};
    ImportTicket t;
    ImportPerson person;
    ImportMessage body;
    QString createdText;
    for (int column = 0; column < cells.size() && column < m_mapping.fields.size(); ++column) {
        const QString cell = cells.at(column);
        switch (m_mapping.fields.at(column)) {
        case TicketField::Ignore:
            break;
        case TicketField::Id:
            t.externalId = cell.trimmed();
            break;
        case TicketField::Subject:
            t.subject = cell;
            break;
        case TicketField::Body:
            body.body = cell;
            break;
        case TicketField::Email: {
            static const QRegularExpression separators(u"[\\s,;]+"_s);
            person.emails = cell.split(separators, Qt::SkipEmptyParts);
            break;
        }
        case TicketField::Name:
            person.name = cell.trimmed();
            break;
        case TicketField::Company:
            person.company = cell.trimmed();
            break;
        case TicketField::Created:
            createdText = cell;
            break;
        case TicketField::Updated:
            t.updatedAt = timeOf(cell).value_or(0);
            break;
        case TicketField::Status:
            t.status = statusOf(cell);
            break;
        case TicketField::Priority:
            t.severity = severityOf(cell);
            break;
        case TicketField::Tags: {
            static const QRegularExpression separators(u"[\\s,;]+"_s);
            t.tags = cell.split(separators, Qt::SkipEmptyParts);
            break;
        }
        case TicketField::Channel:
            t.channel = channelOf(cell);
            break;
        }
    }
    if (t.subject.trimmed().isEmpty() && body.body.trimmed().isEmpty())
        return ImportProblem{position, tr("neither a subject nor a text")};
    if (!createdText.trimmed().isEmpty()) {
        const auto created = timeOf(createdText);
        if (!created)
            return ImportProblem{position, tr("cannot read the date \"%1\"").arg(createdText.trimmed())};
        t.createdAt = *created;
    }
    if (t.subject.trimmed().isEmpty())
        t.subject = body.body.simplified().left(80);
    if (t.externalId.isEmpty()) {
        const QByteArray digest = QCryptographicHash::hash(cells.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
        t.externalId = u"sha1:"_s + QString::fromLatin1(digest.toHex());
    }
    if (!person.emails.isEmpty() || !person.name.isEmpty())
        t.requester = person;
    if (!body.body.trimmed().isEmpty()) {
        // Known by its text within its ticket: a row per comment adds each comment once.
        body.externalId = t.externalId + u':'
            + QString::fromLatin1(QCryptographicHash::hash(body.body.toUtf8(), QCryptographicHash::Sha1).toHex());
        body.createdAt = t.createdAt;
        t.messages.append(body);
    }
    return t;
}

std::optional<ImportRecord> CsvTicketReader::next()
{
    if (m_next >= m_table.rows.size())
        return std::nullopt;
    auto record = ticketAt(int(m_next++));
    if (auto *ticket = std::get_if<ImportTicket>(&record))
        return ImportRecord(std::move(*ticket));
    return ImportRecord(std::get<ImportProblem>(record));
}

} // namespace Casebook
