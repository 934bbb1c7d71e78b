// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/imports/csvpreviewmodel.h"
#include "models/imports/importer.h"
#include "tests/support/testdatabase.h"
#include "tests/views/namedchild.h"
#include "views/imports/importdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebook;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 now = 1'795'435'200'000;

QString corpus(const QString &path)
{
    return QStringLiteral(CASEBOOK_IMPORT_CORPUS "/") + path;
}
} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void csvPreviewMappingAndImport();
    void zendeskImportShowsTheSummary();
    void progressThenCancelKeepsWhatWasImported();
    void mailArchivesGoThroughTheMailIntake();

private:
    [[nodiscard]] qint64 count(const QString &table) const;

    // A widget test: the import paths are proven on both engines by models.imports.
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
};

void TestImportDialog::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>(DatabaseUrl::Engine::SQLite);
    QVERIFY(m_testDb->isValid());
    m_db = m_testDb->open();
    QVERIFY(m_db);
}

void TestImportDialog::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

qint64 TestImportDialog::count(const QString &table) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestImportDialog::csvPreviewMappingAndImport()
{
    ImportDialog dialog(new Importer(*m_db), now);
    auto *table = Test::namedChild<QTableView>(&dialog, u"import.preview"_s);
    QVERIFY(table);
    auto *preview = qobject_cast<CsvPreviewModel *>(table->model());
    QVERIFY(preview);
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);

    dialog.setKind(u"csv"_s);
    QVERIFY(dialog.loadFile(corpus(u"csv/ru-semicolon.csv"_s)));
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->columnCount(), 8);
    // A multi-line cell shows its first line.
    QCOMPARE(preview->index(0, 7).data().toString(), u"Добрый день!"_s);
    QVERIFY(preview->headerData(1, Qt::Horizontal).toString().contains(u"Subject"_s));

    auto *subject = Test::namedChild<QComboBox>(&dialog, u"import.mapping.1"_s);
    QVERIFY(subject);
    QCOMPARE(TicketField(subject->currentData().toInt()), TicketField::Subject);
    // Tags not wanted this time: the column is left out.
    auto *tags = Test::namedChild<QComboBox>(&dialog, u"import.mapping.6"_s);
    tags->setCurrentIndex(tags->findData(int(TicketField::Ignore)));
    QCOMPARE(preview->mapping().fields.at(6), TicketField::Ignore);

    auto *run = Test::namedChild<QPushButton>(&dialog, u"import.run"_s);
    QVERIFY(run->isEnabled());
    run->click();
    auto *result = Test::namedChild<QLabel>(&dialog, u"import.result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"2 ticket(s) imported"_s), 30000);
    QVERIFY(result->text().contains(u"row 5"_s));
    QCOMPARE(count(u"tickets"_s), 2);
    QCOMPARE(count(u"ticket_tags"_s), 0);
}

void TestImportDialog::zendeskImportShowsTheSummary()
{
    ImportDialog dialog(new Importer(*m_db), now);
    dialog.setKind(u"zendesk"_s);
    QVERIFY(dialog.loadFile(corpus(u"zendesk/api"_s)));
    QVERIFY(!Test::namedChild<QTableView>(&dialog, u"import.preview"_s)->isVisibleTo(&dialog));
    Test::namedChild<QPushButton>(&dialog, u"import.run"_s)->click();
    auto *result = Test::namedChild<QLabel>(&dialog, u"import.result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"3 ticket(s) imported"_s), 30000);
    QVERIFY(result->text().contains(u"104 was deleted"_s));
    QCOMPARE(Test::namedChild<QProgressBar>(&dialog, u"import.progress"_s)->value(), 1000);
}

void TestImportDialog::progressThenCancelKeepsWhatWasImported()
{
    // Large enough that the import is still running when the first batch reports.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"many.csv"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Id,Subject,Email,Body\n");
        for (int i = 0; i < 20000; ++i)
            out.write(
                QStringLiteral("N-%1,Ticket %1,p%2@example.com,\"Text of ticket %1\"\n").arg(i).arg(i % 500).toUtf8());
    }
    ImportDialog dialog(new Importer(*m_db), now);
    dialog.setKind(u"csv"_s);
    QVERIFY(dialog.loadFile(file));
    dialog.show();
    Test::namedChild<QPushButton>(&dialog, u"import.run"_s)->click();
    auto *progress = Test::namedChild<QProgressBar>(&dialog, u"import.progress"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
    // The window took the progress while the worker wrote: it was free to paint.
    const QString shots = qEnvironmentVariable("CASEBOOK_SCREENSHOT_DIR", QDir::tempPath());
    QVERIFY(dialog.grab().save(shots + u"/import-dialog-in-progress.png"_s));

    auto *cancel = Test::namedChild<QPushButton>(&dialog, u"import.cancel"_s);
    QVERIFY(cancel->isEnabled());
    cancel->click();
    auto *result = Test::namedChild<QLabel>(&dialog, u"import.result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"cancelled"_s), 60000);
    const qint64 kept = count(u"tickets"_s);
    QVERIFY(kept > 0);
    QVERIFY(kept < 20000);
}

void TestImportDialog::mailArchivesGoThroughTheMailIntake()
{
    QTemporaryDir dir;
    QFile mbox(dir.filePath(u"support.mbox"_s));
    QVERIFY(mbox.open(QIODevice::WriteOnly));
    mbox.write("From jan@example.org Mon Nov 23 10:00:00 2026\nFrom: jan@example.org\nMessage-ID: <m1@example.org>\n"
               "Subject: Export fails\n\nIt fails.\n\n"
               "From jan@example.org Mon Nov 23 11:00:00 2026\nFrom: jan@example.org\nMessage-ID: <m2@example.org>\n"
               "In-Reply-To: <m1@example.org>\nSubject: Re: Export fails\n\n>From the log: error 7.\n");
    mbox.close();

    ImportDialog dialog(new Importer(*m_db), now);
    dialog.setKind(u"mbox"_s);
    QVERIFY(dialog.loadFile(mbox.fileName()));
    QVERIFY(!Test::namedChild<QTableView>(&dialog, u"import.preview"_s)->isVisibleTo(&dialog));
    auto *run = Test::namedChild<QPushButton>(&dialog, u"import.run"_s);
    run->click();
    auto *result = Test::namedChild<QLabel>(&dialog, u"import.result"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"1 ticket(s) imported"_s), 30000);
    // Threaded as the mailbox would have delivered it: one ticket, its answer joined.
    QVERIFY2(result->text().contains(u"2 message(s) imported"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"1 customer(s) added"_s));
    QCOMPARE(count(u"tickets"_s), 1);

    // A folder of .eml files; the same mails again add nothing.
    QVERIFY(QDir(dir.path()).mkdir(u"eml"_s));
    QFile eml(dir.filePath(u"eml/1.eml"_s));
    QVERIFY(eml.open(QIODevice::WriteOnly));
    eml.write("From: jan@example.org\nMessage-ID: <m1@example.org>\nSubject: Export fails\n\nIt fails.\n");
    eml.close();
    dialog.setKind(u"eml"_s);
    QVERIFY(dialog.loadFile(dir.filePath(u"eml"_s)));
    QTRY_VERIFY(run->isEnabled());
    run->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"imported before"_s), 30000);
    QCOMPARE(count(u"tickets"_s), 1);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
