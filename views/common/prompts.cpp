// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompts.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>

namespace Casebook {

namespace {

class WidgetPrompts final : public Prompts
{
public:
    WidgetPrompts() = default;
    Q_DISABLE_COPY_MOVE(WidgetPrompts)

    void showError(QWidget *parent, const QString &title, const QString &text, const QString &detail) override
    {
        QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
        // The driver's own words help a support request but would bury the message.
        box.setDetailedText(detail);
        box.exec();
    }

    void showInformation(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }

    void showAbout(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::about(parent, title, text);
    }

    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }

    UnsavedChoice unsavedChanges(QWidget *parent, const QString &title, const QString &text) override
    {
        switch (QMessageBox::warning(
            parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    }

    QString databaseFileName(QWidget *parent, const QString &caption, const QString &startPath) override
    {
        // A save dialog, because choosing a new file name creates a new database.
        return QFileDialog::getSaveFileName(
            parent, caption, startPath,
            QCoreApplication::translate("Casebook::Prompts", "Casebook databases (*.casebook);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
    }

    QString openFileName(QWidget *parent, const QString &caption, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, caption, {}, filter);
    }

    QString existingFolder(QWidget *parent, const QString &caption) override
    {
        return QFileDialog::getExistingDirectory(parent, caption);
    }

    bool openUrl(const QUrl &url) override { return QDesktopServices::openUrl(url); }
};

Prompts *s_installed = nullptr;

} // namespace

Prompts::~Prompts() = default;

Prompts &Prompts::instance()
{
    static WidgetPrompts real;
    return s_installed ? *s_installed : real;
}

void Prompts::setInstance(Prompts *prompts)
{
    s_installed = prompts;
}

} // namespace Casebook
