// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace Casebook {

class Session;

/**
 * Settings > Team: the playbook numbers the whole team shares (TeamRules): the locked tag
 * list (R14), when solved tickets close and silent pending ones are solved (R32, R36), and
 * when a held ticket is flagged (R24). A shift lead changes them; others see them.
 */
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    explicit TeamPage(Session &session, QWidget *parent = nullptr);
    ~TeamPage() override;

    /// Writes the rules when they changed and the agent may change them.
    Status apply();

private:
    Session &m_session;
    QCheckBox *m_tagsLocked = nullptr;
    QSpinBox *m_closeAfter = nullptr;
    QSpinBox *m_solveAfter = nullptr;
    QSpinBox *m_heldAfter = nullptr;
    QLabel *m_message = nullptr;
    bool m_loaded = false;
};

} // namespace Casebook
