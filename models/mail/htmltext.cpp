// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// QTextDocument would do this too, but it needs a QGuiApplication, and mail is read on a
// worker thread and by the headless import; it would also try to load <img> sources.
const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> names{
        {u"amp"_s, u"&"_s},         {u"lt"_s, u"<"_s},         {u"gt"_s, u">"_s},         {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},        {u"nbsp"_s, u" "_s},       {u"copy"_s, u"\u00a9"_s},  {u"reg"_s, u"\u00ae"_s},
        {u"hellip"_s, u"\u2026"_s}, {u"mdash"_s, u"\u2014"_s}, {u"ndash"_s, u"\u2013"_s}, {u"laquo"_s, u"\u00ab"_s},
        {u"raquo"_s, u"\u00bb"_s},  {u"lsquo"_s, u"\u2018"_s}, {u"rsquo"_s, u"\u2019"_s}, {u"ldquo"_s, u"\u201c"_s},
        {u"rdquo"_s, u"\u201d"_s},  {u"euro"_s, u"\u20ac"_s},  {u"bull"_s, u"\u2022"_s},  {u"middot"_s, u"\u00b7"_s},
        {u"shy"_s, QString()},      {u"zwnj"_s, QString()},    {u"zwj"_s, QString()},
    };
    return names;
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"_s);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            else
                out += u'\uFFFD';
        } else if (const auto found = namedEntities().constFind(name); found != namedEntities().cend()) {
            out += *found;
        } else {
            out += m.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString htmlToText(const QString &html)
{
    static const QRegularExpression hidden(u"<(script|style|head|title|template|noscript)\\b[^>]*>.*?</\\1\\s*>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(u"<br\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression block(
        u"</?(p|div|tr|table|h[1-6]|ul|ol|blockquote|pre|hr|section|article|header|footer)\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression item(u"<li\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(u"</t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"[ \\t\\r\\f]+"_s);
    static const QRegularExpression padded(u" *\\n *"_s);
    static const QRegularExpression blankLines(u"\\n{3,}"_s);

    QString text = html;
    text.remove(comment);
    text.remove(hidden);
    // Source line breaks are not text breaks in HTML; the tags below say where lines end.
    text.replace(u'\n', u' ');
    text.replace(lineBreak, u"\n"_s);
    text.replace(item, u"\n\u2022 "_s);
    text.replace(cell, u"\t"_s);
    text.replace(block, u"\n\n"_s);
    text.remove(tag);
    text.replace(spaces, u" "_s);
    text.replace(padded, u"\n"_s);
    text.replace(blankLines, u"\n\n"_s);
    return decodeEntities(text).trimmed();
}

namespace {

/// `line` escaped, with its web and mail addresses as links.
QString linkedLine(const QString &line)
{
    // Found in the plain text, so an address is escaped as a whole and never cut by an entity.
    static const QRegularExpression link(u"\\b(?:https?://|mailto:)[^\\s<>\"]+"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype at = 0;
    for (auto it = link.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString target = match.captured();
        // A sentence's full stop or closing bracket is not part of the address.
        while (!target.isEmpty() && QStringView(u".,;:!?)]'").contains(target.back()))
            target.chop(1);
        out += line.mid(at, match.capturedStart() - at).toHtmlEscaped();
        const QString escaped = target.toHtmlEscaped();
        out += u"<a href=\""_s + escaped + u"\">"_s + escaped + u"</a>"_s;
        at = match.capturedStart() + target.size();
    }
    return out + line.mid(at).toHtmlEscaped();
}

} // namespace

QString textToHtml(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression blank(u"\n[ \t]*\n+"_s);
    QStringList paragraphs;
    for (const QString &paragraph : normalised.split(blank, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : paragraph.split(u'\n'))
            lines.append(linkedLine(line));
        paragraphs.append(u"<p>"_s + lines.join(u"<br>\n"_s) + u"</p>"_s);
    }
    return u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"_s + paragraphs.join(u'\n')
        + u"\n</body></html>\n"_s;
}

} // namespace Casebook
