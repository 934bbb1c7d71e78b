// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalssection.h"

#include "closeloopdialog.h"
#include "proposalboard.h"
#include "proposalpage.h"
#include "reviewdialog.h"
#include "views/common/clippedtext.h"

#include "models/agents/session.h"
#include "models/proposals/proposalboardmodel.h"
#include "models/proposals/proposalcolumnmodel.h"
#include "models/proposals/proposalcsv.h"
#include "models/proposals/proposaldetails.h"
#include "models/proposals/reviewsession.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

ProposalsSection::ProposalsSection(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProposalBoardModel(session, this))
    , m_details(new ProposalDetails(session, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    m_message = new QLabel(this);
    m_message->setObjectName(u"proposals.message"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_split = new QSplitter(Qt::Horizontal, this);
    // Seven columns fill a wide window; beside an open proposal the board scrolls sideways
    // (as boards do) rather than leave the page too narrow for its requests and tabs.
    auto *boardArea = new QScrollArea(m_split);
    boardArea->setObjectName(u"proposals.boardArea"_s);
    boardArea->setFrameShape(QFrame::NoFrame);
    boardArea->setProperty(ClippedText::ScrollsSideways, true);
    boardArea->setFocusPolicy(Qt::NoFocus); // the columns take the focus, one by one
    boardArea->setAccessibleName(tr("Proposal board"));
    boardArea->setWidgetResizable(true);
    boardArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls itself
    m_board = new ProposalBoard(*m_model, boardArea);
    boardArea->setWidget(m_board);
    m_page = new ProposalPage(*m_details, m_split);
    m_page->hide();
    m_split->addWidget(boardArea);
    m_split->addWidget(m_page);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    connect(m_board, &ProposalBoard::openRequested, this, &ProposalsSection::openProposal);
    connect(m_page, &ProposalPage::ticketOpenRequested, this, &ProposalsSection::ticketOpenRequested);
    connect(m_model, &ProposalBoardModel::errorOccurred, this, &ProposalsSection::showMessage);
    connect(m_model, &ProposalBoardModel::loopToClose, this, [this](ProposalId id) {
        if (isVisible())
            closeLoop(id);
    });
    if (const Status loaded = m_model->load(); !loaded)
        showMessage(loaded.error().message);
}

ProposalsSection::~ProposalsSection() = default;

QWidget *ProposalsSection::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(u"proposals.filter"_s);
    m_text->setAccessibleName(tr("Filter proposals"));
    m_text->setPlaceholderText(tr("Filter by title or tag"));
    m_text->setClearButtonEnabled(true);
    m_tag = new QLineEdit(bar);
    m_tag->setObjectName(u"proposals.tag"_s);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_customer = new QLineEdit(bar);
    m_customer->setObjectName(u"proposals.customer"_s);
    m_customer->setAccessibleName(tr("Filter by customer"));
    m_customer->setPlaceholderText(tr("Customer"));
    m_tier = new QComboBox(bar);
    m_tier->setObjectName(u"proposals.tier"_s);
    m_tier->addItem(tr("Every tier"));
    m_tier->addItem(tr("Asked by premium"));
    m_tier->addItem(tr("Asked by contract"));
    m_order = new QComboBox(bar);
    m_order->setObjectName(u"proposals.order"_s);
    m_order->addItem(tr("Most requested"));
    m_order->addItem(tr("Highest score"));
    m_order->addItem(tr("Most recent"));
    // The bar shares a line with seven buttons and names that are longer in Russian: the
    // choosers shrink to a few letters (their lists still show everything) before the board
    // is pushed out of the window.
    for (QComboBox *combo : {m_tier, m_order}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    for (QLineEdit *edit : {m_text, m_tag, m_customer})
        connect(edit, &QLineEdit::textChanged, this, &ProposalsSection::applyFilter);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &ProposalsSection::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (const ProposalStatus status : boardStatuses)
            m_board->column(status)->setOrder(ProposalColumnModel::Order(index));
    });

    const auto tool = [bar](const QString &name, const QString &text) {
        auto *button = new QToolButton(bar);
        button->setObjectName(name);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    QUndoStack *undo = m_model->undoStack();
    QAction *undoAction = undo->createUndoAction(bar, tr("Undo"));
    undoAction->setObjectName(u"proposals.undo"_s);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    QAction *redoAction = undo->createRedoAction(bar, tr("Redo"));
    redoAction->setObjectName(u"proposals.redo"_s);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redoAction);
    auto *undoButton = tool(u"proposals.undoButton"_s, tr("Undo"));
    undoButton->setDefaultAction(undoAction);
    auto *review = tool(u"proposals.reviewButton"_s, tr("Review…"));
    connect(review, &QToolButton::clicked, this, [this] { startReview(); });
    auto *exportButton = tool(u"proposals.export"_s, tr("Export CSV…"));
    connect(exportButton, &QToolButton::clicked, this, &ProposalsSection::chooseExport);
    auto *importButton = tool(u"proposals.import"_s, tr("Import Sheet…"));
    connect(importButton, &QToolButton::clicked, this, &ProposalsSection::chooseImport);
    auto *weights = tool(u"proposals.weights"_s, tr("Weights…"));
    weights->setToolTip(tr("How much a request of a premium or contract customer counts (set by a lead)"));
    weights->setEnabled(m_session.agent().role != AgentRole::Agent);
    connect(weights, &QToolButton::clicked, this, &ProposalsSection::editWeights);

    row->addWidget(m_text, 2);
    row->addWidget(m_tag, 1);
    row->addWidget(m_customer, 1);
    row->addWidget(m_tier);
    row->addWidget(m_order);
    row->addWidget(undoButton);
    row->addWidget(review);
    row->addWidget(exportButton);
    row->addWidget(importButton);
    row->addWidget(weights);
    return bar;
}

