// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the CSV import preview is fed files, not SQL: 10,000 random files (quotes,
// commas and line breaks inside cells, Cyrillic, more rows than the preview) and mapping
// changes, each file's first rows compared with the cells it was written from.

#include "models/imports/csvpreviewmodel.h"
#include "tests/support/modeltorture.h"

#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

namespace {

QString randomCell(QRandomGenerator &random)
{
    static const QStringList pieces{u"lamp"_s,       u"не работает"_s, u"a, b"_s, u"say \"hi\""_s,
                                    u"two\nlines"_s, u"42"_s,          u"ёж"_s,   u"x"_s};
    QString cell = pieces.at(random.bounded(int(pieces.size())));
    if (random.bounded(3) == 0)
        cell += u' ' + pieces.at(random.bounded(int(pieces.size())));
    return cell;
}

QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells) {
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n');
        QString text = cell;
        quoted.append(quote ? u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"' : text);
    }
    return quoted.join(u',').toUtf8() + '\n';
}

} // namespace

class TestCsvPreviewTorture final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFiles();
};

void TestCsvPreviewTorture::randomFiles()
{
    CsvPreviewModel model;
    QList<QStringList> fed;
    ModelTorture torture(u"csv preview"_s, &model);
    torture.addOperation(u"load"_s, 3, [&](QRandomGenerator &random, QString *why) {
        static const QStringList headers{u"Subject"_s, u"Email"_s, u"Тема"_s, u"Created"_s, u"Notes"_s, u"Status"_s};
        const int columns = 1 + random.bounded(int(headers.size()));
        QByteArray csv = csvLine(headers.mid(0, columns));
        QList<QStringList> rows;
        const int count =
            random.bounded(4) == 0 ? CsvPreviewModel::previewRows + random.bounded(20) : random.bounded(8);
        for (int r = 0; r < count; ++r) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row.append(randomCell(random));
            csv += csvLine(row);
            rows.append(row);
        }
        const Status loaded = model.load(csv);
        if (!loaded.ok())
            return (*why = loaded.error().message, false);
        fed = rows;
        return true;
    });
    torture.addOperation(u"map a column"_s, 2, [&](QRandomGenerator &random, QString *) {
        if (model.columnCount() > 0)
            model.setField(random.bounded(model.columnCount()),
                           TicketField(random.bounded(int(TicketField::Channel) + 1)));
        return true;
    });
    torture.setComparison(
        [&] {
            // The preview shows the first rows, each cell's first line.
            ModelTorture::Rows rows;
            for (const QStringList &row : fed.mid(0, CsvPreviewModel::previewRows)) {
                QVariantList shown;
                for (const QString &cell : row)
                    shown.append(cell.section(u'\n', 0, 0));
                rows.append(shown);
            }
            return rows;
        },
        [&] {
            QList<std::pair<int, int>> cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells.append({column, int(Qt::DisplayRole)});
            return ModelTorture::modelRows(model, cells);
        });
    torture.setCheckEvery(1);
    QVERIFY(torture.run());
}

QTEST_GUILESS_MAIN(TestCsvPreviewTorture)
#include "tst_csvpreview.moc"
