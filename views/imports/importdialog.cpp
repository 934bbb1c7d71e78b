// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "models/imports/csvpreviewmodel.h"
#include "models/imports/importer.h"
#include "models/imports/importsource.h"
#include "models/imports/mailarchivehook.h"
#include "views/common/prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr std::array fields{TicketField::Ignore,  TicketField::Id,     TicketField::Subject,  TicketField::Body,
                            TicketField::Email,   TicketField::Name,   TicketField::Company,  TicketField::Created,
                            TicketField::Updated, TicketField::Status, TicketField::Priority, TicketField::Tags,
                            TicketField::Channel};

} // namespace

ImportDialog::ImportDialog(Importer *importer, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_now(nowMs)
    , m_preview(new CsvPreviewModel(this))
{
    importer->setParent(this);
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"import.kind"_s);
    m_kind->addItem(tr("Zendesk export (JSON)"), u"zendesk"_s);
    m_kind->addItem(tr("Tickets in a CSV file"), u"csv"_s);
    m_kind->addItem(tr("Mail archive (mbox)"), u"mbox"_s);
    m_kind->addItem(tr("Mail files (.eml, or a folder of them)"), u"eml"_s);
    auto *choose = new QPushButton(tr("Choose &File…"), this);
    choose->setObjectName(u"import.choose"_s);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    m_file = new QLabel(tr("A Zendesk export (tickets, users and organizations as JSON), a CSV file of tickets, or a "
                           "mailbox's history (mbox or .eml files)."),
                        this);
    m_file->setObjectName(u"import.file"_s);
    m_file->setWordWrap(true);
    fileRow->addWidget(m_kind);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);

    m_mappingBox = new QWidget(this);
    m_mapping = new QFormLayout(m_mappingBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_mappingBox);
    scroll->setMaximumHeight(180);
    scroll->setAccessibleName(tr("Column mapping"));
    scroll->setAccessibleDescription(tr("Which ticket field each column of the file fills"));
    layout->addWidget(scroll);

    m_table = new QTableView(this);
    m_table->setObjectName(u"import.preview"_s);
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->setModel(m_preview);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"import.progress"_s);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(u"import.result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(u"import.run"_s);
    m_run->setEnabled(false);
    m_cancel = buttons->addButton(tr("&Cancel Import"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"import.cancel"_s);
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_result->setText(tr("Cancelling after the current batch…"));
        m_importer->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        // Closing does not leave an import running with nobody to report to.
        if (m_importer->isRunning())
            m_importer->cancel();
        reject();
    });
    layout->addWidget(buttons);
    connect(m_importer, &Importer::progressed, this, &ImportDialog::showProgress);
    connect(m_importer, &Importer::finished, this, &ImportDialog::showSummary);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            loadFile(m_path);
    });
    resize(820, 600);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void ImportDialog::chooseFile()
{
    // Exported .eml files usually come as a folder of them.
    const bool emlFolder = m_kind->currentData().toString() == u"eml";
    const QString path = emlFolder
        ? Prompts::instance().existingFolder(this, tr("Folder of Mail Files"))
        : Prompts::instance().openFileName(this, tr("Import History"),
                                           tr("Exports (*.json *.ndjson *.jsonl *.csv *.txt *.mbox *.mbx "
                                              "*.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (QFileInfo(path).isDir() || suffix == u"eml")
        setKind(u"eml"_s);
    else if (suffix == u"csv" || suffix == u"txt")
        setKind(u"csv"_s);
    else if (suffix == u"mbox" || suffix == u"mbx" || suffix.isEmpty())
        setKind(u"mbox"_s);
    else
        setKind(u"zendesk"_s);
    loadFile(path);
}

bool ImportDialog::isMailKind() const
{
    const QString kind = m_kind->currentData().toString();
    return kind == u"mbox" || kind == u"eml";
}

bool ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_result->clear();
    m_progress->setVisible(false);
    const bool csv = m_kind->currentData().toString() == u"csv";
    m_mappingBox->parentWidget()->parentWidget()->setVisible(csv);
    m_table->setVisible(csv);
    if (!csv) {
        //: %1 a file or folder name
        m_file->setText(isMailKind()
                            ? tr("%1: mail, read as the mailbox would deliver it").arg(QFileInfo(path).fileName())
                            : tr("%1: a Zendesk export").arg(QFileInfo(path).fileName()));
        m_run->setEnabled(QFileInfo::exists(path));
        return m_run->isEnabled();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        m_run->setEnabled(false);
        return false;
    }
    if (const auto loaded = m_preview->load(file.readAll()); !loaded) {
        m_result->setText(loaded.error().message);
        m_run->setEnabled(false);
        return false;
    }
    //: %1 a file name, %n the number of rows in it
    m_file->setText(tr("%1: %n row(s)", nullptr, int(m_preview->table().rows.size())).arg(QFileInfo(path).fileName()));
    rebuildMapping();
    m_run->setEnabled(!m_preview->table().rows.isEmpty());
    return true;
}

void ImportDialog::rebuildMapping()
{
    while (m_mapping->rowCount() > 0)
        m_mapping->removeRow(0);
    const QList<TicketField> mapping = m_preview->mapping().fields;
    for (qsizetype column = 0; column < mapping.size(); ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(u"import.mapping.%1"_s.arg(column));
        for (const TicketField field : fields)
            combo->addItem(TicketCsvMapping::text(field), int(field));
        combo->setCurrentIndex(combo->findData(int(mapping.at(column))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, column] { m_preview->setField(int(column), TicketField(combo->currentData().toInt())); });
        m_mapping->addRow(m_preview->table().header.value(column), combo);
    }
}

void ImportDialog::start()
{
    if (isMailKind()) {
        if (m_importer->start(mailArchiveJob(m_path)))
            showStarted();
        return;
    }
    std::unique_ptr<ImportReader> reader;
    if (m_kind->currentData().toString() == u"csv") {
        reader = m_preview->reader();
    } else {
        auto opened = openImportReader(m_kind->currentData().toString(), m_path);
        if (!opened) {
            m_result->setText(opened.error().message);
            return;
        }
        reader = std::move(opened).value();
    }
    if (m_importer->start(std::move(reader), m_now))
        showStarted();
}

void ImportDialog::showStarted()
{
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0); // busy until the first batch says how far it is
    m_progress->setVisible(true);
    m_result->setText(tr("Importing…"));
}

void ImportDialog::showProgress(qint64 position, qint64 total)
{
    // The bar counts in per mille: a file's records may be more than an int holds.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(position * 1000 / total) : 0);
    //: %1 records read so far, %2 all records
    m_progress->setFormat(tr("%1 of %2").arg(position).arg(total));
}

void ImportDialog::showSummary(const ImportSummary &summary)
{
    m_cancel->setEnabled(false);
    m_run->setEnabled(true);
    m_progress->setRange(0, 1000);
    if (!summary.cancelled && summary.failure.isEmpty())
        m_progress->setValue(1000);
    m_result->setText(summary.lines().join(u'\n'));
    Q_EMIT imported(summary);
}

} // namespace Casebook
