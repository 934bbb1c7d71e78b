// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics.h"

#include "analyticssla.h"
#include "focustags.h"

#include "models/storage/clock.h"
#include "models/storage/database.h"
#include "models/team/teamsettings.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebook {

bool Figure::isEmpty() const
{
    for (const auto &row : cells) {
        for (const int column : charted) {
            if (column < row.size() && row.at(column).value != 0 && !std::isnan(row.at(column).value))
                return false;
        }
    }
    return true;
}

void Figure::addRow(const QString &category, const QList<FigureCell> &row)
{
    categories.append(category);
    cells.append(row);
}

void Figure::clearRows()
{
    categories.clear();
    cells.clear();
}

QString Analytics::viewKey(View view)
{
    switch (view) {
    case View::Tagging:
        return u"tagging"_s;
    case View::TopTags:
        return u"toptags"_s;
    case View::Volume:
        return u"volume"_s;
    case View::Response:
        return u"response"_s;
    case View::Load:
        return u"load"_s;
    case View::BugReports:
        return u"bugreports"_s;
    }
    Q_UNREACHABLE_RETURN({});
}

QString Analytics::viewTitle(View view)
{
    switch (view) {
    case View::Tagging:
        return tr("Tagging");
    case View::TopTags:
        return tr("Top tags");
    case View::Volume:
        return tr("Volume and backlog");
    case View::Response:
        return tr("Response");
    case View::Load:
        return tr("Load");
    case View::BugReports:
        return tr("Bug reports and proposals");
    }
    Q_UNREACHABLE_RETURN({});
}

Analytics::Analytics(Database &database, const BusinessHours &hours, qint64 nowMs)
    : m_database(database)
    , m_hours(hours)
    , m_now(nowMs)
{
}

Result<QList<Figure>> Analytics::figures(View view, const AnalyticsPeriod &period) const
{
    QList<Result<Figure>> parts;
    switch (view) {
    case View::Tagging: {
        const auto team = TeamSettingsStore(m_database).read();
        if (!team)
            return team.error();
        parts = {taggedShare(period, team->tagGoalPercent), untaggedByAgent(period)};
        break;
    }
    case View::TopTags:
        parts = {topTags(period), focusTags(period)};
        break;
    case View::Volume:
        parts = {volumePerDay(period), channelsAndComplexity(period), byNextActor(period)};
        break;
    case View::Response: {
        auto sla = SlaFigures::count(m_database, period, m_now);
        if (!sla)
            return sla.error();
        parts = {responseTimes(period), std::move(sla.value().first), std::move(sla.value().second)};
        break;
    }
    case View::Load: {
        const auto team = TeamSettingsStore(m_database).read();
        if (!team)
            return team.error();
        parts = {load(period, team->longHeldBusinessDays)};
        break;
    }
    case View::BugReports:
        parts = {bugVerdicts(period), bugAreas(period), topProposals(), proposalRequestsPerTier()};
        break;
    }
    QList<Figure> result;
    for (auto &part : parts) {
        if (!part)
            return part.error();
        result.append(std::move(part).value());
    }
    return result;
}

Result<Figure> Analytics::focusTags(const AnalyticsPeriod &period) const
{
    Figure figure;
    figure.key = u"focus-tags"_s;
    figure.title = tr("Focus tags: the month before and this month, per 1,000 tickets");
    figure.categoryTitle = tr("Tag");
    figure.columns = {tr("Month before"), tr("Per 1,000 before"), tr("This month"), tr("Per 1,000 now")};
    figure.charted = {1, 3};
    if (period.kind != AnalyticsPeriod::Kind::Month)
        return figure;
    const QString month = period.first.toString(u"yyyy-MM"_s);
    const FakeClock clock(m_now);
    const auto compared = FocusTags(m_database, period.zone, clock).compare(month);
    if (!compared)
        return compared.error();
    // The baseline is the count recorded when the tags were chosen: no search lists it.
    const QString after = period.createdQuery();
    for (const FocusComparison &row : *compared) {
        const QString tag = u" tag:"_s + row.name;
        figure.addRow(row.name,
                      {{double(row.before), {}},
                       {row.beforePerThousand(), {}},
                       {double(row.after), after + tag},
                       {row.afterPerThousand(), {}}});
    }
    return figure;
}

} // namespace Casebook
