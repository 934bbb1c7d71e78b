// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/mailparser.h"
#include "models/storage/result.h"

#include <QWidget>

class QHBoxLayout;

namespace Casebook {

/**
 * The files an agent attached to the reply or note being written: a chip per file with its
 * name, size and a remove button. Files come from the composer's Attach button or are
 * dropped on the widgets given to acceptDropsOn(); a file larger than
 * ReplyMail::maxAttachmentBytes is refused with a word why. Hidden while empty.
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
    [[nodiscard]] const QList<MailAttachment> &files() const { return m_files; }
    void clear();
    /// Local files dropped on `widget` (an editor's viewport) are attached instead of pasted.
    void acceptDropsOn(QWidget *widget);

Q_SIGNALS:
    /// A dropped file could not be added: `text` says why.
    void problem(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    QList<MailAttachment> m_files;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace Casebook
