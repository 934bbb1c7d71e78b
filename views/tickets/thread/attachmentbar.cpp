// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentbar.h"

#include "models/mail/attachments.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Casebook {

AttachmentBar::AttachmentBar(AttachmentsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_problem(new QLabel(this))
    , m_copyFolder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/attachments"_s)
{
    setObjectName(u"ticket.attachments"_s);
    auto *title = new QLabel(tr("Attachments:"), this);
    title->setBuddy(m_list);
    m_list->setObjectName(u"ticket.attachments.list"_s);
    m_list->setAccessibleName(tr("Attachments"));
    m_list->setModel(&model);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // One row of names with their icons, and room for a scroll bar when there are many.
    const int row = qMax(fontMetrics().height(), 16) + 10;
    m_list->setFixedHeight(row + m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_list->frameWidth());
    m_problem->setObjectName(u"ticket.attachments.problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_problem->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);

    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { open(m_model.attachmentAt(index)); });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_list->indexAt(at);
        if (!index.isValid())
            return;
        const Attachment attachment = m_model.attachmentAt(index);
        QMenu menu(this);
        QAction *openAction = menu.addAction(tr("&Open"), this, [this, attachment] { open(attachment); });
        openAction->setEnabled(!attachment.isRunnable());
        menu.addAction(tr("&Save As…"), this, [this, attachment] { saveAs(attachment); });
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(&model, &QAbstractItemModel::modelReset, this, &AttachmentBar::follow);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &AttachmentBar::follow);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &AttachmentBar::follow);
    follow();
}

AttachmentBar::~AttachmentBar() = default;

void AttachmentBar::follow()
{
    setVisible(m_model.rowCount() > 0);
    m_problem->hide();
}

void AttachmentBar::say(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AttachmentBar::open(const Attachment &attachment)
{
    if (attachment.isRunnable()) {
        //: %1 is the file name
        say(tr("%1 is a program: Casebook does not open programs from mail. Save it and check it first.")
                .arg(attachment.safeFileName()));
        return;
    }
    const auto copy = m_model.store().writeCopy(attachment, m_copyFolder);
    if (!copy)
        return say(copy.error().message);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*copy)))
        //: %1 is the file name
        return say(tr("No application here opens %1. Save it and open it yourself.").arg(attachment.safeFileName()));
    say({});
}

void AttachmentBar::saveAs(const Attachment &attachment)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Attachment"), QDir(folder).filePath(attachment.safeFileName()));
    if (path.isEmpty())
        return;
    const auto bytes = m_model.store().data(attachment.id);
    if (!bytes)
        return say(bytes.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        //: %1 is the path, %2 the system's reason
        return say(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    say({});
}

} // namespace Casebook
