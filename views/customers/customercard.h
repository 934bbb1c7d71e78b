// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customers/customer.h"

#include <QWidget>

class QCheckBox;
class QCompleter;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStringListModel;

namespace Casebook {

class CustomerCardModel;
class CustomerHistoryModel;
class CustomerNotesModel;

/**
 * The customer card: who this is, whether their licence is valid, what the team noted, and
 * what they went through with us (R09, R35). Identity, licence with a coloured state mark,
 * tier and SLA, the premium support profile (R41), success owner and tags (R14) on top; the
 * team's internal notes next (R38: marked as internal, never copied into anything for the
 * customer); then the lifecycle line and history. Panels other features own (the access
 * vault) are added below with addPanel().
 *
 * A view of a CustomerCardModel, which reads, follows and changes the card; several cards
 * may show one model. Works from a 320 px side panel beside a ticket to the wide Customers
 * section.
 */
class CustomerCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCard)

public:
    explicit CustomerCard(CustomerCardModel &model, QWidget *parent = nullptr);
    ~CustomerCard() override;

    [[nodiscard]] CustomerCardModel &model() const { return m_model; }
    /// Asks the model for this customer's card (an invalid id shows an empty card).
    void setCustomer(CustomerId customer);
    [[nodiscard]] CustomerId customer() const;
    /// The customer as last read (version included, for merges).
    [[nodiscard]] const Customer &customerData() const;

    /// Adds a titled section below the history; the card owns `panel` from now on.
    void addPanel(QWidget *panel, const QString &title);

    [[nodiscard]] CustomerNotesModel *notesModel() const { return m_notes; }
    [[nodiscard]] CustomerHistoryModel *historyModel() const { return m_history; }

    /// R38: the text "Copy for a reply" puts on the clipboard: identity and licence, no notes.
    [[nodiscard]] QString customerFacingText() const;

Q_SIGNALS:
    void ticketActivated(Casebook::TicketId ticket);
    /// The card shows another customer (or the same one read afresh).
    void customerShown(Casebook::CustomerId customer);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Gives the summary the height it needs (at most half the card) until the person drags.
    void fitSummary();
    QWidget *createSummary();
    QWidget *createNotes();
    QWidget *createHistory();
    /// Another customer (or the same one again): editors and toggles start afresh.
    void showCustomer(Casebook::CustomerId customer);
    void showIdentity();
    void showProfile(const SupportProfile &profile);
    void showTags();
    void showLifecycle();
    void updateNoteActions();
    void submitNote();
    void togglePin();
    void startCorrection();
    void cancelCorrection();
    void addTagFromEdit();
    void removeTag(const QString &tag);
    void showError(const QString &text);

    CustomerCardModel &m_model;
    CustomerNotesModel *m_notes = nullptr;
    CustomerHistoryModel *m_history = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_summary = nullptr;
    bool m_splitterMoved = false;

    QLabel *m_name = nullptr;
    QLabel *m_company = nullptr;
    QLabel *m_emails = nullptr;
    QLabel *m_licenceMark = nullptr;
    QLabel *m_licenceState = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_owner = nullptr;
    QGroupBox *m_profileBox = nullptr;
    QFormLayout *m_profileForm = nullptr;
    QLabel *m_tags = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QCompleter *m_tagCompleter = nullptr;
    QStringListModel *m_tagNames = nullptr;
    QLabel *m_error = nullptr;

    QListView *m_noteList = nullptr;
    QCheckBox *m_showSuperseded = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_correcting = nullptr;
    QPushButton *m_addNote = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_cancelCorrection = nullptr;
    NoteId m_correctionOf;

    QLabel *m_lifecycle = nullptr;
    QListView *m_historyList = nullptr;
};

} // namespace Casebook
