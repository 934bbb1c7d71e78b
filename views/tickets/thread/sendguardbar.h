// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/thread/messagerow.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Casebook {

/**
 * The send guard's question, inline above the composer rather than in a modal dialog: the
 * messages that arrived while the agent was writing, and "Send Anyway" or "Review".
 */
class SendGuardBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendGuardBar)

public:
    explicit SendGuardBar(QWidget *parent = nullptr);
    ~SendGuardBar() override;

    /// Shows what changed, each message with who wrote it.
    void showHeld(const QList<AuthoredMessage> &held);
    [[nodiscard]] const QList<AuthoredMessage> &held() const { return m_held; }

Q_SIGNALS:
    void sendAnywayClicked();
    void reviewClicked();

private:
    QLabel *m_title = nullptr;
    QLabel *m_list = nullptr;
    QList<AuthoredMessage> m_held;
};

} // namespace Casebook
