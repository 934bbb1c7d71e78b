// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachments.h"

#include "models/common/dates.h"
#include "models/common/itemroles.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
// Types a desktop would run or install rather than show; a customer's mail never gets there.
const QStringList runnableTypes{
    u"application/x-executable"_s,
    u"application/x-sharedlib"_s,
    u"application/x-shellscript"_s,
    u"application/x-desktop"_s,
    u"application/x-ms-dos-executable"_s,
    u"application/x-msdownload"_s,
    u"application/x-msi"_s,
    u"application/vnd.microsoft.portable-executable"_s,
    u"application/x-bat"_s,
    u"application/x-perl"_s,
    u"text/x-python"_s,
    u"application/x-java-archive"_s,
    u"application/javascript"_s,
    u"application/x-ms-shortcut"_s,
    u"application/x-apple-diskimage"_s,
    u"application/vnd.debian.binary-package"_s,
    u"application/x-rpm"_s,
    u"application/x-powershell"_s,
    u"text/vbscript"_s,
    u"application/x-msdos-program"_s,
};

bool runnable(const QMimeType &type)
{
    if (!type.isValid())
        return false;
    for (const QString &candidate : runnableTypes) {
        if (type.inherits(candidate))
            return true;
    }
    return false;
}
} // namespace

bool Attachment::isRunnable() const
{
    const QMimeDatabase mimes;
    // Both: "invoice.pdf.exe" declared as application/pdf is still a program.
    return runnable(mimes.mimeTypeForName(mimeType))
        || runnable(mimes.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension))
        || fileName.endsWith(u".exe"_s, Qt::CaseInsensitive) || fileName.endsWith(u".scr"_s, Qt::CaseInsensitive)
        || fileName.endsWith(u".lnk"_s, Qt::CaseInsensitive) || fileName.endsWith(u".vbs"_s, Qt::CaseInsensitive);
}

QString Attachment::safeFileName() const
{
    QString name = fileName;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format)
            clean += c;
    }
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    if (clean.isEmpty())
        clean = u"attachment-%1"_s.arg(id);
    return clean.left(200);
}

AttachmentStore::AttachmentStore(Database &database)
    : m_database(database)
{
}

Result<QList<Attachment>> AttachmentStore::forTicket(TicketId ticket) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT a.id, a.message_id, a.file_name, a.mime_type, a.size, m.created_at FROM mail_attachments a "
              "JOIN messages m ON m.id = a.message_id WHERE m.ticket_id = ? ORDER BY m.created_at, a.id"_s);
    q.addBindValue(ticket.value());
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    QList<Attachment> rows;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), MessageId(q.value(1).toLongLong()), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return rows;
}

Result<QByteArray> AttachmentStore::data(qint64 attachment) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT data FROM mail_attachments WHERE id = ?"_s);
    q.addBindValue(attachment);
    if (!q.exec())
        return m_database.errorFrom(q.lastError());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("Casebook::AttachmentStore", "The attachment is gone."),
                     {}};
    return q.value(0).toByteArray();
}

Result<QString> AttachmentStore::writeCopy(const Attachment &attachment, const QString &folder) const
{
    const auto bytes = data(attachment.id);
    if (!bytes)
        return bytes.error();
    // One folder per attachment: two files of one name from different mails never collide.
    const QString dir = QDir(folder).filePath(QString::number(attachment.id));
    if (!QDir().mkpath(dir))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("Casebook::AttachmentStore", "Cannot make the folder %1.")
                         .arg(QDir::toNativeSeparators(dir)),
                     {}};
    QSaveFile file(QDir(dir).filePath(attachment.safeFileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("Casebook::AttachmentStore", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                     {}};
    return file.fileName();
}

AttachmentsModel::AttachmentsModel(Database &database, QObject *parent)
    : SyncedListModel(parent)
    , m_database(database)
{
}

AttachmentsModel::~AttachmentsModel() = default;

Status AttachmentsModel::setTicket(TicketId ticket)
{
    if (ticket == m_ticket)
        return reload();
    auto fresh = ticket.isValid() ? AttachmentStore(m_database).forTicket(ticket)
                                  : Result<QList<Attachment>>(QList<Attachment>{});
    beginResetModel();
    m_ticket = ticket;
    m_rows = fresh ? *fresh : QList<Attachment>{};
    endResetModel();
    if (!fresh)
        return fresh.error();
    return Done{};
}

Status AttachmentsModel::reload()
{
    if (!m_ticket.isValid())
        return Done{};
    const auto fresh = AttachmentStore(m_database).forTicket(m_ticket);
    if (!fresh)
        return fresh.error();
    syncRows(
        m_rows, *fresh, [](const Attachment &a) { return a.id; },
        [](const Attachment &a, const Attachment &b) { return a.fileName == b.fileName && a.size == b.size; });
    return Done{};
}

Attachment AttachmentsModel::attachmentAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows.at(index.row());
}

QList<Attachment> AttachmentsModel::ofMessage(MessageId message) const
{
    QList<Attachment> found;
    for (const Attachment &row : m_rows) {
        if (row.message == message)
            found.append(row);
    }
    return found;
}

std::optional<Attachment> AttachmentsModel::byId(qint64 id) const
{
    for (const Attachment &row : m_rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

int AttachmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: an attachment in the bar under the thread: %1 file name, %2 size such as "18 KB"
        return tr("%1 (%2)").arg(row.fileName.isEmpty() ? row.safeFileName() : row.fileName,
                                 QLocale().formattedDataSize(row.size));
    case DetailRole:
        return QLocale().formattedDataSize(row.size);
    case Qt::ToolTipRole: {
        //: %1 file name, %2 size, %3 type, %4 when the mail came
        QString tip =
            tr("%1\n%2, %3\nfrom the mail of %4")
                .arg(row.fileName, QLocale().formattedDataSize(row.size), row.mimeType, Dates::full(row.receivedAt));
        if (row.isRunnable())
            tip += u'\n' + tr("A program: Casebook saves it but does not open it.");
        return tip;
    }
    case Qt::DecorationRole: {
        const QMimeType type = QMimeDatabase().mimeTypeForName(row.mimeType);
        return QIcon::fromTheme(type.isValid() ? type.iconName() : QString(), QIcon::fromTheme(u"mail-attachment"_s));
    }
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

} // namespace Casebook
