// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/imports/importrecord.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Casebook {

class CsvPreviewModel;
class Importer;

/**
 * Brings a team's history in: a file and its kind (a Zendesk JSON export, a ticket CSV),
 * for CSV a preview of the first rows with the mapping editable column by column, then the
 * import on the importer's worker with a progress bar and Cancel, and the summary.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    /// Takes `importer` as a child; `nowMs` stamps what the import creates.
    ImportDialog(Importer *importer, qint64 nowMs, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads `path` as the chosen kind ("zendesk" or "csv"); what the Choose button does after its file dialog.
    bool loadFile(const QString &path);
    void setKind(const QString &kind);

Q_SIGNALS:
    void imported(const Casebook::ImportSummary &summary);

private:
    void chooseFile();
    void rebuildMapping();
    void start();
    void showStarted();
    /// mbox or eml: read whole by the mail intake, no preview.
    [[nodiscard]] bool isMailKind() const;
    void showProgress(qint64 position, qint64 total);
    void showSummary(const ImportSummary &summary);

    QPointer<Importer> m_importer;
    qint64 m_now = 0;
    CsvPreviewModel *m_preview = nullptr;
    QString m_path;
    QComboBox *m_kind = nullptr;
    QLabel *m_file = nullptr;
    QWidget *m_mappingBox = nullptr;
    QFormLayout *m_mapping = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Casebook
