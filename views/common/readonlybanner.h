// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Casebook {

struct IntegrityReport;

/**
 * The strip above the window's sections while the database file is damaged and open
 * read-only: what happened, that nothing is written, and the way out (a copy of what can
 * still be read). The window decides what the button does.
 */
class ReadOnlyBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBanner)

public:
    explicit ReadOnlyBanner(const IntegrityReport &report, QWidget *parent = nullptr);
    ~ReadOnlyBanner() override;

Q_SIGNALS:
    /// "Copy What Can Be Read…" was clicked.
    void copyRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Casebook
