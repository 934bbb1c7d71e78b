// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebook {

QStringList securityWordsIn(const QString &text, const QStringList &words)
{
    QStringList found;
    for (const QString &word : words) {
        const QStringList parts = word.simplified().split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QStringList escaped;
        for (const QString &part : parts)
            escaped << QRegularExpression::escape(part);
        // \b is not Unicode-aware for every script; letters and digits on either side say "inside a word".
        const QRegularExpression pattern(u"(?<![\\p{L}\\p{N}])"_s + escaped.join(u"\\s+"_s) + u"(?![\\p{L}\\p{N}])"_s,
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
        if (pattern.match(text).hasMatch())
            found << word.simplified();
    }
    return found;
}

} // namespace Casebook
