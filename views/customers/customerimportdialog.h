// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace Casebook {

class CustomerImport;

/**
 * File > Import Customers: a CSV file from a spreadsheet or another helpdesk, its columns
 * mapped onto customer fields (guessed from the header, changed here), a preview of the
 * first rows under their mapping, and the import. A second import of the same list updates
 * the customers instead of doubling them. A view of a CustomerImport, which it owns; the
 * file is picked through the Prompts seam.
 */
class CustomerImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerImportDialog)

public:
    explicit CustomerImportDialog(CustomerImport *import, QWidget *parent = nullptr);
    ~CustomerImportDialog() override;

    /// Reads a CSV file's content (the Choose File button's work, and tests').
    bool loadCsv(const QByteArray &csv, const QString &name);

Q_SIGNALS:
    void imported(int created, int updated);

private:
    void chooseFile();
    void rebuildMapping();
    void runImport();

    CustomerImport *m_import = nullptr;
    QLabel *m_file = nullptr;
    QFormLayout *m_mapping = nullptr;
    QTableView *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace Casebook
