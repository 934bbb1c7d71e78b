// SPDX-License-Identifier: GPL-3.0-or-later
// The template chooser (config.yml) and reading template files from disk; the forms themselves
// are read in issueformparser.cpp. Both are declared in issueformparser.h.
#include "issueformparser.h"

#include "yamlcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Casebook {

using Yaml::Checker;

TemplateChooserCheck checkTemplateChooser(const QByteArray &yaml, const QString &fileName)
{
    TemplateChooserCheck check;
    Checker c(fileName);
    const auto loaded = c.load(yaml);
    if (!loaded || loaded->IsNull()) {
        // An empty config.yml changes nothing: GitHub's defaults apply.
        check.problems = c.takeProblems();
        return check;
    }
    const YAML::Node &root = *loaded;
    if (!root.IsMap()) {
        c.error(root,
                QCoreApplication::translate(
                    "Casebook::IssueFormParser",
                    "the template chooser must be a map with `blank_issues_enabled` and `contact_links`"));
        check.problems = c.takeProblems();
        return check;
    }
    c.checkKeys(root, {"blank_issues_enabled", "contact_links"},
                QCoreApplication::translate("Casebook::IssueFormParser", "top level"));
    check.config.blankIssuesEnabled =
        c.boolean(Checker::find(root, "blank_issues_enabled"), u"blank_issues_enabled"_s).value_or(true);
    if (const auto links = Checker::find(root, "contact_links")) {
        if (!links->value.IsSequence()) {
            c.error(links->value.IsNull() ? links->key : links->value,
                    QCoreApplication::translate("Casebook::IssueFormParser", "`contact_links` must be a list"));
        } else {
            int index = 0;
            for (const YAML::Node &item : links->value) {
                const QString where = u"contact_links[%1]"_s.arg(index++);
                c.setContext(where);
                if (!item.IsMap()) {
                    c.error(item,
                            QCoreApplication::translate(
                                "Casebook::IssueFormParser",
                                "%1: each contact link must be a map with `name`, `url` and `about`")
                                .arg(where));
                    continue;
                }
                c.checkKeys(item, {"name", "url", "about"}, where);
                ContactLink link;
                const auto field = [&](const char *key) {
                    const auto entry = Checker::find(item, key);
                    if (!entry)
                        c.error(
                            item,
                            QCoreApplication::translate("Casebook::IssueFormParser", "%1: required key `%2` is missing")
                                .arg(where, QString::fromLatin1(key)));
                    return c.text(entry, QString::fromLatin1(key), Checker::Numbers::AsText).value_or(QString());
                };
                link.name = field("name");
                link.url = field("url");
                link.about = field("about");
                if (!link.url.isEmpty() && !link.url.startsWith(u"https://") && !link.url.startsWith(u"http://"))
                    c.error(Checker::find(item, "url")->value,
                            QCoreApplication::translate("Casebook::IssueFormParser", "%1: `url` must be a web address")
                                .arg(where));
                check.config.contactLinks.append(link);
            }
            c.setContext({});
        }
    }
    check.problems = c.takeProblems();
    return check;
}

Result<TemplateChooserConfig> parseTemplateChooser(const QByteArray &yaml, const QString &fileName)
{
    TemplateChooserCheck check = checkTemplateChooser(yaml, fileName);
    return Yaml::resultOf(std::move(check.config), check.problems);
}

std::variant<QByteArray, FormProblem> readTemplateFile(const QString &path)
{
    const auto problem = [&](const QString &message) {
        return FormProblem{FormProblem::Severity::Error, path, 1, 1, message};
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(QCoreApplication::translate("Casebook::IssueFormParser", "the file cannot be read: %1")
                           .arg(file.errorString()));
    // Asked of the file before a byte is read; a pipe or device reports no size and is read
    // only up to the cap.
    if (file.size() > maxTemplateBytes)
        return problem(Yaml::tooLargeMessage(file.size()));
    QByteArray yaml = file.read(maxTemplateBytes + 1);
    if (yaml.size() > maxTemplateBytes)
        return problem(Yaml::tooLargeMessage(yaml.size()));
    return yaml;
}

QList<FormProblem> checkTemplateFile(const QString &path)
{
    auto read = readTemplateFile(path);
    if (const auto *problem = std::get_if<FormProblem>(&read))
        return {*problem};
    const QByteArray &yaml = std::get<QByteArray>(read);
    if (QFileInfo(path).fileName() == u"config.yml")
        return checkTemplateChooser(yaml, path).problems;
    return checkIssueForm(yaml, path).problems;
}

} // namespace Casebook
