// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueformparser.h"

#include "yamlcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

using Yaml::Checker;
using Yaml::Kind;

std::optional<FormElementType> typeNamed(const QString &name)
{
    if (name == u"markdown")
        return FormElementType::Markdown;
    if (name == u"textarea")
        return FormElementType::Textarea;
    if (name == u"input")
        return FormElementType::Input;
    if (name == u"dropdown")
        return FormElementType::Dropdown;
    if (name == u"checkboxes")
        return FormElementType::Checkboxes;
    return std::nullopt;
}

/// Where an element's id and label sit, for the checks that compare elements. yaml-cpp's nodes
/// may throw when copied; the parser reads inside its YAML exception handler.
struct Placed // NOLINT(bugprone-exception-escape)
{
    int index = 0;
    FormElement element;
    YAML::Node idNode;
    YAML::Node labelNode;
    QList<YAML::Node> optionNodes;
};

class FormReader final
{
public:
    explicit FormReader(Checker &checker)
        : m_c(checker)
    {
    }

    std::optional<Placed> element(const YAML::Node &node, int index);
    void compare(const QList<Placed> &elements);

private:
    void attributes(const YAML::Node &attrs, const QString &where, Placed &placed);
    /// The `options` entry when it is a non-empty list; @p shapeMessage says what it must be.
    std::optional<Yaml::Entry> optionList(const YAML::Node &attrs, const QString &where, const QString &shapeMessage);
    void dropdownOptions(const YAML::Node &attrs, const QString &where, Placed &placed);
    void checkboxOptions(const YAML::Node &attrs, const QString &where, Placed &placed);

    Checker &m_c;
};

std::optional<Placed> FormReader::element(const YAML::Node &node, int index)
{
    const QString where = u"body[%1]"_s.arg(index);
    m_c.setContext(where);
    const auto clearContext = qScopeGuard([this] { m_c.setContext({}); });
    if (!node.IsMap()) {
        m_c.error(node,
                  QCoreApplication::translate("Casebook::IssueFormParser",
                                              "%1: each body element must be a map with `type` and `attributes`")
                      .arg(where));
        return std::nullopt;
    }
    m_c.checkKeys(node, {"type", "id", "attributes", "validations"}, where);

    Placed placed;
    placed.index = index;
    FormElement &e = placed.element;
    e.line = node.Mark().line + 1;
    e.column = node.Mark().column + 1;

    const auto typeEntry = Checker::find(node, "type");
    if (!typeEntry) {
        m_c.error(
            node,
            QCoreApplication::translate("Casebook::IssueFormParser", "%1: required key `type` is missing").arg(where));
        return std::nullopt;
    }
    const auto typeName = m_c.text(typeEntry, u"type"_s);
    if (!typeName)
        return std::nullopt;
    const auto type = typeNamed(*typeName);
    if (!type) {
        m_c.error(typeEntry->value,
                  QCoreApplication::translate(
                      "Casebook::IssueFormParser",
                      "%1: `%2` is not a valid input type (markdown, textarea, input, dropdown, checkboxes)")
                      .arg(where, *typeName));
        return std::nullopt;
    }
    e.type = *type;

    if (const auto idEntry = Checker::find(node, "id")) {
        placed.idNode = idEntry->value;
        if (const auto id = m_c.text(idEntry, u"id"_s, Checker::Numbers::AsText)) {
            static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]+$"_s);
            if (!idPattern.match(*id).hasMatch())
                m_c.error(idEntry->value,
                          QCoreApplication::translate("Casebook::IssueFormParser",
                                                      "%1: `id` can only contain letters, digits, '-' and '_'")
                              .arg(where));
            else if (e.type == FormElementType::Markdown)
                m_c.warning(idEntry->key,
                            QCoreApplication::translate("Casebook::IssueFormParser",
                                                        "%1: markdown elements have no `id`; it is ignored")
                                .arg(where));
            else
                e.id = *id;
        }
    }

    const auto attrs = Checker::find(node, "attributes");
    if (!attrs || attrs->value.IsNull()) {
        const char *needed = e.type == FormElementType::Markdown ? "value" : "label";
        m_c.error(attrs ? attrs->key : node,
                  QCoreApplication::translate("Casebook::IssueFormParser", "%1: required attribute key `%2` is missing")
                      .arg(where, QString::fromLatin1(needed)));
    } else if (!attrs->value.IsMap()) {
        m_c.error(
            attrs->value,
            QCoreApplication::translate("Casebook::IssueFormParser", "%1: `attributes` must be a map").arg(where));
    } else {
        attributes(attrs->value, where, placed);
    }

    if (const auto validations = Checker::find(node, "validations")) {
        if (e.type == FormElementType::Markdown) {
            m_c.error(validations->key,
                      QCoreApplication::translate(
                          "Casebook::IssueFormParser",
                          "%1: markdown is static text; `validations` and `required` are not allowed on it")
                          .arg(where));
        } else if (!validations->value.IsMap()) {
            m_c.error(
                validations->value,
                QCoreApplication::translate("Casebook::IssueFormParser", "%1: `validations` must be a map").arg(where));
        } else {
            m_c.checkKeys(validations->value, {"required"}, where + u".validations"_s);
            e.required = m_c.boolean(Checker::find(validations->value, "required"), u"required"_s).value_or(false);
        }
    }
    return placed;
}

