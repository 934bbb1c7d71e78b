// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"
#include "models/shifts/icalendar.h"
#include "models/shifts/roster.h"
#include "models/storage/result.h"

#include <QAbstractTableModel>

namespace Casebook {

class Session;
struct Change;

/**
 * The roster of one week (R01-R05): a row per active agent, a column per day Monday to
 * Sunday, each cell the agent's shift and lunch. Edits go to RosterStore; the model follows
 * the ChangeFeed, so another desktop's edit shows as changed cells. It also answers who is on
 * now, at lunch and next, and keeps the team calendar's holidays.
 */
class RosterWeekModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterWeekModel)

public:
    enum Role {
        ShiftRole = Qt::UserRole + 100, ///< qint64 template id, 0 on a day off
        LunchRole, ///< int lunch start minute, invalid when none
        LunchOverlapRole, ///< bool: R02, the lunch overlaps a teammate's that day
        DutyRole, ///< bool: R03
        HolidayRole, ///< bool: the team calendar's holiday
    };

    explicit RosterWeekModel(Session &session, QObject *parent = nullptr);
    ~RosterWeekModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Shows the week of `day` (from its Monday).
    void setWeek(QDate day);
    [[nodiscard]] QDate monday() const { return m_monday; }
    [[nodiscard]] QDate dayAt(int column) const { return m_monday.addDays(column); }
    [[nodiscard]] AgentId agentAt(int row) const;
    [[nodiscard]] const QList<ShiftTemplate> &templates() const { return m_roster.templates; }
    [[nodiscard]] const Roster &roster() const { return m_roster; }

    /// Puts the row's agent on `shift` that day with a lunch; an invalid `shift` is a day off.
    Status assign(const QModelIndex &cell, ShiftTemplateId shift, std::optional<int> lunchStartMinute);
    /// R03: gives the Saturday duty of this week and the `weeks - 1` after it in turn.
    Status rotateDuty(int weeks);
    /// R02: the names of those whose lunch overlaps the cell's agent's that day.
    [[nodiscard]] QStringList lunchOverlapsWith(const QModelIndex &cell) const;

    /// "On now", "At lunch" and "Next" for `nowMs`, in the team's zone (R07).
    [[nodiscard]] QString whoIsOnText(qint64 nowMs) const;

    [[nodiscard]] QList<CalendarDay> holidays() const { return m_holidays; }
    Status setHoliday(const CalendarDay &day);
    Status removeHoliday(QDate day);
    Result<int> importHolidays(const QByteArray &icalendar);

    /// Reads the week again (the ChangeFeed calls it).
    Status reload();

Q_SIGNALS:
    void holidaysChanged();

private:
    void onChanges(const QList<Casebook::Change> &changes);
    [[nodiscard]] QString agentName(AgentId id) const;

    Session &m_session;
    QDate m_monday;
    QList<Agent> m_agents;
    Roster m_roster;
    QList<CalendarDay> m_holidays;
};

} // namespace Casebook
