// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cannedreply.h"
#include "models/storage/result.h"

#include <QList>

namespace Casebook {

class Clock;
class Database;

/**
 * The team's canned replies (`canned_replies`), one row per reply and language.
 *
 * The playbook's own replies ship in English and Russian (`:/replies/<language>/<key>.txt`)
 * and are written into the database once by seedShipped(); from then on they are the
 * team's to edit or delete, and a reply the team deleted does not come back.
 */
class CannedReplyStore final
{
public:
    /// Raised when the shipped set grows, so that a later version adds its new replies once.
    static constexpr int shippedSetVersion = 3; ///< 2: the QA and stage updates (R26, R41); 3: proposal news (R13)

    explicit CannedReplyStore(Database &database);
    CannedReplyStore(Database &database, const Clock &clock);

    /// The replies compiled into the application, read from the resources.
    [[nodiscard]] static QList<CannedReply> shippedReplies();

    /// Adds the shipped replies the database has not had yet; a no-op once done.
    Status seedShipped();

    /// Every reply, by language and title.
    Result<QList<CannedReply>> replies() const;
    /// One reply in `language`, else in English, else NotFound.
    Result<CannedReply> reply(const QString &key, const QString &language) const;
    /// The languages replies exist in.
    Result<QStringList> languages() const;

    /// A new reply; the key and language pair must be free. Returns its id.
    Result<qint64> add(const CannedReply &reply);
    /// Changes title, body, rule and shortcut; returns the new version (Conflict when stale).
    Result<qint64> update(const CannedReply &reply, qint64 expectedVersion);
    Status remove(qint64 id, qint64 expectedVersion);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Casebook