void FormReader::attributes(const YAML::Node &attrs, const QString &where, Placed &placed)
{
    FormElement &e = placed.element;
    const QString at = where + u".attributes"_s;
    switch (e.type) {
    case FormElementType::Markdown:
        m_c.checkKeys(attrs, {"value"}, at);
        break;
    case FormElementType::Textarea:
        m_c.checkKeys(attrs, {"label", "description", "placeholder", "value", "render"}, at);
        break;
    case FormElementType::Input:
        m_c.checkKeys(attrs, {"label", "description", "placeholder", "value"}, at);
        break;
    case FormElementType::Dropdown:
        m_c.checkKeys(attrs, {"label", "description", "multiple", "options", "default"}, at);
        break;
    case FormElementType::Checkboxes:
        m_c.checkKeys(attrs, {"label", "description", "options"}, at);
        break;
    }

    // Optional attributes: `description: ''` is common in real forms and GitHub reads it as absent.
    const auto text = [&](const char *key) {
        return m_c.optionalText(Checker::find(attrs, key), QString::fromLatin1(key));
    };

    if (e.type == FormElementType::Markdown) {
        const auto value = Checker::find(attrs, "value");
        if (!value)
            m_c.error(attrs,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: required attribute key `value` is missing")
                          .arg(where));
        e.value = text("value");
        return;
    }

    const auto label = Checker::find(attrs, "label");
    if (!label && e.type == FormElementType::Checkboxes) {
        // GitHub accepts a checkboxes field without a label (many popular forms have one): the
        // boxes speak for themselves. Its answers still need a key of their own.
        if (e.id.isEmpty())
            e.id = u"checkboxes-%1"_s.arg(placed.index);
    } else if (!label) {
        m_c.error(
            attrs,
            QCoreApplication::translate("Casebook::IssueFormParser", "%1: required attribute key `label` is missing")
                .arg(where));
    } else {
        placed.labelNode = label->value;
        e.label = m_c.text(label, u"label"_s, Checker::Numbers::Refuse).value_or(QString());
        // GitHub refuses such labels so that nobody is asked to post credentials publicly.
        if ((e.type == FormElementType::Input || e.type == FormElementType::Textarea)
            && e.label.contains(u"password", Qt::CaseInsensitive)) {
            m_c.error(label->value,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: `label` contains the forbidden word \"password\"")
                          .arg(where));
        }
    }
    e.description = text("description");
    if (e.type == FormElementType::Input || e.type == FormElementType::Textarea) {
        e.placeholder = text("placeholder");
        e.value = text("value");
    }
    if (e.type == FormElementType::Textarea)
        e.render = text("render");
    if (e.type == FormElementType::Dropdown)
        dropdownOptions(attrs, where, placed);
    if (e.type == FormElementType::Checkboxes)
        checkboxOptions(attrs, where, placed);
}