void ProposalsSection::applyFilter()
{
    ProposalBoardModel::Filter filter;
    filter.text = m_text->text().trimmed();
    filter.tag = m_tag->text().trimmed();
    filter.customer = m_customer->text().trimmed();
    filter.tier = ProposalBoardModel::Filter::Tier(m_tier->currentIndex());
    m_model->setFilter(filter);
}

void ProposalsSection::openProposal(ProposalId id)
{
    if (const Status loaded = m_details->load(id); !loaded) {
        showMessage(loaded.error().message);
        return;
    }
    if (m_page->isHidden()) {
        m_page->show();
        const int total = m_split->width() - m_split->handleWidth();
        const int page = std::max(m_page->sizeHint().width(), total * 2 / 5);
        m_split->setSizes({total - page, page});
    }
    m_board->selectProposal(id);
}

ReviewDialog *ProposalsSection::startReview()
{
    if (!m_review)
        m_review = new ReviewSession(m_session, this);
    if (const Status started = m_review->start(); !started) {
        showMessage(started.error().message);
        return nullptr;
    }
    auto *dialog = new ReviewDialog(*m_review, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CloseLoopDialog *ProposalsSection::closeLoop(ProposalId id)
{
    const ProposalSummary *card = m_model->summary(id);
    auto *dialog =
        new CloseLoopDialog(std::make_unique<CloseTheLoop>(m_session, id), card ? card->title : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->draftCount() == 0) {
        dialog->deleteLater();
        return nullptr;
    }
    dialog->open();
    return dialog;
}

Status ProposalsSection::exportTo(const QString &path)
{
    const auto csv = ProposalCsv::exportBoard(m_session.database(), m_model->weights());
    if (!csv)
        return csv.error();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv->toUtf8()) < 0)
        return Error{Error::Kind::Invalid, tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    return Done{};
}

Status ProposalsSection::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Invalid, tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    const auto imported = ProposalCsv::importSheet(m_session.database(), m_session.clock(),
                                                   QString::fromUtf8(file.readAll()), m_session.agentId());
    if (!imported)
        return imported.error();
    QString text = tr("Imported %n new proposal(s)", nullptr, imported->proposals) + u", "_s
        + tr("%n request(s).", nullptr, imported->requests);
    if (!imported->skipped.isEmpty())
        text += u' ' + imported->skipped.join(u' ');
    showMessage(text);
    return Done{};
}

void ProposalsSection::chooseExport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Proposals"), u"proposals.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = exportTo(path);
    showMessage(done ? tr("Exported to %1.").arg(path) : done.error().message);
}

void ProposalsSection::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a Proposal Sheet"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status done = importFrom(path); !done)
        showMessage(done.error().message);
}

void ProposalsSection::editWeights()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Proposal Weights"));
    auto *form = new QFormLayout(&dialog);
    const ProposalWeights current = m_model->weights();
    const auto spin = [&dialog](double value) {
        auto *box = new QDoubleSpinBox(&dialog);
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setValue(value);
        return box;
    };
    QDoubleSpinBox *standard = spin(current.standard);
    QDoubleSpinBox *contract = spin(current.contract);
    QDoubleSpinBox *premium = spin(current.premium);
    form->addRow(tr("Standard customer:"), standard);
    form->addRow(tr("Contract customer:"), contract);
    form->addRow(tr("Premium customer:"), premium);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status set = m_model->setWeights({standard->value(), contract->value(), premium->value()}); !set)
        showMessage(set.error().message);
}

void ProposalsSection::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Casebook
