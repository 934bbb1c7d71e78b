// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Issue forms read from the test corpus or the shipped templates, shared by the parser's and
// the export's tests. A resource that does not open or parse stops the program: the corpus
// travels inside it, so that is a broken build, not a failing case.

#include "models/bugreports/issueformparser.h"

#include <QFile>

namespace Casebook::Test {

inline QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

inline IssueForm loadForm(const QString &path)
{
    auto form = parseIssueForm(readResource(path), path.section(u'/', -1));
    if (!form.ok())
        qFatal("%s", qPrintable(form.error().detail));
    return std::move(form).value();
}

} // namespace Casebook::Test