std::optional<Yaml::Entry> FormReader::optionList(const YAML::Node &attrs, const QString &where,
                                                  const QString &shapeMessage)
{
    auto options = Checker::find(attrs, "options");
    if (!options) {
        m_c.error(
            attrs,
            QCoreApplication::translate("Casebook::IssueFormParser", "%1: required attribute key `options` is missing")
                .arg(where));
        return std::nullopt;
    }
    if (!options->value.IsSequence() || options->value.size() == 0) {
        m_c.error(options->value.IsNull() ? options->key : options->value, shapeMessage.arg(where));
        return std::nullopt;
    }
    return options;
}

void FormReader::dropdownOptions(const YAML::Node &attrs, const QString &where, Placed &placed)
{
    FormElement &e = placed.element;
    e.multiple = m_c.boolean(Checker::find(attrs, "multiple"), u"multiple"_s).value_or(false);
    const auto options = optionList(
        attrs, where,
        QCoreApplication::translate("Casebook::IssueFormParser", "%1: `options` must be a non-empty list of strings"));
    if (!options)
        return;
    const auto defaultEntry = Checker::find(attrs, "default");
    for (const YAML::Node &item : options->value) {
        const Kind kind = Yaml::kindOf(item);
        if (kind == Kind::Bool) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: `options` must not include booleans; put quotes around %2")
                          .arg(where, Yaml::toQString(item)));
            continue;
        }
        const QString option = (kind == Kind::String || kind == Kind::Number) ? Yaml::toQString(item) : QString();
        if (option.trimmed().isEmpty()) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: each entry of `options` must be a non-empty string")
                          .arg(where));
            continue;
        }
        // GitHub adds "None" itself to an optional dropdown to mean "no choice".
        if (option.trimmed().compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: `options` must not include the reserved word None")
                          .arg(where));
            continue;
        }
        if (defaultEntry && option.trimmed().compare(u"n/a"_s, Qt::CaseInsensitive) == 0) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: with a `default`, `options` must not include n/a")
                          .arg(where));
            continue;
        }
        if (e.options.contains(option)) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: `options` must be unique; \"%2\" appears twice")
                          .arg(where, option));
            continue;
        }
        e.options.append(option);
        placed.optionNodes.append(item);
    }
    if (const auto index = m_c.integer(defaultEntry, u"default"_s)) {
        if (*index < 0 || *index >= int(options->value.size())) {
            m_c.error(defaultEntry->value,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: `default` %2 is not the index of an option (0 to %3)")
                          .arg(where)
                          .arg(*index)
                          .arg(options->value.size() - 1));
        } else {
            e.defaultIndex = index;
        }
    }
}

void FormReader::checkboxOptions(const YAML::Node &attrs, const QString &where, Placed &placed)
{
    FormElement &e = placed.element;
    const auto options = optionList(
        attrs, where,
        QCoreApplication::translate("Casebook::IssueFormParser",
                                    "%1: `options` must be a non-empty list of checkboxes, each with a `label`"));
    if (!options)
        return;
    for (const YAML::Node &item : options->value) {
        if (!item.IsMap()) {
            m_c.error(item,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: each checkbox must be a map with a `label`")
                          .arg(where));
            continue;
        }
        m_c.checkKeys(item, {"label", "required"}, where + u".options"_s);
        const auto label = Checker::find(item, "label");
        if (!label) {
            m_c.error(
                item,
                QCoreApplication::translate("Casebook::IssueFormParser", "%1: required checkbox key `label` is missing")
                    .arg(where));
            continue;
        }
        CheckboxOption box;
        box.label = m_c.text(label, u"label"_s, Checker::Numbers::AsText).value_or(QString());
        box.required = m_c.boolean(Checker::find(item, "required"), u"required"_s).value_or(false);
        if (box.label.isEmpty())
            continue;
        const bool duplicate = std::any_of(e.checkboxes.begin(), e.checkboxes.end(),
                                           [&](const CheckboxOption &o) { return o.label == box.label; });
        if (duplicate) {
            m_c.error(label->value,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: checkboxes must have unique labels; \"%2\" appears twice")
                          .arg(where, box.label));
            continue;
        }
        e.checkboxes.append(box);
        placed.optionNodes.append(label->value);
    }
}

