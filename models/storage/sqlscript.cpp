// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlscript.h"

namespace Casebook {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// True when the keyword stands at i as a whole word.
bool keywordAt(const QString &text, qsizetype i, QStringView keyword)
{
    if (i > 0 && isWordChar(text.at(i - 1)))
        return false;
    const qsizetype end = i + keyword.size();
    if (end > text.size() || QStringView(text).mid(i, keyword.size()).compare(keyword, Qt::CaseInsensitive) != 0)
        return false;
    return end == text.size() || !isWordChar(text.at(end));
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN ... END of a trigger body
    qsizetype i = 0;
    const qsizetype n = script.size();

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            // A line comment is dropped, so a statement holding only comments vanishes.
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype start = i++;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) { // doubled quote inside
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            current += QStringView(script).mid(start, i - start + 1);
            ++i;
            continue;
        }
        if (c == u'$') {
            // PostgreSQL dollar quote: $$ or $tag$ ... the same tag.
            qsizetype j = i + 1;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            if (j < n && script.at(j) == u'$') {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype close = script.indexOf(tag, j + 1);
                const qsizetype end = close < 0 ? n : close + tag.size();
                current += QStringView(script).mid(i, end - i);
                i = end;
                continue;
            }
        }
        if (keywordAt(script, i, u"BEGIN") && current.contains(u"TRIGGER", Qt::CaseInsensitive)) {
            ++blockDepth;
        } else if (blockDepth > 0 && keywordAt(script, i, u"END")) {
            --blockDepth;
        } else if (c == u';' && blockDepth == 0) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

} // namespace Casebook
