// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueformfixture.h"
#include "models/bugreports/issueformexport.h"
#include "models/bugreports/issueformparser.h"
#include "models/bugreports/renderlanguage.h"

#include <QTest>
#include <QUrlQuery>

using namespace Casebook;
using namespace Casebook::Test;
using namespace Qt::StringLiterals;

namespace {

/// Expected text files end with a newline as editors write them; the export has none.
QString expectedText(const QString &path)
{
    QString text = QString::fromUtf8(readResource(path));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

FormAnswers filledAllElements()
{
    FormAnswers answers;
    answers.insert(u"contact"_s, {u"anna@example.com"_s, {}});
    answers.insert(u"what-happened"_s, {u"The export stops at 50 %.\nNothing in the log."_s, {}});
    answers.insert(u"logs"_s, {u"$ casebook --export\nerror: disk full"_s, {}});
    answers.insert(u"version"_s, {{}, {1}});
    answers.insert(u"browsers"_s, {{}, {2, 0}});
    answers.insert(u"terms"_s, {{}, {0}});
    return answers;
}

FormAnswers filledTrackerBug()
{
    FormAnswers answers;
    answers.insert(u"dialogue-link"_s, {u"https://support.example.com/dialogues/4711"_s, {}});
    answers.insert(u"fix-version"_s, {u"4.12.3"_s, {}});
    answers.insert(u"background"_s,
                   {u"Settings: postback URL with {subid}\nPermissions: admin\n"
                    u"Browser and version: Firefox 133"_s,
                    {}});
    answers.insert(u"steps"_s,
                   {u"1. Open the campaign\n2. Send a test postback\n3. Open the conversions report"_s, {}});
    answers.insert(u"actual"_s, {u"The conversion is missing."_s, {}});
    answers.insert(u"expected"_s, {u"The conversion is listed."_s, {}});
    answers.insert(u"error-text"_s, {u"Postback rejected: unknown subid"_s, {}});
    answers.insert(u"instance"_s, {u"tracker-17.example.com"_s, {}});
    answers.insert(u"accesses"_s, {{}, {0, 3}});
    answers.insert(u"severity"_s, {{}, {1}});
    answers.insert(u"product-area"_s, {{}, {3}});
    return answers;
}

} // namespace

// Writing a filled form out: field keys, GitHub Markdown and Jira markup, the new-issue link
// and its clipboard fallback, and the syntax definitions for rendered fields.
class TestIssueFormExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameterize_data();
    void parameterize();
    void markdownExport_data();
    void markdownExport();
    void jiraExport();
    void gitHubLinkEncodesEveryValue();
    void gitHubLinkFallsBackWhenTooLong();
    void gitHubLinkNeedsOwnerAndRepo();
    void renderLanguage_data();
    void renderLanguage();
};

void TestIssueFormExport::parameterize_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"Version"_s << u"version"_s;
    QTest::newRow("punctuation") << u"What happened?"_s << u"what-happened"_s;
    QTest::newRow("runs squeeze") << u"Name???????"_s << u"name"_s;
    QTest::newRow("dashes squeeze") << u"a -- b"_s << u"a-b"_s;
    QTest::newRow("underscore kept") << u"log_output"_s << u"log_output"_s;
    QTest::newRow("accents transliterate") << u"Café crème"_s << u"cafe-creme"_s;
    QTest::newRow("emoji drop") << u"🐞 Bug"_s << u"bug"_s;
}

void TestIssueFormExport::parameterize()
{
    QFETCH(QString, label);
    QFETCH(QString, key);
    QCOMPARE(parameterizeLabel(label), key);
}

void TestIssueFormExport::markdownExport_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<FormAnswers>("answers");
    QTest::addColumn<QString>("expected");

    const QString allElements = u":/forms/valid/all-elements.yml"_s;
    QTest::newRow("filled") << allElements << filledAllElements() << u"all-elements.filled.md"_s;
    QTest::newRow("as opened: prefilled values and dropdown default")
        << allElements << initialAnswers(loadForm(allElements)) << u"all-elements.initial.md"_s;
    QTest::newRow("R25 tracker bug") << u":/templates/tracker-bug.yml"_s << filledTrackerBug()
                                     << u"tracker-bug.filled.md"_s;
}

void TestIssueFormExport::markdownExport()
{
    QFETCH(QString, form);
    QFETCH(FormAnswers, answers);
    QFETCH(QString, expected);
    QCOMPARE(toGitHubMarkdown(loadForm(form), answers), expectedText(u":/forms/expected/"_s + expected));
}

void TestIssueFormExport::jiraExport()
{
    const IssueForm form = loadForm(u":/forms/valid/all-elements.yml"_s);
    QCOMPARE(toJiraMarkup(form, filledAllElements()), expectedText(u":/forms/expected/all-elements.filled.jira"_s));
}

