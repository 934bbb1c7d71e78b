// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyticsperiod.h"
#include "figure.h"
#include "models/shifts/businesshours.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace Casebook {

class Database;

/**
 * The playbook's numbers for one period, each counted in SQL over an index range of the
 * period (migration 023), never by loading tickets. Every number that is a set of tickets
 * comes with the inbox search that lists exactly them (FigureCell::query), so a click on
 * a bar opens the inbox on those tickets.
 *
 * Tickets merged into another are counted out everywhere, as the inbox's R14 line does.
 * Cheap to construct; a worker makes its own and reads on its own connection.
 */
class Analytics final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::Analytics)

public:
    /// One page of the Analytics section; each is a few figures.
    enum class View { Tagging, TopTags, Volume, Response, Load, BugReports };
    static constexpr std::array<View, 6> Views{View::Tagging,  View::TopTags, View::Volume,
                                               View::Response, View::Load,    View::BugReports};
    /// A stable, untranslated name ("tagging"): object names, file names, the bench.
    [[nodiscard]] static QString viewKey(View view);
    [[nodiscard]] static QString viewTitle(View view);

    /// `hours` carries the team's zone (the period's too) and working week; `nowMs` is
    /// when "held now" and "long held" are counted.
    Analytics(Database &database, const BusinessHours &hours, qint64 nowMs);

    /// Every figure of one view for `period`.
    Result<QList<Figure>> figures(View view, const AnalyticsPeriod &period) const;

    /// R14: the share of the period's tickets tagged, per week (or month), against the goal.
    Result<Figure> taggedShare(const AnalyticsPeriod &period, int goalPercent) const;
    /// R14: the period's untagged tickets by the agent holding them.
    Result<Figure> untaggedByAgent(const AnalyticsPeriod &period) const;
    /// R42: the period's ten most used tags, against the period before.
    Result<Figure> topTags(const AnalyticsPeriod &period) const;
    /// Created, solved and open (at the day's end) per day.
    Result<Figure> volumePerDay(const AnalyticsPeriod &period) const;
    /// The period's tickets by channel (R39) and complexity (R10).
    Result<Figure> channelsAndComplexity(const AnalyticsPeriod &period) const;
    /// R32: the tickets open now and created before the period's end, by who acts next
    /// (nextActor(): the team, the customer, or a third party while on hold).
    Result<Figure> byNextActor(const AnalyticsPeriod &period) const;
    /// R15, R34: first responses of the period's tickets against their SLA due time, per policy.
    Result<Figure> firstResponses(const AnalyticsPeriod &period) const;
    /// R15, R34: the first and next response times of the period's answered tickets, median
    /// and p90 in the team's business hours (wall-clock time where the ticket's SLA policy
    /// runs round the clock), for all of them, per customer tier and per severity, with the
    /// SLA target beside a row whose tickets share one policy. A missing value is NaN.
    Result<Figure> responseTimes(const AnalyticsPeriod &period) const;
    /// R12, R28: the period's tickets per severity, with the breaches of each.
    Result<Figure> breachesBySeverity(const AnalyticsPeriod &period) const;
    /// R19, R24, R33, R45: per agent, held now, long held, taken and handed off in the period.
    Result<Figure> load(const AnalyticsPeriod &period, int longHeldDays) const;
    /// R26: the period's bug reports by verdict and decline reason.
    Result<Figure> bugVerdicts(const AnalyticsPeriod &period) const;
    /// R29, R28: the period's bug reports by product area and severity.
    Result<Figure> bugAreas(const AnalyticsPeriod &period) const;
    /// R42: a month's focus tags before (the month before) and after (the month), absolute
    /// and per 1,000 tickets; no rows when no tags were chosen or the period is not a month.
    Result<Figure> focusTags(const AnalyticsPeriod &period) const;
    /// R13: the proposals with the highest score (open ones).
    Result<Figure> topProposals() const;
    /// R13: the same proposals' requests per tier of the customer when they asked
    /// (premium, contract, standard), from the maintained counts.
    Result<Figure> proposalRequestsPerTier() const;

    /// R42: how many of the period's tickets carry the tag (and the period's total).
    Result<std::pair<qint64, qint64>> tagCount(const AnalyticsPeriod &period, TagId tag) const;

private:
    Database &m_database;
    BusinessHours m_hours;
    qint64 m_now = 0;
};

} // namespace Casebook
