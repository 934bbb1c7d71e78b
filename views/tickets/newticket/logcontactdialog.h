// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Casebook {

class LogContactForm;

/**
 * Log Call or Chat (Shift+L on an open ticket): what the customer said on the phone, in a
 * chat or in person, kept in the thread as their message with its channel (R39). A view of
 * a LogContactForm, which it owns.
 */
class LogContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogContactDialog)

public:
    explicit LogContactDialog(LogContactForm *form, QWidget *parent = nullptr);
    ~LogContactDialog() override;

private:
    void log();

    LogContactForm *m_form = nullptr;
    QComboBox *m_channel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Casebook
