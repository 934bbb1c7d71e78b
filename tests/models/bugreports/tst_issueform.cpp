// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueformfixture.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/renderlanguage.h"

#include <QTest>

using namespace Casebook;
using namespace Casebook::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList shippedForms{u":/templates/tracker-bug.yml"_s, u":/templates/platform-incident.yml"_s,
                               u":/templates/feature-request.yml"_s};

} // namespace

// Reading issue forms and the template chooser: what is accepted, what is refused and how
// the problems read, and what the shipped templates hold (R25-R30). Exports are in
// tst_issueformexport.cpp.
class TestIssueForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedForms_data();
    void acceptedForms();
    void rejectedForms_data();
    void rejectedForms();
    void everyAttributeIsRead();
    void unlabelledCheckboxesAreAccepted();
    void legacySyntaxIsOneMessage();
    void realWorldQuirksAreAccepted();
    void unknownKeysWarnButLoad();
    void problemsReadLikeCompilerMessages();
    void templateChooser();
    void templateChooserProblemsArePlaced();
    void checkTemplateFileKnowsTheChooser();
    void R25_trackerTemplateHasTheReportFields();
    void R27_errorTextIsWrittenOutAsText();
    void R28_trackerTemplateHasTheFourSeverities();
    void R29_reportsNameTheirProductArea();
    void R30_reportsCarryIdentifiersAndVideo();
};

void TestIssueForm::acceptedForms_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : shippedForms)
        QTest::newRow(qPrintable(u"shipped "_s + path.section(u'/', -1))) << path;
    for (const char *name : {"all-elements.yml", "quirks.yml", "same-label-with-id.yml", "schema-example.yml",
                             "unlabelled-checkboxes.yml", "beta-hybrid.yml"})
        QTest::newRow(name) << u":/forms/valid/"_s + QString::fromLatin1(name);
}

void TestIssueForm::acceptedForms()
{
    QFETCH(QString, path);
    const IssueFormCheck check = checkIssueForm(readResource(path), path.section(u'/', -1));
    QStringList errors;
    for (const FormProblem &p : check.problems) {
        if (p.severity == FormProblem::Severity::Error)
            errors.append(p.toString());
    }
    QVERIFY2(check.ok(), qPrintable(errors.join(u'\n')));
    QVERIFY(!check.form.name.isEmpty());
    QVERIFY(!check.form.body.isEmpty());
}

