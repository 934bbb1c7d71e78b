// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurepanel.h"

#include "figurechart.h"
#include "models/analytics/figuretablemodel.h"
#include "models/common/itemroles.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

FigurePanel::FigurePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChartView(this))
    , m_noData(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new FigureTableModel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(420, 260);
    m_chart->setObjectName(u"analytics.chart"_s);
    m_noData->setObjectName(u"analytics.noData"_s);
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setText(tr("No data for this period"));
    m_noData->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_noData);
    m_table->setObjectName(u"analytics.table"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumWidth(300);

    auto *row = new QHBoxLayout;
    row->addWidget(m_stack, 3);
    row->addWidget(m_table, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->addWidget(m_title);
    layout->addLayout(row, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString query = index.data(SearchRole).toString();
        if (!query.isEmpty())
            Q_EMIT ticketsRequested(query);
    });
}

FigurePanel::~FigurePanel() = default;

const Figure &FigurePanel::figure() const
{
    return m_model->figure();
}

bool FigurePanel::showsNoData() const
{
    return m_stack->currentWidget() == m_noData;
}

void FigurePanel::setFigure(const Figure &figure)
{
    m_title->setText(figure.title);
    m_model->setFigure(figure);
    m_table->setVisible(figure.rowCount() > 0);
    // The table is as wide as its columns (Russian titles are long) and the chart takes the
    // rest: a figure read through a horizontal scroll bar is a figure half read.
    // Measured once a figure, not in the header's ResizeToContents mode: that measures every
    // row's text again at each layout, and a year per day has 365 rows.
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnsToContents();
    const int frame = 2 * m_table->frameWidth();
    m_table->setMinimumWidth(
        std::max(300, header->length() + frame + m_table->verticalScrollBar()->sizeHint().width()));
    rebuildChart();
}

void FigurePanel::rebuildChart()
{
    const Figure &figure = m_model->figure();
    if (figure.rowCount() == 0) {
        m_stack->setCurrentWidget(m_noData);
        return;
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(FigureChart::build(figure, palette(), [this](int row, int column) { open(row, column); }));
    old->deleteLater(); // setChart() hands the previous chart back to its caller
    m_stack->setCurrentWidget(m_chart);
}

void FigurePanel::open(int row, int column)
{
    const Figure &figure = m_model->figure();
    if (row < 0 || row >= figure.rowCount() || column < 0 || column >= figure.columns.size())
        return;
    const QString query = figure.query(row, column);
    if (!query.isEmpty())
        Q_EMIT ticketsRequested(query);
}

void FigurePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChart();
}

} // namespace Casebook
