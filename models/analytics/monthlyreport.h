// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics.h"
#include "focustags.h"

#include <QCoreApplication>

namespace Casebook {

class Database;

/**
 * The month's review as a lead takes it to the team (R14, R42): every view's figures for
 * one month in the team's zone and the focus tags' before and after, as Markdown tables.
 * Each figure's chart is referenced as `<figure key>.png` beside the Markdown file; the
 * views layer draws them.
 */
struct MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(Casebook::MonthlyReport)

public:
    QString month; ///< YYYY-MM
    AnalyticsPeriod period;
    QList<std::pair<Analytics::View, QList<Figure>>> views;
    QList<FocusComparison> focus;

    /// Counts everything for `month` ("2026-11") on the calling thread's connection.
    static Result<MonthlyReport> build(Database &database, const QString &month, qint64 nowMs);
    /// The month before the one holding `nowMs` in the team's zone: the month a review looks back on.
    static QString lastMonth(Database &database, qint64 nowMs);

    /// Every figure, in the order of the report.
    [[nodiscard]] QList<Figure> figures() const;
    /// The Markdown file's text.
    [[nodiscard]] QString markdown() const;
    /// The Markdown file's name: casebook-review-2026-11.md.
    [[nodiscard]] QString fileName() const;
};

} // namespace Casebook
