// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook {

/// A ready answer the team keeps, in one language. `{variables}` are filled in when inserted.
struct CannedReply
{
    qint64 id = 0;
    QString key; ///< the same for every language of one reply: "acknowledgement"
    QString language = QStringLiteral("en");
    QString title;
    QString body;
    QString ruleId; ///< the playbook rules it serves, space-separated: "R11 R15"
    QString shortcut; ///< typed in the picker to find it at once: "ack"
    qint64 version = 0;
};

} // namespace Casebook
