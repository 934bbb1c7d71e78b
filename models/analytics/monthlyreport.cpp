// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlyreport.h"

#include "analyticstexts.h"
#include "figuretablemodel.h"

#include "models/shifts/businesshours.h"
#include "models/storage/clock.h"
#include "models/storage/database.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// A table cell may not hold a pipe or a line break.
QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QStringList cells;
    for (const QString &title : header)
        cells.append(cell(title)); // a table header may break its line; Markdown may not
    QString text = u"| "_s + cells.join(u" | "_s) + u" |\n|"_s;
    for (qsizetype i = 0; i < header.size(); ++i)
        text += i == 0 ? u" --- |"_s : u" ---: |"_s;
    text += u'\n';
    for (const QStringList &row : rows)
        text += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    return text;
}

QString perThousand(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

QString MonthlyReport::lastMonth(Database &database, qint64 nowMs)
{
    const auto hours = teamBusinessHours(database);
    const QTimeZone zone = hours ? hours->zone : QTimeZone(QTimeZone::UTC);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return QDate(today.year(), today.month(), 1).addMonths(-1).toString(u"yyyy-MM"_s);
}

Result<MonthlyReport> MonthlyReport::build(Database &database, const QString &month, qint64 nowMs)
{
    const auto hours = teamBusinessHours(database);
    if (!hours)
        return hours.error();
    MonthlyReport report;
    report.month = month;
    report.period = AnalyticsPeriod::month(month, hours->zone);
    if (!report.period.isValid())
        return Error{Error::Kind::Invalid, tr("\"%1\" is not a month such as 2026-11.").arg(month), {}};
    const Analytics analytics(database, *hours, nowMs);
    for (const Analytics::View view : Analytics::Views) {
        auto figures = analytics.figures(view, report.period);
        if (!figures)
            return figures.error();
        report.views.append({view, std::move(figures).value()});
    }
    const FakeClock clock(nowMs);
    auto focus = FocusTags(database, hours->zone, clock).compare(month);
    if (!focus)
        return focus.error();
    report.focus = std::move(focus).value();
    return report;
}

QList<Figure> MonthlyReport::figures() const
{
    QList<Figure> result;
    for (const auto &[view, figures] : views)
        result += figures;
    return result;
}

QString MonthlyReport::fileName() const
{
    return u"casebook-review-"_s + month + u".md"_s;
}

QString MonthlyReport::markdown() const
{
    //: The Markdown report's title; %1 is the month, such as "November 2026"
    QString text = u"# "_s + tr("Monthly review: %1").arg(AnalyticsTexts::periodTitle(period)) + u"\n\n"_s;

    // R42 first: the meeting starts with what the team chose to work on.
    text += u"## "_s + tr("Focus tags") + u"\n\n"_s;
    if (focus.isEmpty()) {
        text += tr("No focus tags were chosen for this month.") + u"\n\n"_s;
    } else {
        QList<QStringList> rows;
        const QLocale locale;
        for (const FocusComparison &row : focus)
            rows.append({cell(row.name), locale.toString(row.before), perThousand(row.beforePerThousand()),
                         locale.toString(row.after), perThousand(row.afterPerThousand())});
        text +=
            table({tr("Tag"), tr("Month before"), tr("Per 1,000 before"), tr("This month"), tr("Per 1,000 now")}, rows)
            + u'\n';
    }

    for (const auto &[view, figures] : views) {
        text += u"## "_s + Analytics::viewTitle(view) + u"\n\n"_s;
        for (const Figure &figure : figures) {
            text += u"### "_s + figure.title + u"\n\n"_s;
            if (figure.rowCount() == 0) {
                text += tr("No data for this month.") + u"\n\n"_s;
                continue;
            }
            text += u"![%1](%2.png)\n\n"_s.arg(cell(figure.title), figure.key);
            QList<QStringList> rows;
            for (int row = 0; row < figure.rowCount(); ++row) {
                QStringList line{cell(figure.categories.at(row))};
                for (int column = 0; column < figure.columns.size(); ++column)
                    line.append(FigureTableModel::formatted(figure, row, column));
                rows.append(line);
            }
            text += table(QStringList{figure.categoryTitle} + figure.columns, rows) + u'\n';
        }
    }
    return text;
}

} // namespace Casebook
