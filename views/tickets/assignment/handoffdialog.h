// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Casebook {

/**
 * Asks whom a ticket goes to and why (R45), or, for a conflict, which lead (R23) with the
 * CARP reminder in view. Opened with open(), never exec(): the caller acts on accepted(),
 * and a test fills the fields and accepts without a modal loop.
 */
class HandOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandOffDialog)

public:
    enum class Mode { HandOff, Escalate };

    /// `agents` are the candidates (the caller leaves out the current holder).
    HandOffDialog(Mode mode, const QList<Agent> &agents, QWidget *parent = nullptr);
    ~HandOffDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] AgentId agent() const;
    [[nodiscard]] QString reason() const;

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_agent = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Casebook