void TestIssueForm::rejectedForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a telling part of the message

    const auto row = [](const char *file, int line, int column, const QString &message) {
        QTest::newRow(file) << QString::fromLatin1(file) << line << column << message;
    };
    row("missing-name.yml", 1, 1, u"required top level key `name` is missing"_s);
    row("empty-name.yml", 1, 7, u"`name` must not be empty"_s);
    row("description-boolean.yml", 2, 14, u"`description` must be a string"_s);
    row("missing-description.yml", 1, 1, u"required top level key `description` is missing"_s);
    row("missing-body.yml", 1, 1, u"body cannot be empty"_s);
    row("empty-body.yml", 3, 1, u"body cannot be empty"_s);
    row("body-after-separator.yml", 1, 1, u"`---`"_s);
    row("only-markdown.yml", 3, 1, u"at least one non-markdown field"_s);
    row("duplicate-ids.yml", 9, 7, u"body[1]: body must have unique ids"_s);
    row("duplicate-labels.yml", 9, 12, u"body[1]: body must have unique labels"_s);
    row("similar-labels.yml", 8, 7, u"labels are too similar"_s);
    row("checkbox-label-clash.yml", 11, 14, u"checkboxes must have unique labels"_s);
    row("invalid-id.yml", 5, 7, u"`id` can only contain letters, digits"_s);
    row("required-markdown.yml", 7, 3, u"not allowed on it"_s);
    row("labels-wrong-type.yml", 3, 9, u"`labels` must be a list or a comma-separated string"_s);
    row("options-not-list.yml", 7, 14, u"`options` must be a non-empty list"_s);
    row("default-out-of-range.yml", 10, 14, u"`default` 2 is not the index of an option (0 to 1)"_s);
    row("reserved-none.yml", 9, 9, u"reserved word None"_s);
    row("boolean-options.yml", 8, 9, u"must not include booleans"_s);
    row("duplicate-options.yml", 9, 9, u"`options` must be unique"_s);
    row("missing-type.yml", 4, 3, u"body[0]: required key `type` is missing"_s);
    row("invalid-type.yml", 4, 9, u"`x` is not a valid input type"_s);
    row("missing-label.yml", 6, 5, u"required attribute key `label` is missing"_s);
    row("label-boolean.yml", 9, 12, u"body[1]: `label` must be a string; put quotes around true"_s);
    row("password-label.yml", 6, 12, u"forbidden word"_s);
    row("forbidden-key.yml", 3, 1, u"`on` is a forbidden key"_s);
    row("malformed.yml", 3, 13, u"not valid YAML"_s);
    row("markdown-without-value.yml", 4, 3, u"required attribute key `value` is missing"_s);
    row("checkbox-options-not-maps.yml", 8, 9, u"each checkbox must be a map"_s);
    row("required-not-boolean.yml", 8, 15, u"body[0]: `required` must be true or false"_s);
    row("not-a-map.yml", 1, 1, u"must be a map"_s);
    row("empty.yml", 1, 1, u"the template is empty"_s);
    row("legacy-beta.yml", 2, 1, u"2021 beta syntax of issue forms"_s);
}

