// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurechart.h"

#include "views/common/statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Casebook::FigureChart {

namespace {

// A missing value (NaN: a median of no samples) draws as nothing rather than break the axis.
double drawn(const Figure &figure, int row, int column)
{
    const double value = figure.value(row, column);
    return std::isnan(value) ? 0.0 : value;
}

// A column title may break its line for the table header; the legend reads it as one.
QString legendName(const Figure &figure, int column)
{
    QString name = figure.columns.at(column);
    return name.replace(u'\n', u' ');
}

// Past this many categories the axis names only every few of them, or they overlap.
constexpr int labelledCategories = 10;

QAbstractAxis *categoryAxis(const Figure &figure, bool lines)
{
    const int n = figure.rowCount();
    if (!lines || n <= labelledCategories) {
        auto *axis = new QBarCategoryAxis;
        axis->append(figure.categories);
        return axis;
    }
    // Lines over many days: a label every few points, each under its own point.
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = int(std::ceil(double(n) / labelledCategories));
    for (int i = 0; i < n; i += step)
        axis->append(figure.categories.at(i), i);
    axis->setRange(0, std::max(1, n - 1));
    return axis;
}

void style(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitleBrush(palette.color(QPalette::Text));
    const QColor grid = palette.color(QPalette::Mid);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid.lighter(palette.color(QPalette::Base).lightness() < 128 ? 80 : 130));
        axis->setTitleBrush(palette.color(QPalette::Text));
    }
}

} // namespace

QChart *build(const Figure &figure, const QPalette &palette, const Clicked &clicked)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const StatusPalette colours(palette);
    if (figure.rowCount() == 0) {
        style(chart, palette);
        return chart;
    }
    const bool lines = figure.chart == Figure::Chart::Lines;
    QAbstractAxis *xAxis = categoryAxis(figure, lines);
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    double top = 0;
    if (lines) {
        for (int s = 0; s < figure.charted.size(); ++s) {
            const int column = figure.charted.at(s);
            auto *series = new QLineSeries;
            series->setName(legendName(figure, column));
            QPen pen(colours.series(s));
            pen.setWidthF(2);
            series->setPen(pen);
            for (int row = 0; row < figure.rowCount(); ++row) {
                series->append(row, drawn(figure, row, column));
                top = std::max(top, drawn(figure, row, column));
            }
            if (clicked)
                QObject::connect(series, &QLineSeries::clicked, chart, [clicked, column](const QPointF &point) {
                    clicked(int(std::lround(point.x())), column);
                });
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
    } else {
        QAbstractBarSeries *bars = figure.chart == Figure::Chart::StackedBars
            ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
            : new QBarSeries;
        QList<double> stacked(figure.rowCount(), 0.0);
        for (int s = 0; s < figure.charted.size(); ++s) {
            const int column = figure.charted.at(s);
            auto *set = new QBarSet(legendName(figure, column));
            set->setColor(colours.series(s));
            set->setBorderColor(colours.series(s));
            for (int row = 0; row < figure.rowCount(); ++row) {
                set->append(drawn(figure, row, column));
                stacked[row] += drawn(figure, row, column);
                top = std::max(
                    top, figure.chart == Figure::Chart::StackedBars ? stacked.at(row) : drawn(figure, row, column));
            }
            if (clicked)
                QObject::connect(set, &QBarSet::clicked, chart, [clicked, column](int row) { clicked(row, column); });
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    if (figure.goal) {
        auto *goal = new QLineSeries;
        //: The goal line of a chart; %1 is the goal, such as 70
        goal->setName(QCoreApplication::translate("Casebook::FigureChart", "Goal %1 %").arg(*figure.goal));
        QPen pen(colours.goal());
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        goal->setPen(pen);
        goal->append(-0.5, *figure.goal);
        goal->append(figure.rowCount() - 0.5, *figure.goal);
        chart->addSeries(goal);
        goal->attachAxis(xAxis);
        goal->attachAxis(yAxis);
    }
    if (figure.percent) {
        yAxis->setRange(0, 100);
    } else {
        yAxis->setRange(0, top > 0 ? top : 1);
        yAxis->applyNiceNumbers();
        // Hours of a response time are often below one: whole numbers would label every
        // tick 0. As many decimals as the step between ticks needs.
        const double step = (yAxis->max() - yAxis->min()) / std::max(1, yAxis->tickCount() - 1);
        yAxis->setLabelFormat(step >= 1         ? QStringLiteral("%.0f")
                                  : step >= 0.1 ? QStringLiteral("%.1f")
                                                : QStringLiteral("%.2f"));
    }
    chart->legend()->setVisible(figure.charted.size() > 1 || figure.goal.has_value());
    style(chart, palette);
    // An elided name says the rest when pointed at.
    chart->legend()->setShowToolTips(true);
    return chart;
}

} // namespace Casebook::FigureChart
