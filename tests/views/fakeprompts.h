// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/prompts.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace Casebook {

/// Answers every prompt at once and remembers what was asked, so no modal dialog opens.
class FakePrompts final : public Prompts
{
public:
    FakePrompts() { Prompts::setInstance(this); }
    ~FakePrompts() override { Prompts::setInstance(nullptr); }
    Q_DISABLE_COPY_MOVE(FakePrompts)

    void showError(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        shown.append(title + u": " + text);
    }
    void showInformation(QWidget *, const QString &title, const QString &text) override
    {
        shown.append(title + u": " + text);
    }
    void showAbout(QWidget *, const QString &title, const QString &text) override
    {
        shown.append(title + u": " + text);
    }
    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        shown.append(title + u": " + text);
        return confirmAnswer;
    }
    UnsavedChoice unsavedChanges(QWidget *, const QString &title, const QString &text) override
    {
        shown.append(title + u": " + text);
        return unsavedAnswer;
    }
    QString databaseFileName(QWidget *, const QString &caption, const QString &) override
    {
        shown.append(caption);
        return fileName;
    }
    QString openFileName(QWidget *, const QString &caption, const QString &) override
    {
        shown.append(caption);
        return fileName;
    }
    QString existingFolder(QWidget *, const QString &caption) override
    {
        shown.append(caption);
        return fileName;
    }
    bool openUrl(const QUrl &url) override
    {
        opened.append(url);
        return true;
    }

    QStringList shown; ///< every prompt, as "title: text"
    bool confirmAnswer = true;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel; ///< edits not saved: stay by default
    QString fileName; ///< what the file dialogs "choose"
    QList<QUrl> opened; ///< addresses handed to the "browser"
};

} // namespace Casebook
