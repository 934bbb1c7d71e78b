// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agents/agent.h"
#include "models/mail/replymail.h"
#include "models/replies/cannedreply.h"
#include "models/replies/estimate.h"
#include "models/shifts/roster.h"
#include "models/storage/result.h"
#include "models/tickets/assignment/ticketassignment.h"
#include "models/tickets/thread/replysender.h"
#include "models/tickets/thread/ticketdrafts.h"
#include "models/tickets/triage/tickettriage.h"
#include "ticketstate.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Casebook {

class CustomerCardModel;
class ProposalPicker;
class Session;
class TagListModel;
class ThreadModel;
class TicketTasksModel;
class VaultSession;
struct Change;

/**
 * The ticket an agent has open, as one model that every panel beside it views: the header,
 * the thread, the composer, triage and assignment (Kate's document with its many views).
 *
 * open() loads the ticket once, in a fixed number of statements (the row with its names and
 * flags, tags, links, the newest page of the thread, the side tasks, the two drafts). The
 * model listens to the ChangeFeed once: a change of this ticket, made here or on another
 * desktop, reloads the state once, hands the thread and the tasks what concerns them, and
 * says which part changed (overviewChanged(), triageChanged(), assignmentChanged(),
 * customerChanged()), so every panel follows through this one path.
 *
 * It performs the panels' actions against the version it shows. Each returns its error as
 * a value: a conflict names who was first, and the state is read again so the panels show
 * what is true now. One OpenTicket serves one ticket view and must outlive its views.
 */
class OpenTicket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenTicket)

public:
    /// `vault` (may be null) lets the customer's card show their accesses.
    explicit OpenTicket(Session &session, VaultSession *vault = nullptr, QObject *parent = nullptr);
    ~OpenTicket() override;

    [[nodiscard]] Session &session() const { return m_session; }

    /// Loads this ticket; an invalid id (or one that cannot be read) leaves none open.
    Status open(TicketId ticket);
    [[nodiscard]] TicketId id() const { return m_state.overview.ticket.id; }
    [[nodiscard]] bool isOpen() const { return id().isValid(); }
    /// Why the last open() did not fully succeed (the ticket, its thread or the drafts could
    /// not be read); empty when it did.
    [[nodiscard]] QString loadError() const { return m_loadError; }
    /// Why setting up the canned replies failed; empty when it did not.
    [[nodiscard]] QString setupError() const { return m_setupError; }

    /// @name The ticket and its header
    [[nodiscard]] const TicketOverview &overview() const { return m_state.overview; }
    [[nodiscard]] const Ticket &ticket() const { return m_state.overview.ticket; }
    [[nodiscard]] CustomerId customer() const { return ticket().customer; }
    /// R09, R35: the card of the ticket's customer, following the ticket as it changes hands.
    [[nodiscard]] CustomerCardModel *customerCard() const { return m_customerCard; }
    [[nodiscard]] ThreadModel *thread() const { return m_thread; }

    /// @name Triage (R10, R12, R13, R14)
    [[nodiscard]] const QStringList &tags() const { return m_state.tags; }
    [[nodiscard]] std::optional<qint64> reactionDueAt() const { return m_state.reactionDueAt; }
    /// What complexity offers next, less a proposal tag the ticket carries already.
    [[nodiscard]] QList<NextStep> nextSteps() const;
    /// The team's tags for autocompletion.
    [[nodiscard]] TagListModel *tagList() const { return m_tagList; }
    /// R13: "Add to proposals" for this ticket: search the board, +1 or create, quote the customer.
    [[nodiscard]] ProposalPicker *proposals() const { return m_proposals; }
    /// R40: the team's security words the subject and the customer's messages shown mention,
    /// so the header can offer to mark the request private; empty when none or private already.
    [[nodiscard]] QStringList securityWordsFound() const;

    /// @name Assignment (R24, R33, R37, R45)
    /// R45: handed or escalated to the agent at this desk, who has not taken it over yet.
    [[nodiscard]] bool isHandedToMe() const;
    [[nodiscard]] bool isLongHeld() const { return m_state.longHeld; }
    /// R24: the team's number of business days after which a held ticket is flagged.
    [[nodiscard]] int longHeldDays() const { return m_longHeldDays; }
    [[nodiscard]] TicketTasksModel *tasks() const { return m_tasks; }
    [[nodiscard]] const QList<TicketRelation> &links() const { return m_state.links; }
    /// Who may take the ticket over: everyone active but the holder; leads only to escalate.
    Result<QList<Agent>> handOffCandidates(bool escalate) const;

    /// @name The composer
    /// The agent's draft of a reply (MessageKind::Agent) or a note (MessageKind::Note).
    [[nodiscard]] const Draft &draft(MessageKind kind) const { return m_drafts.draft(kind); }
    /// Stores what is typed; true when a draft is stored now, false when there is none.
    Result<bool> saveDraft(MessageKind kind, const QString &body);
    /// The draft's Cc line and files, and storing them (empty extras drop them).
    [[nodiscard]] const DraftExtras &draftExtras(MessageKind kind) const { return m_drafts.extras(kind); }
    Status saveDraftExtras(MessageKind kind, const DraftExtras &extras);
    /// The author read up to `seen`: the send guard lets what came before it pass.
    void markSeen(MessageKind kind, MessageId seen);
    /// Sends a reply or note with the send guard and R38; a held send keeps the draft.
    /// `cc` (a reply's on an email ticket) and `files` are stored with the message.
    Result<ReplySender::Outcome> send(MessageKind kind, const QString &body, ReplySender::Guard guard,
                                      const QStringList &cc = {}, const QList<MailAttachment> &files = {});
    /// The To and default Cc of a reply when the ticket came by email; nothing otherwise.
    Result<std::optional<ReplyRecipients>> replyRecipients() const;
    /// R38: a message of the thread quoted for a reply; notes are refused.
    Result<QString> quote(MessageId message) const;
    /// The language replies to this customer are written in.
    [[nodiscard]] QString replyLanguage() const;
    Result<QList<CannedReply>> cannedReplies() const;
    /// `key` in `language` (the reply language when empty), else in English.
    Result<CannedReply> cannedReply(const QString &key, const QString &language = {}) const;
    /// `reply` filled in for this ticket, this agent and (R20) the internal estimate.
    Result<QString> fillReply(const CannedReply &reply, std::optional<Estimate> estimate) const;
    /// R06: the end of the agent's shift when it is in its last half hour (the end-of-shift
    /// rule's minutes): no new dialogues then. Nothing otherwise.
    [[nodiscard]] std::optional<qint64> shiftEndsSoon() const;
    /// R06, R16: the canned reply telling the customer the work continues at the team's next
    /// working time ("tomorrow after 09:00", Monday on a Friday).
    [[nodiscard]] static QString continuationReplyKey() { return QStringLiteral("end-of-day"); }

    /// @name Actions, each version-checked against the ticket shown
    Status solve(Resolution resolution); ///< R36
    /// How long after a solve this desk can take it back in one click.
    static constexpr qint64 undoSolveWindowMs = 30'000;
    /// True while the ticket is still solved by this desk's last solve, within the window.
    [[nodiscard]] bool canUndoSolve() const;
    /// Puts the ticket back where it was before this desk solved it (open or pending).
    Status undoSolve();
    /// Open (work goes on) or pending (waiting for the customer); solving says how: solve().
    Status setStatus(TicketStatus status);
    Status take(); ///< R33, R45
    /// R45: returns the canned reply that tells the customer who continues.
    Result<QString> handOff(AgentId to, const QString &reason);
    Result<QString> escalate(AgentId lead, const QString &reason); ///< R23
    Status setComplexity(Complexity complexity); ///< R10, R12
    Status setSeverity(Severity severity); ///< R28
    Status setRequestKind(RequestKind kind); ///< R31
    Status setChannel(Channel channel); ///< R39
    Status addTag(const QString &tag); ///< R14
    Status removeTag(const QString &tag);
    Status addTask(const QString &title); ///< R37
    Status merge(TicketId survivor);
    /// R40: a security report is seen only by leads and its assignee, and never leaves for a customer.
    Status setPrivate(bool isPrivate);
    Status link(TicketId other);
    /// R43: puts the ticket on the clipboard as a message for the team's chat.
    Result<QString> copyInternalMessage();
    /// R44: puts the ticket's link on the clipboard and returns it.
    QString copyLink();

