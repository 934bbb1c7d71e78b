// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsyntax.h"

#include "models/bugreports/issueform.h"
#include "models/bugreports/renderlanguage.h"
#include "views/common/syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Enough for a traceback's head or a JSON document's start; sniffing stays cheap per keystroke.
constexpr qsizetype sniffLength = 4096;

QString logFileDefinition()
{
    // Newer KSyntaxHighlighting releases ship a log file definition; older ones do not.
    for (const QString &name : {u"Log File (simplified)"_s, u"Log File (advanced)"_s}) {
        if (syntaxRepository().definitionForName(name).isValid())
            return name;
    }
    return u"None"_s;
}

} // namespace

bool isLogField(const FormElement &element)
{
    // Whole words only: "dialogue", "login" and "catalog" are not logs.
    static const QRegularExpression words(
        uR"(\b(logs?|logging|errors?|stack ?traces?|stacktraces?|tracebacks?|backtraces?|outputs?|console|crash(es)?|exceptions?|panics?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return element.type == FormElementType::Textarea && words.match(element.label).hasMatch();
}

QString guessLogSyntax(const QString &text)
{
    const QString head = text.left(sniffLength);
    const QString trimmed = head.trimmed();

    if (head.contains(u"Traceback (most recent call last)"_s))
        return u"Python"_s;
    if ((trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) && text.size() <= sniffLength
        && !QJsonDocument::fromJson(trimmed.toUtf8()).isNull())
        return u"JSON"_s;
    if (trimmed.startsWith(u"diff --git"_s) || trimmed.startsWith(u"--- "_s) || head.contains(u"\n@@ "_s))
        return u"Diff"_s;
    if (trimmed.startsWith(u"<?xml"_s))
        return u"XML"_s;
    static const QRegularExpression powershellPrompt(uR"(^PS [A-Za-z]:\\[^>]*> )"_s,
                                                     QRegularExpression::MultilineOption);
    if (powershellPrompt.match(head).hasMatch())
        return u"PowerShell"_s;
    // A prompt at the start of a line: "$ ./install.sh", "user@host:~$ make", "# systemctl ...".
    static const QRegularExpression shellPrompt(uR"(^(\$ |[\w.-]+@[\w.-]+:[^\n]*[$#] |# \w))"_s,
                                                QRegularExpression::MultilineOption);
    if (shellPrompt.match(head).hasMatch())
        return u"Bash"_s;
    return logFileDefinition();
}

bool guessesSyntax(const FormElement &element)
{
    // "text" and friends ask for no language, so the content may still say which it is.
    const QString rendered = syntaxDefinitionForRender(element.render);
    return isLogField(element) && (rendered.isEmpty() || rendered == u"None"_s);
}

QString syntaxForField(const FormElement &element, const QString &text)
{
    if (guessesSyntax(element))
        return guessLogSyntax(text);
    return syntaxDefinitionForRender(element.render);
}

} // namespace Casebook
