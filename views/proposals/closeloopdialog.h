// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/proposals/closetheloop.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Casebook {

/**
 * Close the loop: the customers who asked for a shipped or declined proposal, one drafted
 * reply each in their language, reviewed and sent one by one or all at once.
 */
class CloseLoopDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseLoopDialog)

public:
    CloseLoopDialog(std::unique_ptr<CloseTheLoop> loop, const QString &title, QWidget *parent = nullptr);
    ~CloseLoopDialog() override;

    [[nodiscard]] int draftCount() const { return int(m_drafts.size()); }
    void sendCurrent();
    void sendAll();

private:
    void reload();
    void showDraft(int row);
    bool send(int row);

    std::unique_ptr<CloseTheLoop> m_loop;
    QList<CloseTheLoop::Draft> m_drafts;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_message = nullptr;
    int m_shown = -1;
};

} // namespace Casebook