Q_SIGNALS:
    /// open() is about to replace the ticket: views store what they hold for the one shown.
    void aboutToOpen();
    /// open() finished; everything is new (the id is invalid when none is open).
    void opened(Casebook::TicketId ticket);
    /// The ticket row or the names in the header changed.
    void overviewChanged();
    /// Complexity, severity, kind, channel, status, tags or the reaction clock changed.
    void triageChanged();
    /// The holder, the hand-off, the long-held flag, the status or the links changed.
    void assignmentChanged();
    /// The ticket shown belongs to another customer now (an invalid id: none).
    void customerChanged(Casebook::CustomerId customer);

private:
    void onChanged(const QList<Casebook::Change> &changes);
    /// Reads the state again and says what changed; the id stays.
    void reload();
    void apply(TicketState fresh);
    [[nodiscard]] qint64 longHeldThreshold() const;
    void readLongHeldDays();
    /// R06: the roster around today and the end-of-shift rule's minutes, read ahead of any
    /// open() (which costs a fixed number of statements) and again when they change.
    void readShiftRoster() const;
    void readReplyLanguages();
    void readSecurityWords();
    /// Points the customer card at the ticket's customer when that changed.
    void followCustomer();
    /// Nothing to act on: the error every action gives without an open ticket.
    [[nodiscard]] std::optional<Error> notOpen() const;
    /// A failed action may have met a newer ticket: the panels show the truth again.
    template<typename T>
    Result<T> settled(Result<T> result);
    /// A hand-off or an escalation (R23, R45): the canned reply that tells the customer.
    using GiveFn = Result<TicketAssignment::HandOff> (TicketAssignment::*)(TicketId, AgentId, const QString &, qint64,
                                                                           AgentId);
    Result<QString> give(GiveFn give, AgentId to, const QString &reason);
    /// One of TicketTriage's changes, against the version shown.
    template<typename Value>
    Status changeTriage(Result<qint64> (TicketTriage::*change)(TicketId, Value, qint64, AgentId), Value value);

    Session &m_session;
    TicketState m_state;
    TicketDrafts m_drafts;
    ThreadModel *m_thread = nullptr;
    TicketTasksModel *m_tasks = nullptr;
    TagListModel *m_tagList = nullptr;
    CustomerCardModel *m_customerCard = nullptr;
    ProposalPicker *m_proposals = nullptr;
    CustomerId m_shownCustomer;
    int m_longHeldDays = 0;
    mutable std::optional<Roster> m_shiftRoster;
    mutable QDate m_shiftRosterDay; ///< the UTC date it was read for
    mutable int m_endSoonMinutes = 30;
    QStringList m_replyLanguages;
    QStringList m_securityWords;
    QString m_setupError;
    QString m_loadError;
    /// This desk's last solve, for undoSolve(): the ticket, its status before and when.
    struct SolvedHere
    {
        TicketId ticket;
        TicketStatus before = TicketStatus::Open;
        qint64 atMs = 0;
    };
    std::optional<SolvedHere> m_solvedHere;
};

} // namespace Casebook
