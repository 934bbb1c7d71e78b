// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analytics/figure.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QLabel;
class QStackedWidget;
class QTableView;

namespace Casebook {

class FigureTableModel;

/**
 * One figure: its title, the chart (or "no data") and its numbers in a table beside it.
 * A click on a bar or point, or a double-click on a number, asks for the inbox filtered
 * to the tickets behind it.
 */
class FigurePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigurePanel)

public:
    explicit FigurePanel(QWidget *parent = nullptr);
    ~FigurePanel() override;

    /// Shows `figure`, replacing the chart only now that the new one is ready.
    void setFigure(const Figure &figure);
    [[nodiscard]] const Figure &figure() const;
    [[nodiscard]] QChartView *chartView() const { return m_chart; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /// Whether the panel says "no data" instead of drawing an empty axis.
    [[nodiscard]] bool showsNoData() const;

Q_SIGNALS:
    /// The inbox should list the tickets of this search.
    void ticketsRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();
    void open(int row, int column);

    QLabel *m_title = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_noData = nullptr;
    QTableView *m_table = nullptr;
    FigureTableModel *m_model = nullptr;
};

} // namespace Casebook
