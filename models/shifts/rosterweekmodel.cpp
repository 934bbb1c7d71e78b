// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterweekmodel.h"

#include "models/agents/agentstore.h"
#include "models/agents/session.h"
#include "models/common/dates.h"
#include "models/reminders/remindertexts.h"
#include "models/shifts/rosterstore.h"
#include "models/shifts/shiftmath.h"
#include "models/storage/changefeed.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr int days = 7;

QString clock(int minute)
{
    // A shift may end at midnight, which QTime cannot hold.
    if (minute >= 24 * 60)
        return u"24:00"_s;
    return Dates::time(QTime::fromMSecsSinceStartOfDay(minute * 60'000));
}

} // namespace

RosterWeekModel::RosterWeekModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(session.clock().nowMs(), QTimeZone::UTC).date();
    m_monday = today.addDays(1 - today.dayOfWeek());
    if (ChangeFeed *feed = session.database().changeFeed())
        connect(feed, &ChangeFeed::changed, this, &RosterWeekModel::onChanges);
    (void)reload();
}

RosterWeekModel::~RosterWeekModel() = default;

int RosterWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int RosterWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : days;
}

AgentId RosterWeekModel::agentAt(int row) const
{
    return row >= 0 && row < m_agents.size() ? m_agents.at(row).id : AgentId();
}

QString RosterWeekModel::agentName(AgentId id) const
{
    for (const Agent &agent : m_agents) {
        if (agent.id == id)
            return agent.displayName;
    }
    return {};
}

QVariant RosterWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentId agent = agentAt(index.row());
    const QDate day = dayAt(index.column());
    const RosterEntry *entry = m_roster.entry(agent, day);
    const ShiftTemplate *shift = entry ? m_roster.shiftTemplate(entry->shift) : nullptr;
    const bool holiday = m_roster.hours.holidays.contains(day);
    switch (role) {
    case Qt::DisplayRole: {
        if (holiday)
            return tr("Holiday");
        if (!shift)
            //: R05: no shift that day
            return tr("Off");
        QString text = u"%1 %2–%3"_s.arg(shift->name, clock(shift->startMinute), clock(shift->endMinute));
        if (entry->lunchStartMinute)
            //: R02: %1 is the time the lunch hour starts
            text += u'\n' + tr("Lunch %1").arg(clock(*entry->lunchStartMinute));
        return text;
    }
    case Qt::ToolTipRole: {
        const QStringList overlaps = lunchOverlapsWith(index);
        //: R02: %1 names the teammates
        return overlaps.isEmpty() ? QVariant()
                                  : tr("Lunch overlaps with %1").arg(QLocale().createSeparatedList(overlaps));
    }
    case ShiftRole:
        return shift ? shift->id.value() : 0;
    case LunchRole:
        return entry && entry->lunchStartMinute ? QVariant(*entry->lunchStartMinute) : QVariant();
    case LunchOverlapRole:
        return !lunchOverlapsWith(index).isEmpty();
    case DutyRole:
        return shift && shift->isDuty;
    case HolidayRole:
        return holiday;
    default:
        return {};
    }
}

QVariant RosterWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_agents.size() ? m_agents.at(section).displayName : QVariant();
    if (section < 0 || section >= days)
        return {};
    return Dates::weekday(dayAt(section));
}

void RosterWeekModel::setWeek(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    (void)reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, days - 1);
}

Status RosterWeekModel::assign(const QModelIndex &cell, ShiftTemplateId shift, std::optional<int> lunchStartMinute)
{
    if (!checkIndex(cell, CheckIndexOption::IndexIsValid))
        return Error{Error::Kind::Invalid, tr("No day is selected."), {}};
    RosterStore store(m_session.database());
    Status done = shift.isValid()
        ? store.assign(RosterEntry{agentAt(cell.row()), dayAt(cell.column()), shift, lunchStartMinute, 0})
        : store.clear(agentAt(cell.row()), dayAt(cell.column()));
    if (!done)
        return done;
    return reload();
}

Status RosterWeekModel::rotateDuty(int weeks)
{
    const auto duty = std::find_if(m_roster.templates.cbegin(), m_roster.templates.cend(),
                                   [](const ShiftTemplate &shift) { return shift.isDuty; });
    if (duty == m_roster.templates.cend())
        return Error{Error::Kind::Invalid, tr("There is no duty shift to rotate."), {}};
    QList<AgentId> agents;
    for (const Agent &agent : m_agents)
        agents.append(agent.id);
    // The roster of the weeks before, so the turn continues after the last duty.
    auto before = RosterStore(m_session.database()).roster(m_monday.addDays(-8LL * 7), m_monday.addDays(7LL * weeks));
    if (!before)
        return before.error();
    const auto entries = Shifts::rotateDuty(*before, agents, m_monday.addDays(5), weeks, duty->id);
    if (auto done = RosterStore(m_session.database()).assign(entries); !done)
        return done;
    return reload();
}

