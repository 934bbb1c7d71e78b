// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the customer import's preview is fed files, not SQL: thousands of random CSV
// files (comma, semicolon or tab; quotes, delimiters and line breaks inside cells; a byte
// order mark, CRLF, ragged rows, Cyrillic, more rows than the preview), broken files that
// must leave the table shown alone, mapping changes and imports into the real store; the
// preview compared with the cells each file was written from.

#include "models/agents/session.h"
#include "models/customers/customerimport.h"
#include "tests/support/enginetest.h"
#include "tests/support/modeltorture.h"

#include <QRegularExpression>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;
using Test::ModelTorture;

namespace {

/// A file as written: its header and the cells of each record, as the writer meant them.
struct WrittenCsv
{
    QByteArray bytes;
    QStringList header;
    QList<QStringList> rows;
};

QString randomCell(QRandomGenerator &random)
{
    static const QStringList pieces{
        u"Anna Berg"_s,  u"anna@example.org"_s, u"a@x.org; b@x.org"_s, u"Acme, Inc."_s,    u"say \"hi\""_s,
        u"two\nlines"_s, u"premium"_s,          u"Премиум"_s,          u"2027-03-31"_s,    u"not a date"_s,
        u"42"_s,         u"tab\there"_s,        u"  padded  "_s,       u"ООО «Ромашка»"_s, u"\r\n"_s,
        u"x;y"_s};
    switch (random.bounded(6)) {
    case 0:
        return {};
    case 1:
        return pieces.at(random.bounded(int(pieces.size()))) + pieces.at(random.bounded(int(pieces.size())));
    default:
        return pieces.at(random.bounded(int(pieces.size())));
    }
}

WrittenCsv randomCsv(QRandomGenerator &random)
{
    static const QStringList headers{u"Name"_s,  u"Company"_s, u"E-mail"_s, u"Почта"_s,   u"Account ID"_s,
                                     u"Phone"_s, u"Tier"_s,    u"Plan"_s,   u"Expires"_s, u"Notes"_s};
    static const QList<QChar> delimiters{u',', u';', u'\t'};
    const int columns = 1 + random.bounded(int(headers.size()));
    // The header says which delimiter the file uses; a header of one name says nothing, and
    // such a file is read as comma-separated, as the reader documents.
    const QChar delimiter = columns == 1 ? u',' : delimiters.at(random.bounded(int(delimiters.size())));
    const QString lineEnd = random.bounded(2) ? u"\r\n"_s : u"\n"_s;
    // A cell holding any delimiter, a quote or a line break is quoted, whichever the file uses.
    const auto line = [&](const QStringList &cells) {
        QStringList written;
        for (const QString &cell : cells) {
            static const QRegularExpression special(u"[,;\\t\"\\r\\n]"_s);
            QString text = cell;
            written.append(cell.contains(special) ? u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"' : text);
        }
        return written.join(delimiter);
    };
    WrittenCsv csv;
    for (int c = 0; c < columns; ++c)
        csv.header.append(headers.at(random.bounded(int(headers.size()))));
    QString text = line(csv.header) + lineEnd;
    const int count = random.bounded(5) == 0 ? CustomerImport::previewRows + random.bounded(30) : random.bounded(12);
    for (int r = 0; r < count; ++r) {
        // Ragged rows: spreadsheets drop trailing empty cells, people add stray ones.
        const int cells = std::max(1, columns + (random.bounded(5) == 0 ? random.bounded(5) - 2 : 0));
        QStringList row;
        for (int c = 0; c < cells; ++c)
            row.append(randomCell(random));
        text += line(row);
        if (r + 1 < count || random.bounded(2))
            text += lineEnd;
        // A line with nothing on it is no record, quoted or not.
        if (!(row.size() == 1 && row.constFirst().isEmpty()))
            csv.rows.append(row);
    }
    if (random.bounded(4) == 0)
        text += lineEnd; // the blank line spreadsheets end with
    csv.bytes = (random.bounded(3) == 0 ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    return csv;
}

} // namespace

class TestCustomerImportTorture final : public QObject, protected Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { Test::addEngineColumn(); }
    void init() { (void)openDatabase(1'795'435'200'000); }
    void cleanup() { closeDatabase(); }

    void randomFiles();
};

void TestCustomerImportTorture::randomFiles()
{
    QVERIFY(m_db);
    Session session(*m_db, *m_clock, nullptr);
    session.setAgent(addAgent(u"mira"_s, u"Mira Kovač"_s));
    CustomerImport model(session);
    WrittenCsv shown;
    ModelTorture torture(u"customer import"_s, &model);
    torture.addOperation(u"load"_s, 4, [&](QRandomGenerator &random, QString *why) {
        WrittenCsv csv = randomCsv(random);
        const Status loaded = model.load(csv.bytes);
        if (!loaded.ok())
            return ModelTorture::failed(loaded.error(), why);
        shown = std::move(csv);
        return true;
    });
    torture.addOperation(u"load a broken file"_s, 1, [&](QRandomGenerator &random, QString *why) {
        const QByteArray broken = random.bounded(2) ? QByteArray("Name,E-mail\n\"Anna,anna@example.org\n")
                                                    : QByteArray("Name\n\xff\xfe Anna\n");
        const Status loaded = model.load(broken);
        if (loaded.ok())
            return (*why = u"a broken file was read"_s, false);
        return true; // the table shown stays
    });
    torture.addOperation(u"map a column"_s, 3, [&](QRandomGenerator &random, QString *) {
        if (model.columnCount() > 0)
            model.setMapping(random.bounded(model.columnCount()),
                             CustomerField(random.bounded(int(CustomerField::LicenceExpires) + 1)));
        return true;
    });
    torture.addOperation(u"import"_s, 1, [&](QRandomGenerator &, QString *why) {
        const auto done = model.run();
        if (!done)
            return ModelTorture::failed(done.error(), why);
        // Every record is made, updated or named as a problem: none is lost without a word.
        const qsizetype accounted = done->created + done->updated + done->problems.size();
        if (accounted != shown.rows.size())
            return (*why = u"%1 of %2 records accounted for"_s.arg(accounted).arg(shown.rows.size()), false);
        return true;
    });
    // The first row is the header as shown (its name before the arrow), then the first
    // records, a missing cell empty, cells past the header left out.
    torture.setComparison(
        [&] {
            ModelTorture::Rows rows{QVariantList(shown.header.cbegin(), shown.header.cend())};
            for (const QStringList &row : shown.rows.mid(0, CustomerImport::previewRows)) {
                QVariantList cells;
                for (qsizetype c = 0; c < shown.header.size(); ++c)
                    cells.append(row.value(c));
                rows.append(cells);
            }
            if (shown.header.isEmpty())
                rows.clear();
            return rows;
        },
        [&] {
            QList<std::pair<int, int>> cells;
            QVariantList header;
            for (int column = 0; column < model.columnCount(); ++column) {
                cells.append({column, int(Qt::DisplayRole)});
                header.append(model.headerData(column, Qt::Horizontal).toString().section(u" → "_s, 0, 0));
            }
            ModelTorture::Rows rows = ModelTorture::modelRows(model, cells);
            if (!header.isEmpty())
                rows.prepend(header);
            return rows;
        });
    torture.setCheckEvery(1);
    QVERIFY(torture.run(ModelTorture::operationsFor(3000, 1000)));
}

QTEST_GUILESS_MAIN(TestCustomerImportTorture)
#include "tst_customerimport.moc"
