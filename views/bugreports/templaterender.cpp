// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterender.h"

#include "issueformwidget.h"
#include "models/bugreports/issueformparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int sheetWidth = 760;

QString translate(const char *text)
{
    return QCoreApplication::translate("Casebook::TemplateRender", text);
}

} // namespace

QWidget *createFormSheet(const IssueForm &form, QWidget *parent)
{
    auto *sheet = new QWidget(parent);
    sheet->setObjectName(u"formSheet"_s);
    sheet->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(sheet);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(6);

    auto *name = new QLabel(form.name, sheet);
    QFont heading = name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    name->setFont(heading);
    layout->addWidget(name);
    if (!form.description.isEmpty()) {
        auto *description = new QLabel(form.description, sheet);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    auto *titleLabel = new QLabel(u"<b>%1</b>"_s.arg(translate("Title").toHtmlEscaped()), sheet);
    layout->addSpacing(6);
    layout->addWidget(titleLabel);
    auto *title = new QLineEdit(form.title, sheet);
    title->setObjectName(u"formSheet.title"_s);
    title->setPlaceholderText(translate("A short title"));
    layout->addWidget(title);

    auto *fields = new IssueFormWidget(sheet);
    fields->setObjectName(u"formSheet.form"_s);
    fields->layout()->setContentsMargins(0, 6, 0, 12);
    fields->setForm(form);
    layout->addWidget(fields);
    return sheet;
}

TemplateRender renderTemplate(const QString &path, const QString &folder)
{
    TemplateRender result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        result.errors.append(u"%1:1:1: %2"_s.arg(path, translate("cannot read the file: %1").arg(file.errorString())));
        result.exitCode = 1;
        return result;
    }
    const IssueFormCheck check = checkIssueForm(file.readAll(), path);
    for (const FormProblem &problem : check.problems)
        result.errors.append(problem.toString());
    if (!check.ok()) {
        result.exitCode = 1;
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.errors.append(translate("Cannot create the folder %1.").arg(folder));
        result.exitCode = 1;
        return result;
    }

    const std::unique_ptr<QWidget> sheet(createFormSheet(check.form));
    sheet->setFixedWidth(sheetWidth);
    sheet->setFixedHeight(sheet->heightForWidth(sheetWidth) > 0 ? sheet->heightForWidth(sheetWidth)
                                                                : sheet->sizeHint().height());
    sheet->show();
    // Queued layout and paint requests first, so that the grab shows the settled form.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QString png = QDir(folder).filePath(QFileInfo(path).completeBaseName() + u".png"_s);
    if (!sheet->grab().save(png)) {
        result.errors.append(translate("Cannot write %1.").arg(png));
        result.exitCode = 1;
        return result;
    }
    result.output.append(png);
    return result;
}

} // namespace Casebook
