// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftsview.h"

#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/shifts/rosterweekmodel.h"
#include "models/storage/clock.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Casebook {

namespace {

QPushButton *button(const QString &name, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

ShiftsView::ShiftsView(Session &session, RosterWeekModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_week(new QLabel(this))
    , m_whoIsOn(new QLabel(this))
    , m_grid(new QTableView(this))
    , m_shift(new QComboBox(this))
    , m_lunch(new QTimeEdit(this))
    , m_warning(new QLabel(this))
    , m_holidays(new QListWidget(this))
{
    m_week->setObjectName(QStringLiteral("shifts.week"));
    m_whoIsOn->setObjectName(QStringLiteral("shifts.whoIsOn"));
    m_whoIsOn->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("shifts.grid"));
    m_grid->setAccessibleName(tr("Shift roster"));
    m_grid->setAccessibleDescription(tr("Agents in rows, days of the week in columns"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shift->setObjectName(QStringLiteral("shifts.shift"));
    m_lunch->setObjectName(QStringLiteral("shifts.lunch"));
    m_lunch->setAccessibleName(tr("Lunch break"));
    m_lunch->setDisplayFormat(Dates::timeEditFormat());
    m_warning->setObjectName(QStringLiteral("shifts.lunchWarning"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(false);
    m_holidays->setObjectName(QStringLiteral("shifts.holidays"));
    m_holidays->setAccessibleName(tr("Team holidays"));

    auto *previous = button(QStringLiteral("shifts.previousWeek"), tr("◀ Previous week"), this);
    auto *next = button(QStringLiteral("shifts.nextWeek"), tr("Next week ▶"), this);
    auto *rotate = button(QStringLiteral("shifts.rotateDuty"), tr("Rotate Saturday duty"), this);
    rotate->setToolTip(tr("Give the Saturday duty of this week and the next three in turn"));
    auto *apply = button(QStringLiteral("shifts.apply"), tr("Assign"), this);
    auto *importButton = button(QStringLiteral("shifts.importHolidays"), tr("Import iCalendar…"), this);
    auto *removeHoliday = button(QStringLiteral("shifts.removeHoliday"), tr("Remove"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_week, 1, Qt::AlignCenter);
    top->addWidget(next);
    top->addWidget(rotate);
    auto *editor = new QHBoxLayout;
    editor->addWidget(new QLabel(tr("Shift:"), this));
    editor->addWidget(m_shift, 1);
    editor->addWidget(new QLabel(tr("Lunch from:"), this));
    editor->addWidget(m_lunch);
    editor->addWidget(apply);
    auto *calendar = new QVBoxLayout;
    calendar->addWidget(new QLabel(tr("Team holidays"), this));
    calendar->addWidget(m_holidays, 1);
    auto *calendarButtons = new QHBoxLayout;
    calendarButtons->addWidget(importButton);
    calendarButtons->addWidget(removeHoliday);
    calendar->addLayout(calendarButtons);
    auto *grid = new QVBoxLayout;
    grid->addLayout(top);
    grid->addWidget(m_whoIsOn);
    grid->addWidget(m_grid, 1);
    grid->addLayout(editor);
    grid->addWidget(m_warning);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(grid, 4);
    layout->addLayout(calendar, 1);

    connect(previous, &QPushButton::clicked, this, [this] { m_model->setWeek(m_model->monday().addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { m_model->setWeek(m_model->monday().addDays(7)); });
    connect(rotate, &QPushButton::clicked, this, [this] {
        if (auto done = m_model->rotateDuty(4); !done) {
            m_warning->setText(done.error().message);
            m_warning->setVisible(true);
        }
    });
    connect(apply, &QPushButton::clicked, this, &ShiftsView::applyCell);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &ShiftsView::showCell);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ShiftsView::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShiftsView::refresh);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &ShiftsView::refresh);
    connect(m_model, &RosterWeekModel::holidaysChanged, this, &ShiftsView::refresh);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Holidays"), {}, tr("iCalendar files (*.ics)"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            importHolidays(file.readAll());
    });
    connect(removeHoliday, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_holidays->currentItem())
            (void)m_model->removeHoliday(item->data(Qt::UserRole).toDate());
    });
    refresh();
}

ShiftsView::~ShiftsView() = default;

void ShiftsView::importHolidays(const QByteArray &icalendar)
{
    const auto added = m_model->importHolidays(icalendar);
    m_warning->setVisible(true);
    m_warning->setText(added ? tr("%n holiday(s) added to the team calendar.", nullptr, *added)
                             : tr("The holidays were not imported: %1").arg(added.error().message));
}

void ShiftsView::refresh()
{
    //: %1 and %2 are the first and last day of the week shown
    m_week->setText(tr("Week of %1 – %2").arg(Dates::day(m_model->monday()), Dates::day(m_model->monday().addDays(6))));
    m_whoIsOn->setText(m_model->whoIsOnText(m_session.clock().nowMs()));
    const int current = m_shift->currentIndex();
    m_shift->clear();
    m_shift->addItem(tr("Day off"), 0);
    for (const ShiftTemplate &shift : m_model->templates())
        m_shift->addItem(shift.name, shift.id.value());
    m_shift->setCurrentIndex(std::max(0, current));
    m_holidays->clear();
    for (const CalendarDay &day : m_model->holidays()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(Dates::day(day.day), day.note), m_holidays);
        item->setData(Qt::UserRole, day.day);
    }
    showCell();
}

void ShiftsView::showCell()
{
    const QModelIndex cell = m_grid->currentIndex();
    if (!cell.isValid())
        return;
    const qint64 shift = cell.data(RosterWeekModel::ShiftRole).toLongLong();
    m_shift->setCurrentIndex(std::max(0, m_shift->findData(shift)));
    const QVariant lunch = cell.data(RosterWeekModel::LunchRole);
    m_lunch->setTime(QTime(0, 0).addSecs(qint64(lunch.isValid() ? lunch.toInt() : 13 * 60) * 60));
    const QStringList overlaps = m_model->lunchOverlapsWith(cell);
    m_warning->setVisible(!overlaps.isEmpty());
    if (!overlaps.isEmpty())
        //: R02: %1 names the teammates whose lunch overlaps
        m_warning->setText(tr("⚠ Lunches must not overlap: this lunch overlaps with %1.")
                               .arg(QLocale().createSeparatedList(overlaps)));
}

void ShiftsView::applyCell()
{
    const QModelIndex cell = m_grid->currentIndex();
    const ShiftTemplateId shift(m_shift->currentData().toLongLong());
    const QTime lunch = m_lunch->time();
    if (auto done = m_model->assign(cell, shift, lunch.hour() * 60 + lunch.minute()); !done) {
        m_warning->setText(done.error().message);
        m_warning->setVisible(true);
    }
    m_grid->setCurrentIndex(cell);
    showCell();
}

} // namespace Casebook
