// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueformexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

const QString noResponse = u"_No response_"_s;

/// Indices a person selected, in option order, without repeats or stale indices.
QList<int> selectedIndices(const FormAnswer &answer, qsizetype count)
{
    QList<int> indices;
    for (int i : answer.selected) {
        if (i >= 0 && i < count && !indices.contains(i))
            indices.append(i);
    }
    std::sort(indices.begin(), indices.end());
    return indices;
}

enum class Markup { GitHub, Jira };

QString jiraLanguage(const QString &render)
{
    // Languages Jira's {code} macro highlights; anything else goes in {noformat}.
    static const QHash<QString, QString> languages{
        {u"shell"_s, u"bash"_s},    {u"sh"_s, u"bash"_s},
        {u"bash"_s, u"bash"_s},     {u"console"_s, u"bash"_s},
        {u"python"_s, u"python"_s}, {u"py"_s, u"python"_s},
        {u"yaml"_s, u"yaml"_s},     {u"yml"_s, u"yaml"_s},
        {u"json"_s, u"json"_s},     {u"javascript"_s, u"javascript"_s},
        {u"js"_s, u"javascript"_s}, {u"sql"_s, u"sql"_s},
        {u"xml"_s, u"xml"_s},       {u"html"_s, u"html"_s},
        {u"c"_s, u"c"_s},           {u"cpp"_s, u"cpp"_s},
        {u"c++"_s, u"cpp"_s},       {u"java"_s, u"java"_s},
        {u"go"_s, u"go"_s},         {u"ruby"_s, u"ruby"_s},
        {u"php"_s, u"php"_s},       {u"css"_s, u"css"_s},
        {u"swift"_s, u"swift"_s},   {u"perl"_s, u"perl"_s},
    };
    return languages.value(render.trimmed().toLower());
}

QString value(Markup markup, const FormElement &e, const FormAnswer &answer)
{
    switch (e.type) {
    case FormElementType::Markdown:
        return {};
    case FormElementType::Input:
    case FormElementType::Textarea:
        if (answer.text.trimmed().isEmpty())
            return noResponse;
        if (e.render.isEmpty())
            return answer.text;
        if (markup == Markup::GitHub)
            return u"```"_s + e.render + u'\n' + answer.text + u"\n```"_s;
        if (const QString lang = jiraLanguage(e.render); !lang.isEmpty())
            return u"{code:"_s + lang + u"}\n"_s + answer.text + u"\n{code}"_s;
        return u"{noformat}\n"_s + answer.text + u"\n{noformat}"_s;
    case FormElementType::Dropdown: {
        QStringList chosen;
        for (int i : selectedIndices(answer, e.options.size()))
            chosen.append(e.options.at(i));
        return chosen.isEmpty() ? noResponse : chosen.join(u", "_s);
    }
    case FormElementType::Checkboxes: {
        const QList<int> ticked = selectedIndices(answer, e.checkboxes.size());
        QStringList lines;
        for (int i = 0; i < e.checkboxes.size(); ++i) {
            const bool on = ticked.contains(i);
            if (markup == Markup::GitHub)
                lines.append((on ? u"- [x] "_s : u"- [ ] "_s) + e.checkboxes.at(i).label);
            else
                lines.append((on ? u"* (/) "_s : u"* (x) "_s) + e.checkboxes.at(i).label);
        }
        return lines.join(u'\n');
    }
    }
    return {};
}

QString render(Markup markup, const IssueForm &form, const FormAnswers &answers)
{
    QStringList sections;
    for (const FormElement &e : form.body) {
        if (!e.acceptsInput())
            continue;
        const QString text = value(markup, e, answers.value(e.key()));
        // An unlabelled checkboxes field (GitHub accepts one) has no heading to write.
        if (e.label.isEmpty()) {
            sections.append(text);
            continue;
        }
        const QString heading = (markup == Markup::GitHub ? u"### "_s : u"h3. "_s) + e.label;
        sections.append(heading + u"\n\n"_s + text);
    }
    return sections.join(u"\n\n"_s);
}

} // namespace

QString toGitHubMarkdown(const IssueForm &form, const FormAnswers &answers)
{
    return render(Markup::GitHub, form, answers);
}

QString toJiraMarkup(const IssueForm &form, const FormAnswers &answers)
{
    return render(Markup::Jira, form, answers);
}

Result<GitHubIssueLink> gitHubNewIssueLink(const QString &repository, const IssueForm &form, const QString &title,
                                           const QString &body, qsizetype limit)
{
    static const QRegularExpression ownerRepo(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);
    if (!ownerRepo.match(repository).hasMatch()) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("Casebook::IssueFormExport",
                                                 "\"%1\" is not a GitHub repository; write it as OWNER/REPO.")
                         .arg(repository),
                     {}};
    }
    const QString templateFile = QFileInfo(form.fileName).fileName();
    const auto link = [&](bool withBody) {
        // Values go in already percent-encoded: QUrlQuery alone would leave '+', which GitHub
        // reads as a space, and would take a literal "%41" in a log for an encoded 'A'.
        QUrlQuery query;
        const auto add = [&](const QString &key, const QString &text) {
            if (!text.isEmpty())
                query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        };
        add(u"template"_s, templateFile);
        if (withBody) {
            add(u"title"_s, title.isEmpty() ? form.title : title);
            add(u"labels"_s, form.labels.join(u','));
            add(u"body"_s, body);
        }
        QUrl url(u"https://github.com/"_s + repository + u"/issues/new"_s);
        url.setQuery(query);
        return url;
    };
    GitHubIssueLink result;
    result.url = link(true);
    if (result.url.toString(QUrl::FullyEncoded).size() > limit) {
        result.url = link(false);
        result.bodyOnClipboard = true;
    }
    return result;
}

} // namespace Casebook
