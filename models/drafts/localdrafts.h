// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftstore.h"

#include <QList>

namespace Casebook {

struct DatabaseUrl;

/**
 * Drafts kept on this computer while the database cannot take them (the team server
 * restarted, the network is gone): one small JSON file per draft, under the application's
 * local data folder, per database. DraftStore writes here when its write fails, prefers a
 * newer local copy when it reads, and removes the copy once the database has the text.
 */
class LocalDrafts final
{
public:
    explicit LocalDrafts(const DatabaseUrl &url);

    /// Keeps `draft` (its body, base message and time) on this computer.
    [[nodiscard]] bool store(const Draft &draft) const;
    /// The kept copy of `agent`'s draft for `scope`, if any.
    [[nodiscard]] std::optional<Draft> find(AgentId agent, const QString &scope) const;
    /// Every kept draft of `agent`.
    [[nodiscard]] QList<Draft> all(AgentId agent) const;
    void remove(AgentId agent, const QString &scope) const;

    /// The folder the files are in, for messages that tell the user where their text is.
    [[nodiscard]] QString folder() const { return m_folder; }

private:
    [[nodiscard]] QString fileFor(AgentId agent, const QString &scope) const;

    QString m_folder;
};

} // namespace Casebook