void TestIssueForm::rejectedForms()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const IssueFormCheck check = checkIssueForm(readResource(u":/forms/invalid/"_s + file), file);
    QVERIFY(!check.ok());
    QStringList seen;
    bool found = false;
    for (const FormProblem &p : check.problems) {
        seen.append(p.toString());
        QCOMPARE(p.file, file);
        if (p.severity == FormProblem::Severity::Error && p.line == line && p.column == column
            && p.message.contains(message)) {
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(seen.join(u'\n')));

    const auto result = parseIssueForm(readResource(u":/forms/invalid/"_s + file), file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY(result.error().message.startsWith(file + u':'));
    QVERIFY(result.error().detail.contains(u"%1:%2:%3: "_s.arg(file).arg(line).arg(column)));
}

void TestIssueForm::unlabelledCheckboxesAreAccepted()
{
    const IssueForm form = loadForm(u":/forms/valid/unlabelled-checkboxes.yml"_s);
    QCOMPARE(form.title, QString());
    QVERIFY(form.labels.isEmpty());
    QCOMPARE(form.body.size(), 3);
    const FormElement &boxes = form.body.at(0);
    QVERIFY(boxes.label.isEmpty());
    QCOMPARE(boxes.checkboxes.size(), 2);
    QVERIFY(boxes.checkboxes.at(0).label.contains(u"[existing issues](https://"_s));
    // Two unlabelled fields still answer under keys of their own.
    QVERIFY(!boxes.key().isEmpty());
    QVERIFY(boxes.key() != form.body.at(2).key());
    QVERIFY(form.element(boxes.key()));

    FormAnswers answers = initialAnswers(form);
    answers[boxes.key()].selected = {0};
    answers[u"what-happened"_s].text = u"It broke."_s;
    const QString markdown = toGitHubMarkdown(form, answers);
    QVERIFY2(markdown.startsWith(u"- [x] I have searched"_s), qPrintable(markdown));
    QVERIFY(!markdown.contains(u"### \n"_s));
    QVERIFY(markdown.contains(u"### What happened?\n\nIt broke."_s));
}

void TestIssueForm::legacySyntaxIsOneMessage()
{
    const IssueFormCheck check =
        checkIssueForm(readResource(u":/forms/invalid/legacy-beta.yml"_s), u"legacy-beta.yml"_s);
    QCOMPARE(check.problems.size(), 1);
    const QString message = check.problems.constFirst().message;
    QVERIFY(message.contains(u"rename `about` to `description`"_s));
    QVERIFY(message.contains(u"`body`"_s));

    // With a `body`, GitHub shows the form: the old keys are warnings, `about` describes it.
    const IssueFormCheck hybrid =
        checkIssueForm(readResource(u":/forms/valid/beta-hybrid.yml"_s), u"beta-hybrid.yml"_s);
    QVERIFY(hybrid.ok());
    QCOMPARE(hybrid.problems.size(), 2);
    for (const FormProblem &p : hybrid.problems)
        QCOMPARE(p.severity, FormProblem::Severity::Warning);
    QVERIFY(hybrid.form.description.startsWith(u"A form that still carries"_s));
    QCOMPARE(hybrid.form.title, QString());
}

void TestIssueForm::everyAttributeIsRead()
{
    const IssueForm form = loadForm(u":/forms/valid/all-elements.yml"_s);
    QCOMPARE(form.fileName, u"all-elements.yml"_s);
    QCOMPARE(form.name, u"All elements 🐞"_s);
    QCOMPARE(form.description, u"Folded description on two lines.\n"_s);
    QCOMPARE(form.title, u"[Bug]: "_s);
    QCOMPARE(form.labels, (QStringList{u"bug"_s, u"needs triage"_s}));
    QCOMPARE(form.assignees, QStringList{u"octocat"_s});
    QCOMPARE(form.projects, QStringList{u"octo-org/1"_s});
    QCOMPARE(form.type, u"Bug"_s);
    QCOMPARE(form.body.size(), 8);

    const FormElement &markdown = form.body.at(0);
    QCOMPARE(markdown.type, FormElementType::Markdown);
    QCOMPARE(markdown.value, u"## Thanks for the report!\nPlease fill in every field.\n"_s);
    QCOMPARE(markdown.line, 15);
    QCOMPARE(markdown.column, 5);

    const FormElement &input = form.body.at(1);
    QCOMPARE(input.type, FormElementType::Input);
    QCOMPARE(input.id, u"contact"_s);
    QCOMPARE(input.label, u"Contact details"_s);
    QCOMPARE(input.description, u"How can we reach you?"_s);
    QCOMPARE(input.placeholder, u"ex. email@example.com"_s);
    QCOMPARE(input.value, u"support@example.com"_s);
    QVERIFY(!input.required);

    const FormElement &textarea = form.body.at(2);
    QCOMPARE(textarea.type, FormElementType::Textarea);
    QCOMPARE(textarea.label, u"What happened? 🤔"_s);
    QVERIFY(textarea.required);
    QCOMPARE(form.body.at(3).render, u"shell"_s);

    const FormElement &version = form.body.at(4);
    QCOMPARE(version.type, FormElementType::Dropdown);
    QCOMPARE(version.options, (QStringList{u"1.0.2 (Default)"_s, u"1.0.3 (Edge)"_s, u"3.10"_s}));
    QCOMPARE(version.defaultIndex, std::optional<int>(0));
    QVERIFY(!version.multiple);
    QVERIFY(form.body.at(5).multiple);
    QCOMPARE(form.body.at(5).defaultIndex, std::nullopt);

    const FormElement &boxes = form.body.at(6);
    QCOMPARE(boxes.type, FormElementType::Checkboxes);
    QCOMPARE(boxes.checkboxes.size(), 2);
    QCOMPARE(boxes.checkboxes.at(0).label, u"I agree to follow the Code of Conduct"_s);
    QVERIFY(boxes.checkboxes.at(0).required);
    QVERIFY(!boxes.checkboxes.at(1).required);

    // Without an id, the field is known by its parameterised label, as on GitHub.
    QCOMPARE(form.body.at(7).key(), u"anything-else"_s);
    QVERIFY(form.element(u"anything-else"_s));
    QVERIFY(!form.element(u"nothing"_s));
}

void TestIssueForm::realWorldQuirksAreAccepted()
{
    // A byte-order mark, CRLF line ends, a comma-separated label string with an empty entry,
    // emoji, a plain scalar over two lines and no final newline.
    const IssueForm form = loadForm(u":/forms/valid/quirks.yml"_s);
    QCOMPARE(form.name, u"Quirks"_s);
    QCOMPARE(form.labels, (QStringList{u"bug"_s, u"triage"_s}));
    QCOMPARE(form.body.at(0).label, u"Version: ✅"_s);
    QCOMPARE(form.body.at(1).description, u"Plain scalar over two lines"_s);
}

void TestIssueForm::unknownKeysWarnButLoad()
{
    const IssueFormCheck check = checkIssueForm(readResource(u":/forms/valid/all-elements.yml"_s), u"f.yml"_s);
    QVERIFY(check.ok());
    QCOMPARE(check.problems.size(), 1);
    const FormProblem &warning = check.problems.first();
    QCOMPARE(warning.severity, FormProblem::Severity::Warning);
    QCOMPARE(warning.line, 13);
    QCOMPARE(warning.column, 1);
    QVERIFY(warning.message.contains(u"x-internal-note"_s));
}

void TestIssueForm::problemsReadLikeCompilerMessages()
{
    const auto result = parseIssueForm(readResource(u":/forms/invalid/duplicate-ids.yml"_s), u"bug.yml"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message,
             u"bug.yml:9:7: body[1]: body must have unique ids; `name` is also the id of body[0]"_s);
    const FormProblem warning{FormProblem::Severity::Warning, u"a.yml"_s, 2, 3, u"ignored"_s};
    QCOMPARE(warning.toString(), u"a.yml:2:3: warning: ignored"_s);
}

void TestIssueForm::templateChooser()
{
    const auto config = parseTemplateChooser(readResource(u":/templates/config.yml"_s), u"config.yml"_s);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().detail));
    QVERIFY(!config->blankIssuesEnabled);
    QCOMPARE(config->contactLinks.size(), 2);
    QCOMPARE(config->contactLinks.at(0).name, u"Casebook documentation"_s);
    QVERIFY(config->contactLinks.at(0).url.startsWith(u"https://"_s));
    QVERIFY(!config->contactLinks.at(0).about.isEmpty());

    const auto empty = parseTemplateChooser(QByteArray("# nothing configured\n"), u"config.yml"_s);
    QVERIFY(empty.ok());
    QVERIFY(empty->blankIssuesEnabled);
}

