// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace Casebook {

class Session;
class TeamSettingsStore;

/**
 * Settings > Team: the playbook numbers the whole team shares (TeamSettings): the locked tag
 * list (R14), when solved tickets close and silent pending ones are solved (R32, R36), and
 * when a held ticket is flagged (R24). A shift lead changes them; others see them.
 */
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    /// `session` says whether the agent may change them; `settings` reads and writes them.
    TeamPage(Session &session, TeamSettingsStore &settings, QWidget *parent = nullptr);
    ~TeamPage() override;

    /// Writes what changed when the agent may change it.
    Status apply();

private:
    Session &m_session;
    TeamSettingsStore &m_settings;
    QCheckBox *m_tagsLocked = nullptr;
    QSpinBox *m_closeAfter = nullptr;
    QSpinBox *m_solveAfter = nullptr;
    QSpinBox *m_heldAfter = nullptr;
    QLabel *m_message = nullptr;
    bool m_loaded = false;
};

} // namespace Casebook
