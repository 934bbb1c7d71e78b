// SPDX-License-Identifier: GPL-3.0-or-later
#include "formanswersjson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QStringList choiceTexts(const FormElement &e)
{
    if (e.type == FormElementType::Dropdown)
        return e.options;
    QStringList labels;
    for (const CheckboxOption &box : e.checkboxes)
        labels.append(box.label);
    return labels;
}

QList<int> validSelection(const FormAnswer &answer, qsizetype count)
{
    QList<int> indices;
    for (int i : answer.selected) {
        if (i >= 0 && i < count && !indices.contains(i))
            indices.append(i);
    }
    std::sort(indices.begin(), indices.end());
    return indices;
}

} // namespace

QJsonObject answersToJson(const IssueForm &form, const FormAnswers &answers)
{
    QJsonObject json;
    for (const FormElement &e : form.body) {
        if (!e.acceptsInput())
            continue;
        const auto it = answers.constFind(e.key());
        if (it == answers.cend())
            continue;
        if (e.type == FormElementType::Input || e.type == FormElementType::Textarea) {
            if (!it->text.isEmpty())
                json.insert(e.key(), it->text);
            continue;
        }
        const QStringList texts = choiceTexts(e);
        const QList<int> chosen = validSelection(*it, texts.size());
        if (chosen.isEmpty())
            continue;
        if (e.type == FormElementType::Dropdown && !e.multiple) {
            json.insert(e.key(), texts.at(chosen.constFirst()));
            continue;
        }
        QJsonArray array;
        for (int i : chosen)
            array.append(texts.at(i));
        json.insert(e.key(), array);
    }
    return json;
}

FormAnswers answersFromJson(const IssueForm &form, const QJsonObject &json)
{
    FormAnswers answers;
    for (const FormElement &e : form.body) {
        if (!e.acceptsInput() || !json.contains(e.key()))
            continue;
        const QJsonValue value = json.value(e.key());
        FormAnswer answer;
        if (e.type == FormElementType::Input || e.type == FormElementType::Textarea) {
            if (value.isArray()) {
                QStringList lines;
                for (const auto &line : value.toArray())
                    lines.append(line.toString());
                answer.text = lines.join(u'\n');
            } else {
                answer.text = value.toString();
            }
        } else {
            const QStringList texts = choiceTexts(e);
            QStringList wanted;
            if (value.isArray()) {
                for (const auto &v : value.toArray())
                    wanted.append(v.toString());
            } else {
                wanted.append(value.toString());
            }
            for (const QString &text : std::as_const(wanted)) {
                const int at = int(texts.indexOf(text));
                if (at >= 0 && !answer.selected.contains(at))
                    answer.selected.append(at);
            }
            std::sort(answer.selected.begin(), answer.selected.end());
        }
        answers.insert(e.key(), answer);
    }
    return answers;
}

QString answerText(const FormElement &e, const FormAnswer &answer)
{
    if (e.type == FormElementType::Input || e.type == FormElementType::Textarea)
        return answer.text;
    const QStringList texts = choiceTexts(e);
    QStringList chosen;
    for (int i : validSelection(answer, texts.size()))
        chosen.append(texts.at(i));
    return chosen.join(u", "_s);
}

QStringList missingRequiredAnswers(const IssueForm &form, const FormAnswers &answers)
{
    QStringList missing;
    for (const FormElement &e : form.body) {
        if (!e.acceptsInput())
            continue;
        const FormAnswer answer = answers.value(e.key());
        bool ok = true;
        switch (e.type) {
        case FormElementType::Markdown:
            break;
        case FormElementType::Input:
        case FormElementType::Textarea:
            ok = !e.required || !answer.text.trimmed().isEmpty();
            break;
        case FormElementType::Dropdown:
            ok = !e.required || !validSelection(answer, e.options.size()).isEmpty();
            break;
        case FormElementType::Checkboxes:
            for (qsizetype i = 0; i < e.checkboxes.size(); ++i) {
                if (e.checkboxes.at(i).required && !answer.selected.contains(int(i)))
                    ok = false;
            }
            break;
        }
        if (!ok)
            missing.append(e.key());
    }
    return missing;
}

const FormElement *stepsElement(const IssueForm &form)
{
    static const QStringList ids{u"steps"_s, u"reproduction"_s,       u"steps-to-reproduce"_s,
                                 u"repro"_s, u"reproduction-steps"_s, u"how-to-reproduce"_s};
    for (const QString &id : ids) {
        if (const FormElement *e = form.element(id))
            return e;
    }
    for (const FormElement &e : form.body) {
        const QString label = e.label.toLower();
        if (e.type == FormElementType::Textarea
            && (label.contains(u"steps") || label.contains(u"reproduc") || label.contains(u"шаги")
                || label.contains(u"воспроизв")))
            return &e;
    }
    return nullptr;
}

const FormElement *errorTextElement(const IssueForm &form)
{
    static const QStringList ids{u"error-text"_s, u"error"_s, u"error-message"_s, u"logs"_s, u"log"_s, u"stacktrace"_s};
    for (const QString &id : ids) {
        if (const FormElement *e = form.element(id))
            return e;
    }
    for (const FormElement &e : form.body) {
        const QString label = e.label.toLower();
        if (e.type == FormElementType::Textarea
            && (label.contains(u"error") || label.contains(u"log") || label.contains(u"ошибк")))
            return &e;
    }
    return nullptr;
}

} // namespace Casebook