void FormReader::compare(const QList<Placed> &elements)
{
    QHash<QString, const Placed *> byKey;
    for (const Placed &p : elements) {
        const FormElement &e = p.element;
        if (!e.acceptsInput() || e.key().isEmpty())
            continue;
        const auto first = byKey.constFind(e.key());
        if (first == byKey.cend()) {
            byKey.insert(e.key(), &p);
            continue;
        }
        const FormElement &other = (*first)->element;
        const QString where = u"body[%1]"_s.arg(p.index);
        const QString otherWhere = u"body[%1]"_s.arg((*first)->index);
        if (!e.id.isEmpty() && !other.id.isEmpty()) {
            m_c.error(p.idNode,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: body must have unique ids; `%2` is also the id of %3")
                          .arg(where, e.id, otherWhere));
        } else if (e.label == other.label) {
            m_c.error(p.labelNode,
                      QCoreApplication::translate("Casebook::IssueFormParser",
                                                  "%1: body must have unique labels; \"%2\" is also the label of %3 "
                                                  "(give one of them an `id`)")
                          .arg(where, e.label, otherWhere));
        } else {
            m_c.error(
                e.id.isEmpty() ? p.labelNode : p.idNode,
                QCoreApplication::translate("Casebook::IssueFormParser",
                                            "%1: labels are too similar; \"%2\" makes the same reference `%3` as %4 "
                                            "(change the label or give it an `id`)")
                    .arg(where, e.label, e.key(), otherWhere));
        }
    }
    // A box's label may not repeat the label of another field that has no id.
    for (const Placed &p : elements) {
        if (p.element.type != FormElementType::Checkboxes)
            continue;
        for (qsizetype i = 0; i < p.element.checkboxes.size() && i < p.optionNodes.size(); ++i) {
            const QString key = parameterizeLabel(p.element.checkboxes.at(i).label);
            const Placed *clash = byKey.value(key);
            if (clash && clash != &p && clash->element.id.isEmpty()) {
                m_c.error(p.optionNodes.at(i),
                          QCoreApplication::translate("Casebook::IssueFormParser",
                                                      "body[%1]: checkboxes must have unique labels; \"%2\" is also "
                                                      "the label of body[%3] (give that element an `id`)")
                              .arg(p.index)
                              .arg(p.element.checkboxes.at(i).label)
                              .arg(clash->index));
            }
        }
    }
}

/**
 * The 2021 beta of issue forms (and the front matter of Markdown templates, often copied into a
 * .yml file) says `about`, `issue_body` and `inputs` where GitHub now reads `description` and
 * `body`. Without a `body` the file is no form at all: one message that names the syntax and
 * the way out helps more than a dozen unknown-key errors (returns true: stop there). With a
 * `body`, GitHub still shows the form (popular repositories have such hybrids), so the old keys
 * are warnings and `about` stands in for a missing `description`.
 */
bool legacySyntax(Checker &c, const YAML::Node &root)
{
    const auto about = Checker::find(root, "about");
    const auto issueBody = Checker::find(root, "issue_body");
    const auto inputs = Checker::find(root, "inputs");
    if (!about && !issueBody && !inputs)
        return false;
    if (!Checker::find(root, "body")) {
        const auto at = about ? about : issueBody ? issueBody : inputs;
        c.error(at->key,
                QCoreApplication::translate(
                    "Casebook::IssueFormParser",
                    "this is the 2021 beta syntax of issue forms (`about`, `issue_body`, `inputs`, "
                    "`title: ''`) or the front matter of a Markdown template, which GitHub no longer "
                    "reads as a form: rename `about` to `description`, move the fields into a `body` "
                    "list of elements (`markdown`, `input`, `textarea`, `dropdown`, `checkboxes`) and "
                    "remove `issue_body`; or keep the text as a Markdown template (.md)"));
        return true;
    }
    if (about && !Checker::find(root, "description"))
        c.warning(about->key,
                  QCoreApplication::translate("Casebook::IssueFormParser",
                                              "`about` is the 2021 beta's name for `description`; GitHub still "
                                              "reads it here, but rename it to `description`"));
    if (issueBody)
        c.warning(issueBody->key,
                  QCoreApplication::translate("Casebook::IssueFormParser",
                                              "`issue_body` belongs to the 2021 beta of issue forms and is "
                                              "ignored; remove it"));
    return false;
}

} // namespace

