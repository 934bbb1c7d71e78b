// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Issue forms the bug-report view tests share.

#include "models/bugreports/issueformparser.h"

#include <QFile>
#include <QTest>

namespace Casebook::Test {

/// Every element type and attribute the form widget draws.
inline constexpr char everyElementForm[] = R"(name: Every element
description: One of each
title: "[Test]: "
body:
  - type: markdown
    attributes:
      value: "**Thanks** for reporting."
  - type: input
    id: version
    attributes:
      label: Version
      description: The version you run.
      placeholder: "e.g. 1.2.3"
    validations:
      required: true
  - type: textarea
    id: steps
    attributes:
      label: Steps
      value: |
        1.
        2.
  - type: textarea
    id: shell
    attributes:
      label: Commands
      render: shell
  - type: textarea
    id: logs
    attributes:
      label: Relevant log output
      placeholder: Paste the log here
  - type: dropdown
    id: browser
    attributes:
      label: Browser
      options: [Firefox, Chrome, Safari]
      default: 1
  - type: dropdown
    id: platforms
    attributes:
      label: Platforms
      multiple: true
      options: [Linux, macOS, Windows]
    validations:
      required: true
  - type: checkboxes
    id: terms
    attributes:
      label: Code of conduct
      options:
        - label: I agree to follow the code of conduct
          required: true
        - label: I searched for duplicates
)";

inline IssueForm loadForm(const QByteArray &yaml, const QString &name)
{
    const Result<IssueForm> form = parseIssueForm(yaml, name);
    if (!form)
        qFatal("%s", qPrintable(form.error().detail));
    return form.value();
}

inline IssueForm shippedForm(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(resource));
    return loadForm(file.readAll(), resource);
}

} // namespace Casebook::Test