void TestIssueForm::templateChooserProblemsArePlaced()
{
    const QByteArray yaml = "blank_issues_enabled: maybe\n"
                            "contact_links:\n"
                            "  - name: Forum\n"
                            "    about: Ask the community\n"
                            "  - name: Docs\n"
                            "    url: docs.example.org\n"
                            "    about: Read first\n";
    const TemplateChooserCheck check = checkTemplateChooser(yaml, u"config.yml"_s);
    QVERIFY(!check.ok());
    QStringList lines;
    for (const FormProblem &p : check.problems)
        lines.append(p.toString());
    QCOMPARE(lines,
             (QStringList{
                 u"config.yml:1:23: `blank_issues_enabled` must be true or false"_s,
                 u"config.yml:3:5: contact_links[0]: required key `url` is missing"_s,
                 u"config.yml:6:10: contact_links[1]: `url` must be a web address"_s,
             }));
}

void TestIssueForm::checkTemplateFileKnowsTheChooser()
{
    QVERIFY(checkTemplateFile(u":/templates/config.yml"_s).isEmpty());
    QVERIFY(checkTemplateFile(u":/templates/tracker-bug.yml"_s).isEmpty());

    const QList<FormProblem> refused = checkTemplateFile(u":/forms/invalid/duplicate-ids.yml"_s);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().toString().startsWith(u":/forms/invalid/duplicate-ids.yml:9:7: "_s));

    const QList<FormProblem> missing = checkTemplateFile(u":/forms/no-such-form.yml"_s);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().severity, FormProblem::Severity::Error);
    QCOMPARE(missing.first().line, 1);
}

