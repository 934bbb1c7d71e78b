// SPDX-License-Identifier: GPL-3.0-or-later
#include "issueform.h"

#include <QCoreApplication>

namespace Casebook {

QString FormProblem::toString() const
{
    const QString where = file + u':' + QString::number(line) + u':' + QString::number(column) + u": ";
    if (severity == Severity::Warning) {
        //: Prefix of a template problem that does not stop the template from loading.
        return where + QCoreApplication::translate("Casebook::FormProblem", "warning: %1").arg(message);
    }
    return where + message;
}

QString FormElement::key() const
{
    return id.isEmpty() ? parameterizeLabel(label) : id;
}

const FormElement *IssueForm::element(const QString &key) const
{
    for (const FormElement &e : body) {
        if (e.acceptsInput() && e.key() == key)
            return &e;
    }
    return nullptr;
}

FormAnswers initialAnswers(const IssueForm &form)
{
    FormAnswers answers;
    for (const FormElement &e : form.body) {
        FormAnswer answer;
        switch (e.type) {
        case FormElementType::Markdown:
            continue;
        case FormElementType::Input:
        case FormElementType::Textarea:
            answer.text = e.value;
            break;
        case FormElementType::Dropdown:
            if (e.defaultIndex)
                answer.selected.append(*e.defaultIndex);
            break;
        case FormElementType::Checkboxes:
            break;
        }
        answers.insert(e.key(), answer);
    }
    return answers;
}

QString parameterizeLabel(const QString &label)
{
    // A literal '-' counts as a separator too, so runs of them squeeze to one as in Rails.
    // Rails transliterates to ASCII first ("Café" -> "cafe"); decomposing and dropping the
    // combining marks does the same for accented Latin letters.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSeparator = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!keep) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !out.isEmpty())
            out.append(u'-');
        pendingSeparator = false;
        out.append(c.toLower());
    }
    return out;
}

} // namespace Casebook
