// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdrafts.h"

#include "models/storage/databaseurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

std::optional<Draft> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    Draft d;
    d.agent = AgentId(o.value(u"agent").toInteger());
    d.scope = o.value(u"scope").toString();
    d.ticket = TicketId(o.value(u"ticket").toInteger());
    d.body = o.value(u"body").toString();
    d.baseMessage = MessageId(o.value(u"baseMessage").toInteger());
    d.updatedAt = o.value(u"updatedAt").toInteger();
    d.version = o.value(u"version").toInteger();
    return d;
}

} // namespace

LocalDrafts::LocalDrafts(const DatabaseUrl &url)
{
    // One folder per database: the same agent id means someone else in another database.
    const QByteArray key =
        QCryptographicHash::hash(url.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/drafts/"_s
        + QString::fromLatin1(key);
}

QString LocalDrafts::fileFor(AgentId agent, const QString &scope) const
{
    QString name = scope;
    name.replace(u'/', u'_');
    return m_folder + u'/' + QString::number(agent.value()) + u'-' + name + u".json"_s;
}

bool LocalDrafts::store(const Draft &draft) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    const QJsonObject o{{u"agent"_s, draft.agent.value()},
                        {u"scope"_s, draft.scope},
                        {u"ticket"_s, draft.ticket.value()},
                        {u"body"_s, draft.body},
                        {u"baseMessage"_s, draft.baseMessage.value()},
                        {u"updatedAt"_s, draft.updatedAt},
                        {u"version"_s, draft.version}};
    // QSaveFile: a crash while writing leaves the previous copy, never half a draft.
    QSaveFile file(fileFor(draft.agent, draft.scope));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<Draft> LocalDrafts::find(AgentId agent, const QString &scope) const
{
    return readFile(fileFor(agent, scope));
}

QList<Draft> LocalDrafts::all(AgentId agent) const
{
    QList<Draft> result;
    const QDir dir(m_folder);
    const QStringList files = dir.entryList({QString::number(agent.value()) + u"-*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (auto draft = readFile(dir.filePath(name)); draft && draft->agent == agent)
            result.append(*draft);
    }
    return result;
}

void LocalDrafts::remove(AgentId agent, const QString &scope) const
{
    QFile::remove(fileFor(agent, scope));
}

} // namespace Casebook
