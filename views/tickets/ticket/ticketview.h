// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/ids.h"
#include "models/tickets/ticket.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace Casebook {

class AttachmentBar;
class AttachmentsModel;
class Composer;
class EmptyState;
class OpenTicket;
class Presence;
class ThreadModel;
class ThreadView;
class TicketHeader;

/**
 * One ticket: its header (status with who acts next, assignee, due times, Solve), the thread,
 * and the composer for a reply or an internal note, all views of one OpenTicket. Panels from
 * other features (triage, the customer card) go in the column on the right through
 * addSidePanel().
 */
class TicketView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketView)

public:
    /// `ticket` must outlive the view.
    explicit TicketView(OpenTicket &ticket, QWidget *parent = nullptr);
    ~TicketView() override;

    /// Opens this ticket (an invalid id shows the empty state).
    void setTicket(TicketId ticket);
    [[nodiscard]] TicketId ticket() const;

    /// Adds a panel to the right-hand column, below those added before.
    void addSidePanel(QWidget *panel);
    /// Opens the composer in reply mode with the canned reply `cannedKey` inserted.
    void offerReply(const QString &cannedKey);
    /// Inserts text at the composer's cursor, in its current mode.
    void insertText(const QString &text);
    /// R38: quotes a customer message or reply into the reply; a note is refused.
    void quoteMessage(MessageId message);

    /// Shows who else has this ticket open or is typing a reply, and tells them about this
    /// desktop. `presence` (may be null) must outlive the view.
    void setPresence(Presence *presence);

    [[nodiscard]] ThreadModel *threadModel() const;
    [[nodiscard]] Composer *composer() const { return m_composer; }

Q_SIGNALS:
    void ticketShown(Casebook::TicketId ticket, Casebook::CustomerId customer);
    /// A link in the thread was followed (a merged ticket, a bug report, a proposal).
    void linkActivated(const QUrl &url);

private:
    void showTicket();
    void showPresence();

    OpenTicket &m_ticket;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    TicketHeader *m_header = nullptr;
    ThreadView *m_threadView = nullptr;
    AttachmentsModel *m_attachments = nullptr;
    AttachmentBar *m_attachmentBar = nullptr;
    Composer *m_composer = nullptr;
    QLabel *m_presence = nullptr;
    Presence *m_presenceModel = nullptr;
    QSplitter *m_columns = nullptr;
    QSplitter *m_threadSplit = nullptr;
    QWidget *m_side = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
};

} // namespace Casebook
