// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Casebook {

class Clock;
class Database;

/// R42: one focus tag of a month, with its counts before and after.
struct FocusComparison
{
    TagId tag;
    QString name;
    qint64 before = 0; ///< tickets with the tag in the month before (the baseline)
    qint64 beforeTotal = 0; ///< all tickets of the month before
    qint64 after = 0; ///< tickets with the tag in the month itself (so far)
    qint64 afterTotal = 0;
    AgentId chosenBy;
    qint64 chosenAt = 0;

    /// Per 1,000 tickets, so a busier month does not look worse (0 for an empty month).
    [[nodiscard]] static double perThousand(qint64 count, qint64 total)
    {
        return total > 0 ? 1000.0 * double(count) / double(total) : 0.0;
    }
    [[nodiscard]] double beforePerThousand() const { return perThousand(before, beforeTotal); }
    [[nodiscard]] double afterPerThousand() const { return perThousand(after, afterTotal); }
};

/**
 * R42, the monthly review: each month a lead picks 2-3 of the month before's top-10 tags
 * to work on; Casebook records the choice with the baseline (the month before's counts,
 * taken when the choice is made) and compares them with the month's own counts when it
 * ends, and later. Months are "YYYY-MM" in the team's zone. The one writer of focus_tags.
 */
class FocusTags final
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::FocusTags)

public:
    /// The ChangeFeed entity of every write.
    [[nodiscard]] static QString changeEntity();
    static constexpr int minimumTags = 2;
    static constexpr int maximumTags = 3;

    FocusTags(Database &database, const QTimeZone &zone, const Clock &clock);

    /// The tags a lead may pick for `month`: the month before's top 10, most used first.
    Result<QList<std::pair<TagId, QString>>> candidates(const QString &month) const;
    /// Records `tags` as the month's focus, replacing an earlier choice for that month.
    /// Refused (Invalid) for fewer than 2 or more than 3 tags, or a tag outside candidates().
    Status choose(const QString &month, const QList<TagId> &tags, AgentId by);
    /// The month's focus tags with the baseline and the counts of the month so far.
    Result<QList<FocusComparison>> compare(const QString &month) const;

private:
    Database &m_database;
    QTimeZone m_zone;
    const Clock &m_clock;
};

} // namespace Casebook
