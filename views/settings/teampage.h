// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/sla/slapolicies.h"

#include <QHash>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QTimeEdit;
class QLabel;
class QSpinBox;

namespace Casebook {

class Session;
class TeamSettingsStore;
struct TeamSettings;

/**
 * Settings > Team: the playbook numbers the whole team shares (TeamSettings): the team's time
 * zone and business hours (R01, R07; the agent's own zone is shown beside), the locked tag
 * list (R14), when solved tickets close and silent pending ones are solved (R32, R36), and
 * when a held ticket is flagged (R24), and the SLA policies: first and next response of each,
 * counted in business hours or round the clock, its own times for a severity where it has
 * them (a critical ticket answered sooner), and which one each customer tier gets (R15,
 * R34). A shift lead changes them; others see them.
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
    /// One policy's row: the times and the clock it counts on. The two boxes show the times
    /// of the severity chosen above the rows; `times` keeps every severity's as edited
    /// (key: the stored severity, empty for the policy's own; 0 minutes: the policy's own).
    struct PolicyRow
    {
        StoredSlaPolicy stored;
        QSpinBox *first = nullptr;
        QSpinBox *next = nullptr;
        QComboBox *clock = nullptr;
        QHash<QString, std::pair<int, int>> times;
    };

    /// The policies and the tiers' choice of them; a form of their own under the numbers.
    QWidget *buildPolicies(const TeamSettings &team);
    [[nodiscard]] QList<StoredSlaPolicy> editedPolicies() const;
    /// Shows the times of `severity` (empty: the policies' own) in every row.
    void showSeverity(const QString &severity);

    Session &m_session;
    TeamSettingsStore &m_settings;
    QCheckBox *m_tagsLocked = nullptr;
    QSpinBox *m_closeAfter = nullptr;
    QSpinBox *m_solveAfter = nullptr;
    QSpinBox *m_heldAfter = nullptr;
    QComboBox *m_zone = nullptr; ///< R07: the team's time zone
    QLabel *m_ownZone = nullptr; ///< the agent's own zone beside it
    QTimeEdit *m_dayStart = nullptr;
    QTimeEdit *m_dayEnd = nullptr;
    QList<QCheckBox *> m_weekdays; ///< Monday first
    QList<PolicyRow> m_policies;
    QComboBox *m_severity = nullptr; ///< R34: whose times the rows show
    QString m_shownSeverity;
    QComboBox *m_standardPolicy = nullptr; ///< R34: the policy of each customer tier
    QComboBox *m_premiumPolicy = nullptr;
    QLabel *m_message = nullptr;
    bool m_loaded = false;
};

} // namespace Casebook
