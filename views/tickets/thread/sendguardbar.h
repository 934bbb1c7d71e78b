// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tickets/ticket.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Casebook {

class ThreadModel;

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

    /// Shows what changed; names come from `thread` where it holds the message already.
    void showHeld(const QList<Message> &held, const ThreadModel &thread);
    [[nodiscard]] const QList<Message> &held() const { return m_held; }

Q_SIGNALS:
    void sendAnywayClicked();
    void reviewClicked();

private:
    QLabel *m_title = nullptr;
    QLabel *m_list = nullptr;
    QList<Message> m_held;
};

} // namespace Casebook
