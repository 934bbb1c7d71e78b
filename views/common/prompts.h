// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUrl;
class QWidget;

namespace Casebook {

/**
 * Every message box and file dialog the views open goes through this seam, so that
 * tests can answer them without a modal dialog blocking the run. The application
 * uses the real dialogs; a test installs its own with setInstance().
 */
class Prompts
{
public:
    Prompts() = default;
    virtual ~Prompts();
    Q_DISABLE_COPY_MOVE(Prompts)

    virtual void showError(QWidget *parent, const QString &title, const QString &text, const QString &detail) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showAbout(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A yes/no question; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;

    /// What to do with edits not saved yet.
    enum class UnsavedChoice { Save, Discard, Cancel };
    /// Save, Discard or Cancel (stay where you are) for edits that would otherwise be lost.
    virtual UnsavedChoice unsavedChanges(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A file to open or create; empty when cancelled.
    virtual QString databaseFileName(QWidget *parent, const QString &caption, const QString &startPath) = 0;
    /// An existing file to read; empty when cancelled. @p filter as QFileDialog takes it.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter) = 0;
    /// An existing folder to read; empty when cancelled.
    virtual QString existingFolder(QWidget *parent, const QString &caption) = 0;
    /// Hands an address to the browser; false when none took it.
    virtual bool openUrl(const QUrl &url) = 0;

    /// The prompts in use: the installed ones, else the real dialogs.
    static Prompts &instance();
    /// Not owned; nullptr restores the real dialogs.
    static void setInstance(Prompts *prompts);
};

} // namespace Casebook
