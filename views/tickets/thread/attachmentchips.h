// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/mailparser.h"
#include "models/storage/result.h"
#include "models/tickets/thread/draftextras.h"

#include <QWidget>

class QHBoxLayout;

namespace Casebook {

/**
 * The files an agent attached to the reply or note being written: a chip per file with its
 * name, size and a remove button. Files come from the composer's Attach button or are
 * dropped on the widgets given to acceptDropsOn(); a file larger than
 * ReplyMail::maxAttachmentBytes is refused with a word why. Hidden while empty. Each file
 * keeps the path it came from, so a draft can name it and restore() can read it again after
 * a restart; one no longer there keeps a chip that says so, and is not among files().
 */
class AttachmentChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChips)

public:
    explicit AttachmentChips(QWidget *parent = nullptr);
    ~AttachmentChips() override;

    /// Reads the file at `path` and adds its chip; an error says why it was not added.
    Status addFile(const QString &path);
    void removeAt(int index);
    /// The files to send: those that could be read.
    [[nodiscard]] QList<MailAttachment> files() const;
    /// Every chip as a draft keeps it, gone files included.
    [[nodiscard]] QList<DraftFile> draftFiles() const;
    /// The files of a draft that could not be read again (moved, deleted, grown too large).
    [[nodiscard]] QList<DraftFile> missing() const;
    /// A draft's files read again from their paths; one that cannot be read shows as gone.
    void restore(const QList<DraftFile> &files);
    void clear();
    /// Local files dropped on `widget` (an editor's viewport) are attached instead of pasted.
    void acceptDropsOn(QWidget *widget);

Q_SIGNALS:
    /// A dropped file could not be added: `text` says why.
    void problem(const QString &text);
    /// A file was added or removed by the agent (not by restore() or clear()).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chip
    {
        MailAttachment file;
        DraftFile source;
        QString gone; ///< why the draft's file could not be read again; empty when it was
    };
    /// Reads the file at `path` into a chip.
    static Result<Chip> read(const QString &path);
    void rebuild();

    QList<Chip> m_chips;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace Casebook
