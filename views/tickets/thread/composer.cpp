// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "attachmentchips.h"
#include "models/common/dates.h"
#include "models/drafts/draftpacer.h"
#include "models/storage/clock.h"
#include "models/tickets/ticket/openticket.h"
#include "models/tickets/triage/tickettriage.h"
#include "recipientsline.h"
#include "sendguardbar.h"
#include "views/common/prompts.h"
#include "views/replies/cannedrepliesdialog.h"
#include "views/replies/cannedreplypicker.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

QColor mix(const QColor &base, const QColor &accent, float amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

/// What a message written in `mode` is: a reply to the customer or an internal note.
MessageKind kindOf(Composer::Mode mode)
{
    return mode == Composer::Mode::Note ? MessageKind::Note : MessageKind::Agent;
}

} // namespace

Composer::Composer(OpenTicket &ticket, QWidget *parent)
    : QWidget(parent)
    , m_ticket(ticket)
    , m_modeTabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_noteBanner(new QLabel(this))
    , m_guard(new SendGuardBar(this))
    , m_recipients(new RecipientsLine(this))
    , m_attach(new QToolButton(this))
    , m_canned(new QToolButton(this))
    , m_estimate(new QLineEdit(this))
    , m_estimateOffer(new QLabel(this))
    , m_insertEstimate(new QToolButton(this))
    , m_endOfDay(new QLabel(this))
    , m_insertEndOfDay(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_draftState(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_picker(new CannedReplyPicker(this))
{
    setObjectName(u"composer"_s);
    for (const Mode mode : {Mode::Reply, Mode::Note}) {
        Editor &e = editor(mode);
        e.edit = new QPlainTextEdit(m_stack);
        e.edit->setObjectName(mode == Mode::Reply ? u"composer.reply"_s : u"composer.note"_s);
        e.edit->setAccessibleName(mode == Mode::Reply ? tr("Reply to the customer") : tr("Internal note"));
        e.edit->setTabChangesFocus(true);
        e.edit->setMinimumHeight(fontMetrics().height() * 4);
        e.pacer = new DraftPacer(this);
        connect(e.pacer, &DraftPacer::due, this, [this, mode] { saveDraft(mode); });
        connect(e.edit, &QPlainTextEdit::textChanged, this, [this, mode] {
            if (m_ticket.isOpen())
                editor(mode).pacer->changed();
            if (m_ticket.isOpen() && mode == Mode::Reply)
                Q_EMIT replyTyped();
        });
        m_stack->addWidget(e.edit);
        e.files = new AttachmentChips(this);
        e.files->setObjectName(mode == Mode::Reply ? u"composer.replyFiles"_s : u"composer.noteFiles"_s);
        e.files->acceptDropsOn(e.edit->viewport());
        connect(e.files, &AttachmentChips::problem, this, [this](const QString &text) { showMessage(text, true); });
        // The files go with the draft as its text does (saved after the same pause).
        connect(e.files, &AttachmentChips::changed, this, [this, mode] {
            if (m_ticket.isOpen())
                editor(mode).pacer->changed();
        });
    }
    editor(Mode::Reply).edit->setPlaceholderText(tr("Write a reply to the customer…"));
    editor(Mode::Note).edit->setPlaceholderText(tr("Write a note for the team; the customer never sees it…"));
    // R38: a note looks like a note while it is written, not only once it is in the thread.
    QPalette notePalette = editor(Mode::Note).edit->palette();
    notePalette.setColor(QPalette::Base, mix(notePalette.color(QPalette::Base), QColor(255, 200, 40), 0.16f));
    editor(Mode::Note).edit->setPalette(notePalette);
    buildLayout();

    connect(m_modeTabs, &QTabBar::currentChanged, this, [this] { updateModeUi(); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(false, {}); });
    connect(m_guard, &SendGuardBar::sendAnywayClicked, this, [this] { send(true, m_heldAfter); });
    connect(m_guard, &SendGuardBar::reviewClicked, this, &Composer::review);
    connect(m_canned, &QToolButton::clicked, this, &Composer::openCannedReplyPicker);
    connect(m_attach, &QToolButton::clicked, this, &Composer::attachFile);
    connect(m_recipients, &RecipientsLine::ccEdited, this, [this] {
        if (m_ticket.isOpen())
            editor(Mode::Reply).pacer->changed();
    });
    connect(m_picker, &CannedReplyPicker::replyChosen, this,
            [this](const QString &key, const QString &language) { (void)insertCannedReply(key, language); });
    connect(m_picker, &CannedReplyPicker::manageRequested, this, [this](const QString &key, const QString &language) {
        CannedRepliesDialog::showFor(m_ticket.session(), window(), key, language);
    });
    connect(m_estimate, &QLineEdit::textChanged, this, &Composer::updateEstimate);
    connect(m_insertEstimate, &QToolButton::clicked, this, [this] {
        if (const auto internal = Estimate::parse(m_estimate->text()))
            insertText(internal->forCustomer().toText(m_ticket.replyLanguage()));
    });
    connect(m_insertEndOfDay, &QToolButton::clicked, this,
            [this] { (void)insertCannedReply(OpenTicket::continuationReplyKey()); });
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, [this] { send(false, {}); });
    auto *pickerShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    pickerShortcut->setContext(Qt::WindowShortcut);
    connect(pickerShortcut, &QShortcut::activated, this, &Composer::openCannedReplyPicker);
    // Drafts are stored before the ticket they belong to goes.
    connect(&m_ticket, &OpenTicket::aboutToOpen, this, &Composer::flushDrafts);
    connect(&m_ticket, &OpenTicket::opened, this, &Composer::showTicket);
    connect(&m_ticket, &OpenTicket::overviewChanged, this, &Composer::updateEnabled);
    // A ticket that turns into an email ticket (or out of one) gets (or loses) its To and Cc;
    // otherwise a Cc being edited stays as typed.
    connect(&m_ticket, &OpenTicket::overviewChanged, this, [this] {
        if (m_recipients->hasRecipients() != (m_ticket.isOpen() && m_ticket.ticket().channel == Channel::Email))
            showRecipients();
    });
    updateEstimate();
    updateModeUi();
    showTicket();
}

Composer::~Composer()
{
    flushDrafts();
}

void Composer::buildLayout()
{
    m_modeTabs->setObjectName(u"composer.mode"_s);
    m_modeTabs->addTab(tr("Reply"));
    m_modeTabs->addTab(tr("Internal Note"));
    m_modeTabs->setDrawBase(false);
    m_modeTabs->setExpanding(false);

    m_noteBanner->setObjectName(u"composer.noteBanner"_s);
    m_noteBanner->setText(tr("Internal note - team only. The customer never sees it."));
    QFont small = m_noteBanner->font();
    small.setBold(true);
    m_noteBanner->setFont(small);

    m_canned->setObjectName(u"composer.canned"_s);
    m_canned->setText(tr("Canned Reply…"));
    m_canned->setToolTip(tr("Insert one of the team's ready answers (%1)")
                             .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_canned->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_attach->setObjectName(u"composer.attach"_s);
    m_attach->setText(tr("Attach File…"));
    m_attach->setIcon(QIcon::fromTheme(u"mail-attachment"_s));
    m_attach->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    //: %1 is the largest size a file may have, such as "25 MiB"
    m_attach->setToolTip(tr("Attach a file of at most %1; you can also drop files on the text")
                             .arg(QLocale().formattedDataSize(ReplyMail::maxAttachmentBytes, 0)));

    m_estimate->setObjectName(u"composer.estimate"_s);
    m_estimate->setAccessibleName(tr("Estimate"));
    m_estimate->setPlaceholderText(tr("Estimate"));
    m_estimate->setToolTip(tr("The team's own estimate, for example 2 h. Customers are told three times as much."));
    m_estimate->setClearButtonEnabled(true);
    // Room for the placeholder when there is room; beside a narrow thread it may shrink to a
    // few figures, which is all it ever holds.
    m_estimate->setMinimumWidth(fontMetrics().horizontalAdvance(u"00 h 00 min"_s) + 30);
    m_estimate->setMaximumWidth(fontMetrics().horizontalAdvance(m_estimate->placeholderText()) + 40);
    m_estimateOffer->setObjectName(u"composer.estimateOffer"_s);
    m_insertEstimate->setObjectName(u"composer.insertEstimate"_s);
    m_insertEstimate->setText(tr("Insert"));

    m_endOfDay->setObjectName(u"composer.endOfDay"_s);
    m_endOfDay->setWordWrap(true);
    m_insertEndOfDay->setObjectName(u"composer.insertEndOfDay"_s);
    m_insertEndOfDay->setText(tr("Insert Continuation Reply"));
    m_insertEndOfDay->setToolTip(tr("Tell the customer when the work continues: the team's next working time."));

    m_message->setObjectName(u"composer.message"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_draftState->setObjectName(u"composer.draftState"_s);
    m_draftState->setForegroundRole(QPalette::PlaceholderText);
    m_send->setObjectName(u"composer.send"_s);
    m_send->setDefault(true);
    m_send->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    // The reply and what it means for the ticket in one step: waiting for the customer, or done.
    m_sendAnd = new QToolButton(this);
    m_sendAnd->setObjectName(u"composer.sendAnd"_s);
    m_sendAnd->setText(tr("Send and…"));
    m_sendAnd->setToolTip(tr("Send the reply and set the ticket pending or solve it"));
    m_sendAnd->setPopupMode(QToolButton::InstantPopup);
    auto *sendAndMenu = new QMenu(m_sendAnd);
    const QKeySequence pendingKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    // The key is shown in the menu and handled by the shortcut below, in reply mode only.
    QAction *pending =
        sendAndMenu->addAction(tr("Send and Set Pending") + u'\t' + pendingKey.toString(QKeySequence::NativeText));
    pending->setObjectName(u"composer.sendAnd.pending"_s);
    connect(pending, &QAction::triggered, this, [this] { send(false, {AfterSend::Then::Pending}); });
    QMenu *solveMenu = sendAndMenu->addMenu(tr("Send and Solve"));
    for (const auto &[resolution, name] : resolutionNames.items) {
        QAction *solve = solveMenu->addAction(TicketTriage::resolutionText(resolution));
        solve->setObjectName(u"composer.sendAnd.solve."_s + QString::fromLatin1(name));
        connect(solve, &QAction::triggered, this,
                [this, resolution] { send(false, {AfterSend::Then::Solve, resolution}); });
    }
    m_sendAnd->setMenu(sendAndMenu);
    auto *pendingShortcut = new QShortcut(pendingKey, this);
    pendingShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pendingShortcut, &QShortcut::activated, this, [this] {
        if (mode() == Mode::Reply)
            send(false, {AfterSend::Then::Pending});
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_modeTabs);
    top->addSpacing(8);
    top->addWidget(m_noteBanner);
    top->addStretch(1);
    top->addWidget(m_draftState);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_canned);
    tools->addWidget(m_attach);
    tools->addSpacing(12);
    tools->addWidget(m_estimate);
    tools->addWidget(m_estimateOffer);
    tools->addWidget(m_insertEstimate);
    tools->addStretch(1);
    tools->addWidget(m_send);
    tools->addWidget(m_sendAnd);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_guard);
    auto *endOfDay = new QHBoxLayout;
    endOfDay->setContentsMargins(0, 0, 0, 0);
    endOfDay->addWidget(m_endOfDay, 1);
    endOfDay->addWidget(m_insertEndOfDay);
    layout->addLayout(endOfDay);
    layout->addWidget(m_recipients);
    layout->addWidget(m_stack, 1);
    for (const Mode mode : {Mode::Reply, Mode::Note})
        layout->addWidget(editor(mode).files);
    layout->addWidget(m_message);
    layout->addLayout(tools);
}

void Composer::showTicket()
{
    m_guard->hide();
    m_message->hide();
    m_draftState->clear();
    m_estimate->clear();
    for (const Mode mode : {Mode::Reply, Mode::Note}) {
        Editor &e = editor(mode);
        e.pacer->saved();
        const QSignalBlocker blocker(e.edit);
        e.edit->setPlainText(m_ticket.draft(kindOf(mode)).body);
        e.edit->moveCursor(QTextCursor::End);
        e.files->restore(m_ticket.draftExtras(kindOf(mode)).files);
    }
    showRecipients();
    if (const auto cc = m_ticket.draftExtras(MessageKind::Agent).cc)
        m_recipients->setEditedCc(*cc);
    // Back to where the agent was: a note half written stays in front.
    const bool noteOnly = text(Mode::Reply).isEmpty() && !text(Mode::Note).isEmpty();
    setMode(noteOnly ? Mode::Note : Mode::Reply);
    updateEnabled();
}

void Composer::updateEndOfDay()
{
    const auto end = mode() == Mode::Reply && m_ticket.isOpen() ? m_ticket.shiftEndsSoon() : std::nullopt;
    if (end) {
        //: %1 is the time the agent's shift ends, such as 18:00
        m_endOfDay->setText(
            tr("Your shift ends at %1: no new dialogues now. Tell the customer when the work continues.")
                .arg(Dates::time(QDateTime::fromMSecsSinceEpoch(*end).time())));
    }
    m_endOfDay->setVisible(end.has_value());
    m_insertEndOfDay->setVisible(end.has_value());
}

void Composer::updateEnabled()
{
    const TicketStatus status = m_ticket.ticket().status;
    const bool open = m_ticket.isOpen() && status != TicketStatus::Closed;
    setEnabled(open);
    if (m_ticket.isOpen() && !open)
        showMessage(
            tr("This ticket is closed, and closed is final. A new message from the customer opens a follow-up ticket."),
            false);
}

void Composer::saveDraft(Mode mode)
{
    Editor &e = editor(mode);
    e.pacer->saved();
    auto saved = m_ticket.saveDraft(kindOf(mode), e.edit->toPlainText());
    if (saved) {
        if (const Status kept = m_ticket.saveDraftExtras(kindOf(mode), extrasOf(mode)); !kept)
            saved = kept.error();
        else if (!extrasOf(mode).isEmpty())
            saved = true; // a Cc line or a file is a draft too
    }
    if (!saved) {
        m_draftState->setText(tr("Draft not saved"));
        m_draftState->setToolTip(saved.error().message);
        return;
    }
    m_draftState->setToolTip(QString());
    if (!saved.value()) {
        m_draftState->clear();
        return;
    }
    //: %1 is a time such as 14:32
    m_draftState->setText(tr("Draft saved %1").arg(Dates::time(Dates::clock().now().toLocalTime().time())));
}

DraftExtras Composer::extrasOf(Mode mode) const
{
    DraftExtras extras;
    if (mode == Mode::Reply)
        extras.cc = m_recipients->editedCc();
    extras.files = editor(mode).files->draftFiles();
    return extras;
}

void Composer::flushDrafts()
{
    for (const Mode mode : {Mode::Reply, Mode::Note}) {
        if (editor(mode).pacer->isPending())
            saveDraft(mode);
    }
}

Composer::Mode Composer::mode() const
{
    return m_modeTabs->currentIndex() == 1 ? Mode::Note : Mode::Reply;
}

void Composer::setMode(Mode mode)
{
    m_modeTabs->setCurrentIndex(mode == Mode::Note ? 1 : 0);
    updateModeUi();
}

void Composer::updateModeUi()
{
    const bool note = mode() == Mode::Note;
    m_stack->setCurrentIndex(note ? 1 : 0);
    m_noteBanner->setVisible(note);
    // Canned replies and the customer's estimate are for the customer: not in a note.
    m_canned->setVisible(!note);
    m_estimate->setVisible(!note);
    m_estimateOffer->setVisible(!note);
    m_insertEstimate->setVisible(!note);
    m_send->setText(note ? tr("Add Note") : tr("Send Reply"));
    m_sendAnd->setVisible(!note); // a note changes nothing for the customer
    m_recipients->setVisible(!note && m_recipients->hasRecipients());
    editor(Mode::Reply).files->setVisible(!note && !editor(Mode::Reply).files->files().isEmpty());
    editor(Mode::Note).files->setVisible(note && !editor(Mode::Note).files->files().isEmpty());
    m_guard->hide();
    updateEndOfDay();
}

QString Composer::text(Mode mode) const
{
    return editor(mode).edit->toPlainText();
}

void Composer::insertText(const QString &text)
{
    QPlainTextEdit *edit = editor(mode()).edit;
    edit->insertPlainText(text);
    edit->setFocus(Qt::OtherFocusReason);
}

void Composer::openCannedReplyPicker()
{
    if (!isEnabled())
        return;
    setMode(Mode::Reply);
    const auto replies = m_ticket.cannedReplies();
    if (!replies) {
        showMessage(replies.error().message, true);
        return;
    }
    m_picker->setReplies(replies.value(), m_ticket.replyLanguage());
    m_picker->popup(m_canned);
}

Status Composer::insertCannedReply(const QString &key, const QString &language)
{
    setMode(Mode::Reply);
    const auto reply = m_ticket.cannedReply(key, language);
    if (!reply) {
        showMessage(reply.error().message, true);
        return reply.error();
    }
    const auto text = m_ticket.fillReply(reply.value(), Estimate::parse(m_estimate->text()));
    if (!text) {
        //: %1 is a canned reply's title, %2 says what is wrong
        showMessage(tr("\"%1\" was not inserted: %2").arg(reply->title, text.error().message), true);
        return text.error();
    }
    m_message->hide();
    QPlainTextEdit *edit = editor(Mode::Reply).edit;
    if (!edit->toPlainText().trimmed().isEmpty() && !edit->textCursor().atBlockStart())
        edit->insertPlainText(u"\n"_s);
    insertText(text.value());
    return Done{};
}

void Composer::updateEstimate()
{
    const auto internal = Estimate::parse(m_estimate->text());
    m_insertEstimate->setEnabled(internal.has_value());
    if (m_estimate->text().trimmed().isEmpty()) {
        m_estimateOffer->setText(QString());
        return;
    }
    //: R20: %1 is three times the internal estimate, e.g. "6 hours"
    m_estimateOffer->setText(
        internal ? tr("Tell the customer: %1").arg(internal->forCustomer().toText(m_ticket.replyLanguage()))
                 : tr("Type a number of minutes, hours or days"));
}

void Composer::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(190, 30, 30) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void Composer::send(bool anyway, AfterSend after)
{
    const Mode current = mode();
    Editor &e = editor(current);
    if (!m_ticket.isOpen() || e.edit->toPlainText().trimmed().isEmpty())
        return;
    const bool reply = current == Mode::Reply;
    if (reply && !m_recipients->check())
        return; // the Cc line says what is wrong
    if (const QList<DraftFile> gone = e.files->missing(); !gone.isEmpty()) {
        // A draft's file that is gone is never dropped from the mail without a word.
        //: %1 is a file name
        showMessage(tr("%1 is no longer where it was attached from: attach it again, or remove it to send "
                       "without it.")
                        .arg(gone.constFirst().fileName),
                    true);
        return;
    }
    const auto outcome = m_ticket.send(kindOf(current), e.edit->toPlainText(),
                                       anyway ? ReplySender::Guard::SendAnyway : ReplySender::Guard::Check,
                                       reply ? m_recipients->cc() : QStringList(), e.files->files());
    if (!outcome) {
        showMessage(outcome.error().message, true);
        return;
    }
    e.pacer->saved();
    if (outcome->isHeld()) {
        // The text is kept by the send; its Cc and files are kept with it.
        (void)m_ticket.saveDraftExtras(kindOf(current), extrasOf(current));
        m_heldAfter = after;
        m_guard->showHeld(outcome->held);
        return;
    }
    m_guard->hide();
    m_message->hide();
    {
        const QSignalBlocker blocker(e.edit);
        e.edit->clear();
    }
    e.files->clear();
    if (reply)
        showRecipients(); // the next reply starts from the ticket's own Cc again
    m_draftState->setText(current == Mode::Note ? tr("Note added") : tr("Reply sent"));
    if (current == Mode::Reply && after.then != AfterSend::Then::Nothing) {
        const bool pending = after.then == AfterSend::Then::Pending;
        // The reply is out already: a status that could not change says so, and loses nothing.
        if (const Status changed =
                pending ? m_ticket.setStatus(TicketStatus::Pending) : m_ticket.solve(after.resolution);
            !changed)
            showMessage(
                tr("The reply was sent, but the ticket's status did not change: %1").arg(changed.error().message),
                true);
        else
            m_draftState->setText(pending ? tr("Reply sent; waiting for the customer")
                                          : tr("Reply sent; ticket solved"));
    }
    m_heldAfter = {};
    Q_EMIT sent(outcome->sent);
}

void Composer::showRecipients()
{
    std::optional<ReplyRecipients> shown;
    if (m_ticket.isOpen()) {
        if (const auto recipients = m_ticket.replyRecipients(); recipients)
            shown = *recipients;
        else
            showMessage(recipients.error().message, true);
    }
    m_recipients->setRecipients(shown);
    m_recipients->setVisible(mode() == Mode::Reply && m_recipients->hasRecipients());
}

void Composer::attachFile()
{
    if (!isEnabled())
        return;
    const QString path = Prompts::instance().openFileName(window(), tr("Attach File"), QString());
    if (!path.isEmpty())
        (void)attach(path);
}

Status Composer::attach(const QString &path)
{
    AttachmentChips *files = editor(mode()).files;
    const Status added = files->addFile(path);
    if (!added) {
        showMessage(added.error().message, true);
        return added;
    }
    m_message->hide();
    return Done{};
}

void Composer::review()
{
    const QList<AuthoredMessage> held = m_guard->held();
    m_guard->hide();
    const MessageKind kind = kindOf(mode());
    for (const Message &message : held)
        m_ticket.markSeen(kind, message.id);
    saveDraft(mode());
    if (!held.isEmpty())
        Q_EMIT reviewRequested(held.constFirst().id);
}

} // namespace Casebook
