// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"

#include <QScrollArea>
#include <QUrl>

class QPushButton;
class QVBoxLayout;

namespace Casebook {

class AttachmentsModel;
class ThreadModel;

/**
 * A ticket's thread as a column of messages, oldest at the top: customer messages plain,
 * the team's replies tinted, internal notes in amber and marked "Internal note - team
 * only" (R38), ticket events and system messages as a quiet line (with a link to what an
 * event names). Text is selectable. Scrolling to the top (or the "Earlier messages" button)
 * asks the model for the page before. The cards follow the model's row signals, so a new
 * message appears without the others being rebuilt.
 */
class ThreadView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(ThreadModel &model, QWidget *parent = nullptr);
    ~ThreadView() override;

    /// Scrolls so that this message is in view.
    void scrollToMessage(MessageId message);
    void scrollToEnd();
    /// R36: while true, the newest solve in the thread carries an "Undo" link.
    void setUndoSolveOffered(bool offered);
    /// The customer's files: each message names those it brought, as links.
    void setAttachments(AttachmentsModel *attachments);

Q_SIGNALS:
    /// The agent asked to quote this message in the reply.
    void quoteRequested(Casebook::MessageId message);
    /// An event's link was followed: casebook://ticket/N, casebook://bug/N or casebook://proposal/N.
    void linkActivated(const QUrl &url);
    /// The agent followed the "Undo" link of their solve.
    void undoSolveRequested();
    /// The agent followed a file's link under a message (an id of mail_attachments).
    void attachmentRequested(qint64 attachment);

private:
    QWidget *makeCard(int row);
    void rebuild();
    void insertCards(int first, int last);
    void removeCards(int first, int last);
    void updateCards(int first, int last);
    void fetchEarlier();
    void updateEarlierButton();
    /// The row of the newest solve event, -1 when there is none.
    [[nodiscard]] int newestSolveRow() const;
    void refreshUndoRow();
    /// Writes the "Attached:" line of `card` from the attachments model (hidden when none).
    void showFiles(QWidget *card) const;

    ThreadModel &m_model;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPushButton *m_earlier = nullptr;
    QList<QWidget *> m_cards; ///< one per model row, in row order
    bool m_stickToEnd = true;
    bool m_undoSolveOffered = false;
    int m_undoRow = -1; ///< the solve row that carries the "Undo" link, -1 when none does
    AttachmentsModel *m_attachments = nullptr;
};

} // namespace Casebook
