// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/listsync.h"
#include "models/storage/ids.h"
#include "models/storage/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Casebook {

class Database;

/// A file that came with a customer's mail: what the thread lists, without its bytes.
struct Attachment
{
    qint64 id = 0;
    MessageId message;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    qint64 receivedAt = 0; ///< UTC ms of the message it came with

    /// A program, script or launcher (by its declared type or by its name, whichever says
    /// so): Casebook saves such a file but never opens it, as mail clients refuse to.
    [[nodiscard]] bool isRunnable() const;
    /// The name to write it under: no folders, no control characters, never empty.
    [[nodiscard]] QString safeFileName() const;
};

/// The mail_attachments rows of a ticket, and their bytes on demand.
class AttachmentStore final
{
public:
    explicit AttachmentStore(Database &database);

    Result<QList<Attachment>> forTicket(TicketId ticket) const;
    Result<QByteArray> data(qint64 attachment) const;
    /// Writes the bytes under `folder` (made if missing) with the attachment's safe name and
    /// returns the path; a second copy of the same attachment replaces the first.
    Result<QString> writeCopy(const Attachment &attachment, const QString &folder) const;

private:
    Database &m_database;
};

/**
 * The attachments of the ticket shown, oldest first, for the bar under its thread. Follows
 * the ticket with setTicket() and reads again on reload() (the view calls it when the
 * thread grows).
 */
class AttachmentsModel final : public SyncedListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsModel)

public:
    explicit AttachmentsModel(Database &database, QObject *parent = nullptr);
    ~AttachmentsModel() override;

    Status setTicket(TicketId ticket);
    Status reload();
    [[nodiscard]] TicketId ticket() const { return m_ticket; }
    [[nodiscard]] Attachment attachmentAt(const QModelIndex &index) const;
    /// The files `message` brought, in order.
    [[nodiscard]] QList<Attachment> ofMessage(MessageId message) const;
    /// The attachment with this id among the ticket's; nullopt when it is not one of them.
    [[nodiscard]] std::optional<Attachment> byId(qint64 id) const;
    [[nodiscard]] AttachmentStore store() const { return AttachmentStore(m_database); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
    TicketId m_ticket;
    QList<Attachment> m_rows;
};

} // namespace Casebook