void TestIssueFormExport::gitHubLinkEncodesEveryValue()
{
    const IssueForm form = loadForm(u":/forms/valid/all-elements.yml"_s);
    const QString body = u"### Steps\n\n1 + 1 = 2 & 50% done #3 %41 ü 🐞?"_s;
    const auto link = gitHubNewIssueLink(u"octo-org/octo-repo"_s, form, QString(), body);
    QVERIFY(link.ok());
    QVERIFY(!link->bodyOnClipboard);
    const QString encoded = link->url.toString(QUrl::FullyEncoded);
    QVERIFY(encoded.startsWith(u"https://github.com/octo-org/octo-repo/issues/new?template=all-elements.yml&"_s));
    // '+' would read as a space and a bare '%41' as 'A': both must arrive encoded.
    QVERIFY(encoded.contains(u"1%20%2B%201%20%3D%202%20%26%2050%25%20done%20%233%20%2541"_s));
    QVERIFY(!encoded.contains(u' '));

    const QUrlQuery query(link->url);
    QCOMPARE(query.queryItemValue(u"body"_s, QUrl::FullyDecoded), body);
    QCOMPARE(query.queryItemValue(u"title"_s, QUrl::FullyDecoded), u"[Bug]: "_s);
    QCOMPARE(query.queryItemValue(u"labels"_s, QUrl::FullyDecoded), u"bug,needs triage"_s);
    QCOMPARE(query.queryItemValue(u"template"_s, QUrl::FullyDecoded), u"all-elements.yml"_s);

    const auto titled = gitHubNewIssueLink(u"octo-org/octo-repo"_s, form, u"Export stops"_s, body);
    QCOMPARE(QUrlQuery(titled->url).queryItemValue(u"title"_s, QUrl::FullyDecoded), u"Export stops"_s);
}

void TestIssueFormExport::gitHubLinkFallsBackWhenTooLong()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    const QString body = toGitHubMarkdown(form, filledTrackerBug());
    const auto fits = gitHubNewIssueLink(u"octo-org/octo-repo"_s, form, QString(), body);
    QVERIFY(!fits->bodyOnClipboard);
    QVERIFY(fits->url.toString(QUrl::FullyEncoded).size() <= gitHubUrlLimit);

    // Each non-ASCII letter costs six characters once encoded.
    const QString log = QString(1400, u'ж');
    const auto tooLong = gitHubNewIssueLink(u"octo-org/octo-repo"_s, form, QString(), body + log);
    QVERIFY(tooLong.ok());
    QVERIFY(tooLong->bodyOnClipboard);
    QCOMPARE(tooLong->url.toString(QUrl::FullyEncoded),
             u"https://github.com/octo-org/octo-repo/issues/new?template=tracker-bug.yml"_s);

    const auto limit = fits->url.toString(QUrl::FullyEncoded).size();
    QVERIFY(!gitHubNewIssueLink(u"o/r"_s, form, QString(), body, limit)->bodyOnClipboard);
    QVERIFY(gitHubNewIssueLink(u"o/r"_s, form, u"a longer title"_s, body, limit - 30)->bodyOnClipboard);
}

void TestIssueFormExport::gitHubLinkNeedsOwnerAndRepo()
{
    const IssueForm form = loadForm(u":/templates/tracker-bug.yml"_s);
    for (const QString &bad : {u"octo-repo"_s, u"a/b/c"_s, u"octo org/repo"_s, QString()}) {
        const auto link = gitHubNewIssueLink(bad, form, QString(), QString());
        QVERIFY(!link.ok());
        QCOMPARE(link.error().kind, Error::Kind::Invalid);
    }
}

void TestIssueFormExport::renderLanguage_data()
{
    QTest::addColumn<QString>("render");
    QTest::addColumn<QString>("definition");
    const auto row = [](const QString &render, const QString &definition) {
        QTest::newRow(qPrintable(render.isEmpty() ? u"(empty)"_s : render)) << render << definition;
    };
    row(u"shell"_s, u"Bash"_s);
    row(u"sh"_s, u"Bash"_s);
    row(u"bash"_s, u"Bash"_s);
    row(u"console"_s, u"Bash"_s);
    row(u"powershell"_s, u"PowerShell"_s);
    row(u"ps1"_s, u"PowerShell"_s);
    row(u"python"_s, u"Python"_s);
    row(u"py"_s, u"Python"_s);
    row(u"yaml"_s, u"YAML"_s);
    row(u"yml"_s, u"YAML"_s);
    row(u"json"_s, u"JSON"_s);
    row(u"rust"_s, u"Rust"_s);
    row(u"rs"_s, u"Rust"_s);
    row(u"javascript"_s, u"JavaScript"_s);
    row(u"js"_s, u"JavaScript"_s);
    row(u"typescript"_s, u"TypeScript"_s);
    row(u"ts"_s, u"TypeScript"_s);
    row(u"sql"_s, u"SQL"_s);
    row(u"xml"_s, u"XML"_s);
    row(u"html"_s, u"HTML"_s);
    row(u"diff"_s, u"Diff"_s);
    row(u"c"_s, u"C"_s);
    row(u"cpp"_s, u"C++"_s);
    row(u"java"_s, u"Java"_s);
    row(u"go"_s, u"Go"_s);
    row(u"ruby"_s, u"Ruby"_s);
    row(u"php"_s, u"PHP/PHP"_s);
    row(u"text"_s, u"None"_s);
    row(u"plain"_s, u"None"_s);
    row(u"  Shell "_s, u"Bash"_s);
    row(u"Kotlin"_s, u"Kotlin"_s);
    row(u"Elixir"_s, u"Elixir"_s);
    row(QString(), QString());
}

void TestIssueFormExport::renderLanguage()
{
    QFETCH(QString, render);
    QFETCH(QString, definition);
    QCOMPARE(syntaxDefinitionForRender(render), definition);
}

QTEST_GUILESS_MAIN(TestIssueFormExport)
#include "tst_issueformexport.moc"
