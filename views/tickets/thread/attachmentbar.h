// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace Casebook {

class AttachmentsModel;
struct Attachment;

/**
 * The files the customer's mails brought, in one row under the thread (as KMail shows a
 * message's attachments): Enter or a double click opens one in the desktop's viewer from a
 * private copy, the menu saves it anywhere. A program is saved, never opened. Hidden while
 * the ticket has none.
 */
class AttachmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentBar)

public:
    explicit AttachmentBar(AttachmentsModel &model, QWidget *parent = nullptr);
    ~AttachmentBar() override;

    /// Opens the attachment in the desktop's viewer (a program is refused, with a word why).
    void open(const Attachment &attachment);
    /// Asks where, then writes it there.
    void saveAs(const Attachment &attachment);
    /// Where opened copies are written; tests point it at a temporary folder.
    void setCopyFolder(const QString &folder) { m_copyFolder = folder; }

private:
    void follow();
    void say(const QString &text);

    AttachmentsModel &m_model;
    QListView *m_list = nullptr;
    QLabel *m_problem = nullptr;
    QString m_copyFolder;
};

} // namespace Casebook
