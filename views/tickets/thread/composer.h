// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/result.h"
#include "models/tickets/ticket.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QToolButton;

namespace Casebook {

class AttachmentChips;
class CannedReplyPicker;
class DraftPacer;
class OpenTicket;
class RecipientsLine;
class SendGuardBar;
struct DraftExtras;

/**
 * Where an agent writes: a reply to the customer or an internal note, each with its own
 * draft that is saved as it is typed (after a pause, and during continuous typing at least
 * every DraftPacer::longestWaitMs) and comes back after a restart. Canned replies come from a picker or their shortcut;
 * the R20 helper turns the internal estimate into the customer's. Send goes through the send guard: when someone else
 * wrote meanwhile, the new messages are shown and the agent decides. On an email ticket the reply shows its To and an
 * editable Cc line; replies and notes carry files (Attach or drag and drop), each shown as a chip until it is sent. A
 * view of the open ticket, which keeps the drafts, sends and fills the replies in.
 */
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    explicit Composer(OpenTicket &ticket, QWidget *parent = nullptr);
    ~Composer() override;

    [[nodiscard]] Mode mode() const;
    void setMode(Mode mode);
    [[nodiscard]] QString text(Mode mode) const;
    /// Inserts at the cursor of the current mode's editor.
    void insertText(const QString &text);
    /// Reply mode, with the canned reply `key` filled in; an error is shown and returned.
    Status insertCannedReply(const QString &key, const QString &language = {});
    void openCannedReplyPicker();
    /// Asks for a file (through Prompts) and attaches it to what the current mode writes.
    void attachFile();
    /// Attaches the file at `path` to what the current mode writes; an error is shown and returned.
    Status attach(const QString &path);
    /// Shows a problem under the editor until the next action.
    void showMessage(const QString &text, bool isError);
    /// Saves pending drafts now instead of after the pause.
    void flushDrafts();

Q_SIGNALS:
    void sent(Casebook::MessageId message);
    /// The agent chose to read what arrived; `first` is the oldest new message.
    void reviewRequested(Casebook::MessageId first);
    /// A keystroke in the reply to the customer (presence shows who is typing).
    void replyTyped();

private:
    struct Editor
    {
        QPlainTextEdit *edit = nullptr;
        DraftPacer *pacer = nullptr;
        AttachmentChips *files = nullptr; ///< what goes with it
    };

    void buildLayout();
    /// The open ticket changed: its drafts come back.
    void showTicket();
    /// An email ticket's To and Cc above the reply, from the ticket.
    void showRecipients();
    /// Writing is for tickets that are open and not closed.
    void updateEnabled();
    Editor &editor(Mode mode) { return m_editors.at(std::size_t(mode)); }
    const Editor &editor(Mode mode) const { return m_editors.at(std::size_t(mode)); }
    void saveDraft(Mode mode);
    /// The Cc line (a reply's, when edited) and files of what `mode` writes, as its draft keeps them.
    [[nodiscard]] DraftExtras extrasOf(Mode mode) const;
    /// What a sent reply does to the ticket in the same step, as agents expect of a send button.
    struct AfterSend
    {
        enum class Then { Nothing, Pending, Solve } then = Then::Nothing;
        Resolution resolution = Resolution::CustomerConfirmed;
    };
    void send(bool anyway, AfterSend after);
    void review();
    void updateEstimate();
    void updateModeUi();
    /// R06: in the last half hour of the shift, the continuation reply is offered.
    void updateEndOfDay();

    OpenTicket &m_ticket;
    std::array<Editor, 2> m_editors;
    QTabBar *m_modeTabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_noteBanner = nullptr;
    SendGuardBar *m_guard = nullptr;
    RecipientsLine *m_recipients = nullptr;
    QToolButton *m_attach = nullptr;
    QToolButton *m_canned = nullptr;
    QLineEdit *m_estimate = nullptr;
    QLabel *m_estimateOffer = nullptr;
    QToolButton *m_insertEstimate = nullptr;
    QLabel *m_endOfDay = nullptr;
    QToolButton *m_insertEndOfDay = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_draftState = nullptr;
    QPushButton *m_send = nullptr;
    QToolButton *m_sendAnd = nullptr; ///< "Send and Set Pending", "Send and Solve"
    AfterSend m_heldAfter; ///< what a reply held by the send guard does when it goes anyway
    CannedReplyPicker *m_picker = nullptr;
};

} // namespace Casebook
