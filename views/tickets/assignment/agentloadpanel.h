// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;

namespace Casebook {

class AgentLoadModel;
class Session;

/// R19, R24: each agent's open tickets, heaviest first, with those held too long.
class AgentLoadPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLoadPanel)

public:
    explicit AgentLoadPanel(Session &session, QWidget *parent = nullptr);
    ~AgentLoadPanel() override;

    [[nodiscard]] AgentLoadModel *model() const { return m_model; }

private:
    AgentLoadModel *m_model = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Casebook
