// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentchips.h"

#include "models/mail/replymail.h"
#include "models/tickets/thread/replysender.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

AttachmentChips::AttachmentChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    hide();
}

AttachmentChips::~AttachmentChips() = default;

Result<AttachmentChips::Chip> AttachmentChips::read(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        //: %1 is a file name
        return Error{Error::Kind::NotFound, tr("%1 is no longer there.").arg(name), {}};
    if (info.size() > ReplyMail::maxAttachmentBytes)
        return Error{Error::Kind::Invalid, ReplySender::tooLarge(name), {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 file name, %2 why it could not be read
        return Error{Error::Kind::Io, tr("%1 could not be read: %2").arg(name, file.errorString()), {}};
    }
    QByteArray data = file.readAll();
    // The size seen before reading may be stale (a file still growing): the bytes decide.
    if (data.size() > ReplyMail::maxAttachmentBytes)
        return Error{Error::Kind::Invalid, ReplySender::tooLarge(name), {}};
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    const qint64 size = data.size();
    return Chip{{name, type, std::move(data)}, {info.absoluteFilePath(), name, size}, {}};
}

Status AttachmentChips::addFile(const QString &path)
{
    auto chip = read(path);
    if (!chip)
        return chip.error();
    m_chips.append(std::move(*chip));
    rebuild();
    Q_EMIT changed();
    return Done{};
}

void AttachmentChips::removeAt(int index)
{
    if (index < 0 || index >= m_chips.size())
        return;
    m_chips.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

QList<MailAttachment> AttachmentChips::files() const
{
    QList<MailAttachment> present;
    for (const Chip &chip : m_chips) {
        if (chip.gone.isEmpty())
            present.append(chip.file);
    }
    return present;
}

QList<DraftFile> AttachmentChips::draftFiles() const
{
    QList<DraftFile> kept;
    for (const Chip &chip : m_chips)
        kept.append(chip.source);
    return kept;
}

QList<DraftFile> AttachmentChips::missing() const
{
    QList<DraftFile> gone;
    for (const Chip &chip : m_chips) {
        if (!chip.gone.isEmpty())
            gone.append(chip.source);
    }
    return gone;
}

void AttachmentChips::restore(const QList<DraftFile> &files)
{
    m_chips.clear();
    for (const DraftFile &source : files) {
        auto chip = read(source.path);
        if (chip)
            m_chips.append(std::move(*chip));
        else
            m_chips.append(Chip{{source.fileName, {}, {}}, source, chip.error().message});
    }
    rebuild();
}

void AttachmentChips::clear()
{
    m_chips.clear();
    rebuild();
}

void AttachmentChips::acceptDropsOn(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool AttachmentChips::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            break;
        // Files are attached, never pasted into the text as their paths.
        for (const QString &path : paths) {
            if (const Status added = addFile(path); !added)
                Q_EMIT problem(added.error().message);
        }
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentChips::rebuild()
{
    while (m_layout->count() > 1) {
        std::unique_ptr<QLayoutItem> item(m_layout->takeAt(0));
        // Later: the chip's own remove button may be what asked for this.
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater();
        }
    }
    for (int i = 0; i < m_chips.size(); ++i) {
        const Chip &entry = m_chips.at(i);
        const MailAttachment &file = entry.file;
        auto *chip = new QFrame(this);
        chip->setObjectName(u"composer.attachment"_s);
        chip->setFrameShape(QFrame::StyledPanel);
        auto *label = new QLabel(chip);
        if (entry.gone.isEmpty()) {
            //: an attached file's chip: %1 file name, %2 size such as "18 KB"
            label->setText(tr("%1 (%2)").arg(file.fileName, QLocale().formattedDataSize(file.data.size())));
            label->setToolTip(file.mimeType);
        } else {
            // A draft's file that is gone is not sent; the chip says so until it is removed.
            label->setObjectName(u"composer.attachment.gone"_s);
            //: a draft's attached file that can no longer be read: %1 file name
            label->setText(tr("%1 (gone)").arg(entry.source.fileName));
            label->setToolTip(entry.gone + u"\n"_s + QDir::toNativeSeparators(entry.source.path));
        }
        auto *remove = new QToolButton(chip);
        remove->setObjectName(u"composer.attachment.remove"_s);
        remove->setAutoRaise(true);
        remove->setIcon(QIcon::fromTheme(u"edit-delete-remove"_s, QIcon::fromTheme(u"list-remove"_s)));
        if (remove->icon().isNull())
            remove->setText(u"\u00d7"_s);
        //: %1 is a file name
        remove->setToolTip(tr("Remove %1").arg(file.fileName));
        remove->setAccessibleName(remove->toolTip());
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(6, 0, 0, 0);
        row->setSpacing(2);
        row->addWidget(label);
        row->addWidget(remove);
        m_layout->insertWidget(i, chip);
    }
    setVisible(!m_chips.isEmpty());
}

} // namespace Casebook
