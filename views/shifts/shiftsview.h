// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTimeEdit;

namespace Casebook {

class RosterWeekModel;
class Session;

/**
 * The Shifts section: the week's roster as a grid (agents x days) where a lead assigns
 * shifts and lunches (R01-R03, R05), a warning where lunches overlap (R02), the Saturday duty
 * rotation, who is on now, at lunch and next, and the team's holidays.
 */
class ShiftsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftsView)

public:
    /// The view shows `model`, which outlives it; `session` gives the clock for "on now".
    ShiftsView(Session &session, RosterWeekModel *model, QWidget *parent = nullptr);
    ~ShiftsView() override;

    /// Opens an iCalendar file's holidays (the file dialog is the caller's).
    void importHolidays(const QByteArray &icalendar);

private:
    void showCell();
    void applyCell();
    void refresh();

    Session &m_session;
    RosterWeekModel *m_model = nullptr;
    QLabel *m_week = nullptr;
    QLabel *m_whoIsOn = nullptr;
    QTableView *m_grid = nullptr;
    QComboBox *m_shift = nullptr;
    QTimeEdit *m_lunch = nullptr;
    QLabel *m_warning = nullptr;
    QListWidget *m_holidays = nullptr;
};

} // namespace Casebook
