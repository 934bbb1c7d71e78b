// SPDX-License-Identifier: GPL-3.0-or-later
// Bug-report templates as `--check-template` and the templates dialog read them: a GitHub issue
// form and the template chooser's config.yml; a form that passes is exported as a new report.
#include "fuzztarget.h"

#include "models/bugreports/formanswersjson.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook;
    const QByteArray yaml = Fuzz::bytes(data, size);
    (void)checkTemplateChooser(yaml, u"config.yml"_s);
    const IssueFormCheck check = checkIssueForm(yaml, u"fuzz.yml"_s);
    if (check.ok()) {
        const FormAnswers answers = initialAnswers(check.form);
        // A draft keeps the answers as JSON.
        (void)answersFromJson(check.form, answersToJson(check.form, answers));
        const QString body = toGitHubMarkdown(check.form, answers);
        (void)toJiraMarkup(check.form, answers);
        (void)gitHubNewIssueLink(u"casebook/fuzz"_s, check.form, check.form.title, body);
    }
    return 0;
}
