// SPDX-License-Identifier: GPL-3.0-or-later
// CustomerCard's notes pane: the list, the editor and the pin and correct actions (R09, R38).
#include "customercard.h"

#include "cardlabels.h"
#include "models/common/itemroles.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customernotesmodel.h"
#include "notedelegate.h"
#include "placeholderlistview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

QWidget *CustomerCard::createNotes()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    header->addWidget(cardSectionTitle(tr("Notes"), pane));
    //: Next to the notes' title: who can read them (R38)
    auto *internal = new QLabel(tr("internal, team only"), pane);
    internal->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(internal);
    header->addStretch(1);
    m_showSuperseded = new QCheckBox(pane);
    m_showSuperseded->setObjectName(u"card.showSuperseded"_s);
    header->addWidget(m_showSuperseded);
    layout->addLayout(header);

    auto *noteList = new PlaceholderListView(pane);
    noteList->setPlaceholderText(tr("No notes yet. Write down what the team should know about this customer."));
    m_noteList = noteList;
    m_noteList->setObjectName(u"card.notes"_s);
    m_noteList->setAccessibleName(tr("Notes"));
    m_noteList->setModel(m_notes);
    m_noteList->setItemDelegate(new NoteDelegate(m_noteList));
    m_noteList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noteList->setResizeMode(QListView::Adjust);
    // A thousand notes lay out in steps; the first screenful paints at once.
    m_noteList->setLayoutMode(QListView::Batched);
    m_noteList->setBatchSize(50);
    m_noteList->setDragEnabled(false); // R38: notes do not travel
    m_noteList->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_noteList, 1);

    m_correcting = cardLabel(pane, u"card.correcting"_s, false);
    m_correcting->setForegroundRole(QPalette::PlaceholderText);
    m_correcting->hide();
    layout->addWidget(m_correcting);
    m_noteEdit = new QPlainTextEdit(pane);
    m_noteEdit->setObjectName(u"card.noteEdit"_s);
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setAccessibleDescription(tr("A private note about this customer, seen by the team only"));
    m_noteEdit->setPlaceholderText(tr("Write a note for the team…"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 12);
    layout->addWidget(m_noteEdit);

    auto *buttons = new QHBoxLayout;
    m_addNote = new QPushButton(tr("Add Note"), pane);
    m_addNote->setObjectName(u"card.addNote"_s);
    m_pin = new QPushButton(tr("Pin"), pane);
    m_pin->setObjectName(u"card.pinNote"_s);
    //: Writes a new note that replaces (supersedes) the selected one
    m_correct = new QPushButton(tr("Correct…"), pane);
    m_correct->setObjectName(u"card.correctNote"_s);
    m_cancelCorrection = new QPushButton(tr("Cancel"), pane);
    m_cancelCorrection->setObjectName(u"card.cancelCorrection"_s);
    m_cancelCorrection->hide();
    buttons->addWidget(m_pin);
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelCorrection);
    buttons->addWidget(m_addNote);
    layout->addLayout(buttons);

    connect(m_addNote, &QPushButton::clicked, this, &CustomerCard::submitNote);
    connect(m_pin, &QPushButton::clicked, this, &CustomerCard::togglePin);
    connect(m_correct, &QPushButton::clicked, this, &CustomerCard::startCorrection);
    connect(m_cancelCorrection, &QPushButton::clicked, this, &CustomerCard::cancelCorrection);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CustomerCard::updateNoteActions);
    connect(m_noteList->selectionModel(), &QItemSelectionModel::currentChanged, this, &CustomerCard::updateNoteActions);
    connect(m_notes, &QAbstractItemModel::dataChanged, this, &CustomerCard::updateNoteActions);
    connect(m_notes, &CustomerNotesModel::supersededCountChanged, this, [this](int count) {
        //: Shows notes that later notes corrected; %n is how many
        m_showSuperseded->setText(tr("Show %n corrected", nullptr, count));
        m_showSuperseded->setVisible(count > 0);
    });
    connect(m_showSuperseded, &QCheckBox::toggled, m_notes, &CustomerNotesModel::setShowSuperseded);
    return pane;
}

void CustomerCard::updateNoteActions()
{
    const QModelIndex current = m_noteList->currentIndex();
    const bool hasCustomer = customer().isValid();
    const bool hasNote = current.isValid() && hasCustomer;
    const bool superseded = hasNote && current.data(SupersededRole).toBool();
    m_pin->setEnabled(hasNote && !superseded && !m_correctionOf.isValid());
    m_pin->setText(hasNote && current.data(PinnedRole).toBool() ? tr("Unpin") : tr("Pin"));
    m_correct->setEnabled(hasNote && !superseded && !m_correctionOf.isValid());
    m_addNote->setEnabled(hasCustomer && !m_noteEdit->toPlainText().trimmed().isEmpty());
}

void CustomerCard::submitNote()
{
    const auto added = m_model.addNote(m_noteEdit->toPlainText(), m_correctionOf);
    if (!added) {
        showError(added.error().message); // the text stays in the editor: nothing typed is lost
        return;
    }
    m_error->hide();
    m_noteEdit->clear();
    cancelCorrection();
    const QModelIndex index = m_notes->indexOf(*added);
    m_noteList->setCurrentIndex(index);
    m_noteList->scrollTo(index);
}

void CustomerCard::togglePin()
{
    const CustomerNote note = m_notes->noteAt(m_noteList->currentIndex());
    if (!note.id.isValid())
        return;
    const auto pinned = m_model.setPinned(note.id, !note.pinned);
    if (!pinned) {
        showError(pinned.error().message);
        return;
    }
    m_error->hide();
    m_noteList->scrollTo(m_noteList->currentIndex());
    updateNoteActions();
}

void CustomerCard::startCorrection()
{
    const CustomerNote note = m_notes->noteAt(m_noteList->currentIndex());
    if (!note.id.isValid() || note.supersededBy.isValid())
        return;
    m_correctionOf = note.id;
    m_noteEdit->setPlainText(note.body);
    //: Shown above the editor while a note is being corrected
    m_correcting->setText(tr("Correcting the note of %1. The old note stays, marked as corrected.")
                              .arg(NoteDelegate::headerText(m_noteList->currentIndex())));
    m_correcting->show();
    m_cancelCorrection->show();
    m_addNote->setText(tr("Save Correction"));
    m_noteEdit->setFocus();
    updateNoteActions();
}

void CustomerCard::cancelCorrection()
{
    if (!m_correctionOf.isValid())
        return;
    m_correctionOf = {};
    m_noteEdit->clear();
    m_correcting->hide();
    m_cancelCorrection->hide();
    m_addNote->setText(tr("Add Note"));
    updateNoteActions();
}

} // namespace Casebook
