// SPDX-License-Identifier: GPL-3.0-or-later
// The bug-report exports (GitHub Markdown, Jira markup, the new-issue URL with its length limit)
// of a fixed form holding every element type, answered by the input: as the JSON a saved draft
// keeps, or as the text of every answer, the title and the chosen options.
#include "fuzztarget.h"

#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

const Casebook::IssueForm &form()
{
    static const Casebook::IssueForm parsed = [] {
        QFile file(QStringLiteral(CASEBOOK_FUZZ_FORM));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", CASEBOOK_FUZZ_FORM);
            std::abort();
        }
        auto form = Casebook::parseIssueForm(file.readAll(), u"all-elements.yml"_s);
        if (!form)
            std::abort();
        return form.value();
    }();
    return parsed;
}

void exportAll(const Casebook::FormAnswers &answers, const QString &title)
{
    using namespace Casebook;
    const QString body = toGitHubMarkdown(form(), answers);
    (void)toJiraMarkup(form(), answers);
    (void)gitHubNewIssueLink(u"casebook/fuzz"_s, form(), title, body);
    // A small limit makes the link leave the body to the clipboard.
    (void)gitHubNewIssueLink(title, form(), title, body, 256);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    const QByteArray input = Fuzz::bytes(data, size);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(input, &error);
    if (error.error == QJsonParseError::NoError && json.isObject()) {
        exportAll(answersFromJson(form(), json.object()), form().title);
        return 0;
    }
    const QString text = QString::fromUtf8(input);
    FormAnswers answers;
    int byte = 0;
    for (const FormElement &element : form().body) {
        if (!element.acceptsInput())
            continue;
        FormAnswer answer{text, {}};
        // Option indices from the input's bytes, in range or not, as a stale draft may hold.
        if (byte < input.size())
            answer.selected.append(int(qint8(input.at(byte++))));
        answers.insert(element.key(), answer);
    }
    exportAll(answers, text.left(200));
    return 0;
}