bool IssueFormCheck::ok() const
{
    return Yaml::noErrors(problems);
}

bool TemplateChooserCheck::ok() const
{
    return Yaml::noErrors(problems);
}

IssueFormCheck checkIssueForm(const QByteArray &yaml, const QString &fileName)
{
    IssueFormCheck check;
    check.form.fileName = fileName;
    Checker c(fileName);
    const auto loaded = c.load(yaml);
    if (!loaded) {
        check.problems = c.takeProblems();
        return check;
    }
    const YAML::Node &root = *loaded;
    if (root.IsNull()) {
        c.errorAt(
            1, 1,
            QCoreApplication::translate("Casebook::IssueFormParser",
                                        "the template is empty; it needs at least `name`, `description` and `body`"));
        check.problems = c.takeProblems();
        return check;
    }
    if (!root.IsMap()) {
        c.error(
            root,
            QCoreApplication::translate("Casebook::IssueFormParser",
                                        "the template must be a map of keys such as `name`, `description` and `body`"));
        check.problems = c.takeProblems();
        return check;
    }
    if (legacySyntax(c, root)) {
        check.problems = c.takeProblems();
        return check;
    }
    IssueForm &form = check.form;
    c.checkKeys(
        root,
        {"name", "description", "title", "labels", "assignees", "projects", "type", "body", "about", "issue_body"},
        QCoreApplication::translate("Casebook::IssueFormParser", "top level"));

    const auto required = [&](const char *key) {
        const auto entry = Checker::find(root, key);
        if (!entry)
            c.error(root,
                    QCoreApplication::translate("Casebook::IssueFormParser", "required top level key `%1` is missing")
                        .arg(QString::fromLatin1(key)));
        return entry;
    };
    form.name = c.text(required("name"), u"name"_s).value_or(QString());
    // A hybrid of the 2021 beta (see legacySyntax) describes itself with `about`.
    const auto about = Checker::find(root, "about");
    form.description = about && !Checker::find(root, "description")
        ? c.text(about, u"about"_s).value_or(QString())
        : c.text(required("description"), u"description"_s).value_or(QString());
    form.title = c.optionalText(Checker::find(root, "title"), u"title"_s);
    form.labels = c.list(Checker::find(root, "labels"), u"labels"_s);
    form.assignees = c.list(Checker::find(root, "assignees"), u"assignees"_s);
    form.projects = c.list(Checker::find(root, "projects"), u"projects"_s);
    form.type = c.optionalText(Checker::find(root, "type"), u"type"_s, Checker::Numbers::Refuse);

    const auto body = Checker::find(root, "body");
    if (!body) {
        c.error(root,
                QCoreApplication::translate(
                    "Casebook::IssueFormParser",
                    "body cannot be empty: the top level key `body` is missing (an extra `---` before "
                    "`body` also hides it)"));
    } else if (body->value.IsNull() || (body->value.IsSequence() && body->value.size() == 0)) {
        c.error(body->key, QCoreApplication::translate("Casebook::IssueFormParser", "body cannot be empty"));
    } else if (!body->value.IsSequence()) {
        c.error(body->value,
                QCoreApplication::translate("Casebook::IssueFormParser", "`body` must be a list of elements"));
    } else {
        FormReader reader(c);
        QList<Placed> placed;
        int index = 0;
        for (const YAML::Node &node : body->value) {
            if (auto p = reader.element(node, index))
                placed.append(std::move(*p));
            ++index;
        }
        reader.compare(placed);
        for (const Placed &p : placed)
            form.body.append(p.element);
        const bool anyInput =
            std::any_of(form.body.begin(), form.body.end(), [](const FormElement &e) { return e.acceptsInput(); });
        // An element that could not be read might have been the input; say nothing then.
        if (!anyInput && placed.size() == index)
            c.error(body->key,
                    QCoreApplication::translate("Casebook::IssueFormParser",
                                                "body must contain at least one non-markdown field"));
    }
    check.problems = c.takeProblems();
    return check;
}

Result<IssueForm> parseIssueForm(const QByteArray &yaml, const QString &fileName)
{
    IssueFormCheck check = checkIssueForm(yaml, fileName);
    return Yaml::resultOf(std::move(check.form), check.problems);
}

} // namespace Casebook
