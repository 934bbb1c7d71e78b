// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

class QJsonArray;

namespace Casebook {

/**
 * Reads what a team gets out of Zendesk: the API's JSON (`{"tickets": [...]}`,
 * `{"users": [...]}`, `{"organizations": [...]}`, `{"comments": [...]}` of one ticket), the
 * incremental export's pages (the same lists with `end_time`, `next_page`, `end_of_stream`
 * and side-loaded users), the ticket events export with its comment events, and the
 * account export's newline-delimited JSON (one ticket, with its `comments`, a line).
 * `path` is one file or a folder of them (read in name order, sub-folders too); a
 * comments file names its ticket by `ticket_id`, else by the number in its name or folder
 * (`tickets/123/comments.json`, `comments-123.json`).
 *
 * Public comments become messages (the team's answers when an agent or admin wrote them),
 * private ones internal notes; end users become customers with their addresses and their
 * organisation's name as company; `via.channel`, tags, status and priority carry over.
 */
class ZendeskReader final : public ImportReader
{
public:
    explicit ZendeskReader(const QString &path);
    /// Reads JSON text already in memory, named `name` in problems (tests, fuzzing).
    ZendeskReader(const QByteArray &json, const QString &name);

    [[nodiscard]] QString source() const override { return QStringLiteral("zendesk"); }
    std::optional<ImportRecord> next() override;
    [[nodiscard]] qint64 position() const override { return m_next; }
    [[nodiscard]] qint64 total() const override { return m_records.size(); }
    [[nodiscard]] bool unreadable() const override { return m_unreadable; }

private:
    void readFile(const QString &file);
    void readDocument(const QByteArray &data, const QString &name);
    void readObject(const QJsonObject &object, const QString &name, const QString &fileTicket);
    void readUser(const QJsonObject &user, const QString &position);
    void readEvents(const QJsonArray &events, const QString &position);
    /// Puts people first, then every ticket with its comments, once all files are read
    /// (a ticket may come before the users who wrote on it).
    void finish();
    [[nodiscard]] std::optional<ImportTicket> ticket(const QJsonObject &object, const QString &position);
    [[nodiscard]] ImportMessage message(const QJsonObject &comment, const QString &requester,
                                        const QString &submitter) const;

    struct Located
    {
        QJsonObject object;
        QString position;
    };
    QList<ImportRecord> m_records;
    QList<Located> m_users;
    QList<Located> m_ticketObjects;
    QList<ImportProblem> m_problems;
    QHash<QString, QString> m_organizations; ///< id -> name
    QHash<QString, QString> m_userOrganization; ///< user id -> organisation id
    QSet<QString> m_agents;
    QSet<QString> m_knownUsers;
    QHash<QString, QList<QJsonObject>> m_comments; ///< ticket id -> comments read apart from it
    qint64 m_next = 0;
    bool m_unreadable = false;
    int m_documents = 0;
};

} // namespace Casebook