void TestIssueForm::R25_trackerTemplateHasTheReportFields()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    QVERIFY(!form.title.isEmpty());
    for (const char *key : {"dialogue-link", "fix-version", "background", "steps", "actual", "expected", "accesses"})
        QVERIFY2(form.element(QString::fromLatin1(key)), key);
    const FormElement *background = form.element(u"background"_s);
    for (const QString &part : {u"Settings"_s, u"Permissions"_s, u"Browser"_s})
        QVERIFY(background->value.contains(part) || background->description.contains(part, Qt::CaseInsensitive));
    QVERIFY(form.element(u"steps"_s)->value.startsWith(u"1.\n2.\n"_s));
    QStringList accesses;
    for (const CheckboxOption &box : form.element(u"accesses"_s)->checkboxes)
        accesses.append(box.label);
    QCOMPARE(
        accesses,
        (QStringList{u"Tracker"_s, u"Server"_s, u"Domain registrar"_s, u"Affiliate network"_s, u"WordPress admin"_s}));
    for (const char *key : {"dialogue-link", "fix-version", "background", "steps", "actual", "expected"})
        QVERIFY2(form.element(QString::fromLatin1(key))->required, key);
}

void TestIssueForm::R27_errorTextIsWrittenOutAsText()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    const FormElement *error = form.element(u"error-text"_s);
    QVERIFY(error);
    QCOMPARE(error->type, FormElementType::Textarea);
    QCOMPARE(syntaxDefinitionForRender(error->render), u"None"_s);
    QVERIFY(error->description.contains(u"text"_s));
    FormAnswers answers;
    answers.insert(u"error-text"_s, {u"Fatal: quota exceeded"_s, {}});
    QVERIFY(toGitHubMarkdown(form, answers).contains(u"### Error text\n\n```text\nFatal: quota exceeded\n```"_s));
    const IssueForm incident = loadForm(u":/templates/platform-incident.yml"_s);
    QCOMPARE(syntaxDefinitionForRender(incident.element(u"logs"_s)->render), u"Bash"_s);
}

void TestIssueForm::R28_trackerTemplateHasTheFourSeverities()
{
    for (const QString &path : {u":/templates/tracker-bug.yml"_s, u":/templates/platform-incident.yml"_s}) {
        const IssueForm form = loadForm(path);
        const FormElement *severity = form.element(u"severity"_s);
        QVERIFY(severity);
        QCOMPARE(severity->type, FormElementType::Dropdown);
        QVERIFY(severity->required);
        QCOMPARE(severity->options,
                 (QStringList{u"Low: a workaround exists"_s, u"Medium: the customer is blocked"_s,
                              u"High: all customers are blocked"_s, u"Critical: the platform is offline"_s}));
    }
}

void TestIssueForm::R29_reportsNameTheirProductArea()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    const FormElement *area = form.element(u"product-area"_s);
    QVERIFY(area);
    QCOMPARE(area->type, FormElementType::Dropdown);
    QVERIFY(area->required);
    QVERIFY(area->options.size() >= 2);
    QVERIFY(area->description.contains(u"owner"_s));
}

void TestIssueForm::R30_reportsCarryIdentifiersAndVideo()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    QVERIFY(form.element(u"instance"_s)->required);
    QCOMPARE(form.element(u"item"_s)->type, FormElementType::Input);
    QCOMPARE(form.element(u"video"_s)->type, FormElementType::Input);
    QVERIFY(form.element(u"steps"_s)->required);
    // A video is optional: without one the report says so, as GitHub does.
    QVERIFY(toGitHubMarkdown(form, {}).contains(u"### Video link\n\n_No response_"_s));
}

QTEST_GUILESS_MAIN(TestIssueForm)
#include "tst_issueform.moc"
