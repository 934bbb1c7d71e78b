// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerimportdialog.h"

#include "models/customers/customerimport.h"
#include "views/common/prompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr std::array fields{CustomerField::Ignore,     CustomerField::Name,         CustomerField::Company,
                            CustomerField::AccountId,  CustomerField::Email,        CustomerField::Phone,
                            CustomerField::Messenger,  CustomerField::Tier,         CustomerField::LicencePlan,
                            CustomerField::LicenceKey, CustomerField::LicenceSeats, CustomerField::LicenceExpires};

} // namespace

CustomerImportDialog::CustomerImportDialog(CustomerImport *import, QWidget *parent)
    : QDialog(parent)
    , m_import(import)
{
    m_import->setParent(this);
    setObjectName(u"customerImportDialog"_s);
    setWindowTitle(tr("Import Customers"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Choose CSV &File…"), this);
    choose->setObjectName(u"import.choose"_s);
    connect(choose, &QPushButton::clicked, this, &CustomerImportDialog::chooseFile);
    m_file = new QLabel(tr("A CSV file with a header line: names, companies, e-mail addresses, account ids, …"), this);
    m_file->setObjectName(u"import.file"_s);
    m_file->setWordWrap(true);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);

    auto *mappingBox = new QWidget(this);
    m_mapping = new QFormLayout(mappingBox);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Column mapping"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(mappingBox);
    scroll->setMaximumHeight(200);
    layout->addWidget(scroll);

    m_preview = new QTableView(this);
    m_preview->setObjectName(u"import.preview"_s);
    m_preview->setAccessibleName(tr("Preview of the import"));
    m_preview->setModel(m_import);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    layout->addWidget(m_preview, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(u"import.result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(u"import.run"_s);
    m_run->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &CustomerImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

CustomerImportDialog::~CustomerImportDialog() = default;

void CustomerImportDialog::chooseFile()
{
    const QString path = Prompts::instance().openFileName(this, tr("Import Customers"), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    (void)loadCsv(file.readAll(), QFileInfo(path).fileName());
}

bool CustomerImportDialog::loadCsv(const QByteArray &csv, const QString &name)
{
    const auto loaded = m_import->load(csv);
    if (!loaded) {
        m_result->setText(loaded.error().message);
        m_run->setEnabled(false);
        return false;
    }
    //: %1 a file name, %n the number of customers in it
    m_file->setText(tr("%1: %n row(s)", nullptr, int(m_import->table().rows.size())).arg(name));
    m_result->clear();
    rebuildMapping();
    m_run->setEnabled(!m_import->table().rows.isEmpty());
    return true;
}

void CustomerImportDialog::rebuildMapping()
{
    while (m_mapping->rowCount() > 0)
        m_mapping->removeRow(0);
    const QList<CustomerField> mapping = m_import->mapping();
    for (qsizetype column = 0; column < mapping.size(); ++column) {
        auto *combo = new QComboBox;
        combo->setObjectName(u"import.mapping.%1"_s.arg(column));
        for (const CustomerField field : fields)
            combo->addItem(customerFieldText(field), int(field));
        combo->setCurrentIndex(combo->findData(int(mapping.at(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_import->setMapping(int(column), CustomerField(combo->currentData().toInt()));
        });
        m_mapping->addRow(m_import->table().header.value(column), combo);
    }
}

void CustomerImportDialog::runImport()
{
    const auto done = m_import->run();
    if (!done) {
        m_result->setText(done.error().message);
        return;
    }
    //: After an import: how many customers were new and how many were updated
    QString text = tr("%1 new, %2 updated.").arg(done->created).arg(done->updated);
    if (!done->problems.isEmpty())
        text += u'\n' + tr("Left out:") + u'\n' + done->problems.join(u'\n');
    m_result->setText(text);
    Q_EMIT imported(done->created, done->updated);
}

} // namespace Casebook