QStringList RosterWeekModel::lunchOverlapsWith(const QModelIndex &cell) const
{
    const AgentId agent = agentAt(cell.row());
    QStringList names;
    for (const Shifts::LunchOverlap &overlap : Shifts::lunchOverlaps(m_roster, dayAt(cell.column()))) {
        if (overlap.first == agent)
            names.append(agentName(overlap.second));
        else if (overlap.second == agent)
            names.append(agentName(overlap.first));
    }
    return names;
}

QString RosterWeekModel::whoIsOnText(qint64 nowMs) const
{
    QStringList on;
    QStringList lunch;
    std::optional<std::pair<qint64, QString>> next;
    for (const Agent &agent : m_agents) {
        if (Shifts::isAtLunch(m_roster, agent.id, nowMs))
            lunch.append(agent.displayName);
        else if (Shifts::isOnShift(m_roster, agent.id, nowMs))
            on.append(agent.displayName);
        else if (const auto start = Shifts::nextShiftStart(m_roster, agent.id, nowMs, 7);
                 start && (!next || *start < next->first))
            next = std::pair{*start, agent.displayName};
    }
    const QLocale locale;
    QStringList parts;
    //: %1 lists the agents on shift now
    parts.append(tr("On now: %1").arg(on.isEmpty() ? tr("nobody") : locale.createSeparatedList(on)));
    if (!lunch.isEmpty())
        //: R02: %1 lists the agents at lunch
        parts.append(tr("At lunch: %1").arg(locale.createSeparatedList(lunch)));
    if (next)
        //: %1 is an agent, %2 when their shift starts in the team's time zone
        parts.append(tr("Next: %1, %2").arg(next->second, ReminderTexts::teamTime(m_roster.hours, next->first, true)));
    return parts.join(u" · "_s);
}

Status RosterWeekModel::setHoliday(const CalendarDay &day)
{
    if (auto done = RosterStore(m_session.database()).setHoliday(day); !done)
        return done;
    return reload();
}

Status RosterWeekModel::removeHoliday(QDate day)
{
    if (auto done = RosterStore(m_session.database()).removeHoliday(day); !done)
        return done;
    return reload();
}

Result<int> RosterWeekModel::importHolidays(const QByteArray &icalendar)
{
    auto added = RosterStore(m_session.database()).importHolidays(icalendar);
    if (!added)
        return added;
    if (auto done = reload(); !done)
        return done.error();
    return added;
}

Status RosterWeekModel::reload()
{
    RosterStore store(m_session.database());
    auto agents = AgentStore(m_session.database(), m_session.clock()).agents();
    if (!agents)
        return agents.error();
    // A fortnight either side: "next" looks ahead, and the week's grid needs only its own days.
    auto roster = store.roster(m_monday.addDays(-7), m_monday.addDays(14));
    if (!roster)
        return roster.error();
    auto holidays = store.holidays();
    if (!holidays)
        return holidays.error();
    QList<Agent> active;
    for (const Agent &agent : *agents) {
        if (agent.active)
            active.append(agent);
    }
    const bool sameRows = active.size() == m_agents.size()
        && std::equal(active.cbegin(), active.cend(), m_agents.cbegin(),
                      [](const Agent &a, const Agent &b) { return a.id == b.id && a.displayName == b.displayName; });
    if (!sameRows)
        beginResetModel();
    m_agents = std::move(active);
    m_roster = std::move(roster).value();
    const bool holidaysChanged = m_holidays != *holidays;
    m_holidays = std::move(holidays).value();
    if (!sameRows)
        endResetModel();
    else if (!m_agents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, days - 1));
    if (holidaysChanged)
        Q_EMIT this->holidaysChanged();
    return Done{};
}

void RosterWeekModel::onChanges(const QList<Change> &changes)
{
    const bool ours = std::any_of(changes.cbegin(), changes.cend(), [](const Change &change) {
        return change.entity == RosterStore::rosterEntity() || change.entity == RosterStore::calendarEntity()
            || change.entity == u"agent" || change.entity == u"team_settings";
    });
    if (ours)
        (void)reload();
}

} // namespace Casebook
