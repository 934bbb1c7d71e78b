// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the analytics table is fed figures, not SQL: 10,000 random figures (no rows,
// no measures, negative, huge and fractional numbers), each compared with what it was fed.

#include "models/analytics/figuretablemodel.h"
#include "models/common/itemroles.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

class TestFigureTableTorture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFigures();
};

void TestFigureTableTorture::randomFigures()
{
    FigureTableModel model;
    Figure fed;
    ModelTorture torture(u"figure table"_s, &model);
    torture.addOperation(u"figure"_s, 1, [&](QRandomGenerator &random, QString *) {
        Figure figure;
        figure.key = u"figure"_s;
        figure.title = u"Figure"_s;
        figure.categoryTitle = u"Week"_s;
        figure.percent = random.bounded(2);
        const int columns = random.bounded(5);
        for (int c = 0; c < columns; ++c)
            figure.columns.append(u"Measure %1"_s.arg(c));
        const int rows = random.bounded(3) == 0 ? 0 : random.bounded(40);
        for (int r = 0; r < rows; ++r) {
            QList<FigureCell> row;
            for (int c = 0; c < columns; ++c) {
                const double value = random.bounded(4) == 0 ? random.generateDouble() * 1e9 - 5e8
                                                            : double(random.bounded(200)) / (random.bounded(3) + 1);
                row.append({value, random.bounded(2) ? u"tag:w%1"_s.arg(r) : QString()});
            }
            figure.addRow(u"Week %1"_s.arg(r), row);
        }
        fed = figure;
        model.setFigure(figure);
        return true;
    });
    torture.setComparison(
        [&] {
            ModelTorture::Rows rows;
            for (int r = 0; r < fed.rowCount(); ++r) {
                QVariantList row{fed.categories.at(r)};
                for (int c = 0; c < fed.columns.size(); ++c)
                    row << fed.value(r, c) << fed.query(r, c);
                rows.append(row);
            }
            return rows;
        },
        [&] {
            QList<std::pair<int, int>> cells{{0, RawValueRole}};
            for (int column = 1; column < model.columnCount(); ++column)
                cells << std::pair{column, int(RawValueRole)} << std::pair{column, int(SearchRole)};
            return ModelTorture::modelRows(model, cells);
        });
    torture.setCheckEvery(1); // a new figure each time: each one is checked
    QVERIFY(torture.run());
}

QTEST_GUILESS_MAIN(TestFigureTableTorture)
#include "tst_figuretable.moc"
