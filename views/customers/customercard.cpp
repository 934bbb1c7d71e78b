// SPDX-License-Identifier: GPL-3.0-or-later
#include "customercard.h"

#include "cardlabels.h"
#include "detaildelegate.h"
#include "licencebadge.h"
#include "models/common/dates.h"
#include "models/customers/customercardmodel.h"
#include "models/customers/customerhistorymodel.h"
#include "models/customers/customernotesmodel.h"
#include "notedelegate.h"
#include "placeholderlistview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

QString duration(int minutes)
{
    if (minutes % 60 == 0)
        //: A response time in hours
        return CustomerCard::tr("%n h", nullptr, minutes / 60);
    //: A response time in minutes
    return CustomerCard::tr("%n min", nullptr, minutes);
}

QString date(qint64 ms)
{
    return Dates::day(ms);
}

} // namespace

CustomerCard::CustomerCard(CustomerCardModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_notes(model.notes())
    , m_history(model.history())
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"customerCard"_s);
    m_splitter->setObjectName(u"card.splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createSummary());
    m_splitter->addWidget(createNotes());
    m_splitter->addWidget(createHistory());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(&m_model, &CustomerCardModel::customerIdChanged, this, &CustomerCard::showCustomer);
    connect(&m_model, &CustomerCardModel::customerChanged, this, &CustomerCard::showIdentity);
    connect(&m_model, &CustomerCardModel::lifecycleChanged, this, &CustomerCard::showLifecycle);
    // R14: the team's own list, so "billing" is not also written "Billing" and "invoices".
    connect(&m_model, &CustomerCardModel::tagNamesChanged, this,
            [this] { m_tagNames->setStringList(m_model.tagNames()); });
    connect(&m_model, &CustomerCardModel::loadFailed, this, &CustomerCard::showError);
    // A model shared with another view may show a customer already.
    m_tagNames->setStringList(m_model.tagNames());
    showCustomer(m_model.customer());
    showIdentity();
    showLifecycle();
}

void CustomerCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSummary();
}

void CustomerCard::fitSummary()
{
    if (m_splitterMoved || height() <= 0)
        return;
    const int width = std::max(100, m_splitter->width() - 20);
    const int wanted =
        (m_summary->hasHeightForWidth() ? m_summary->heightForWidth(width) : m_summary->sizeHint().height()) + 4;
    const int total = m_splitter->height() - m_splitter->handleWidth() * (m_splitter->count() - 1);
    const int summary = std::min(wanted, total / 2);
    const int rest = total - summary;
    QList<int> sizes{summary, rest * 3 / 5, rest - rest * 3 / 5};
    for (int i = 3; i < m_splitter->count(); ++i) {
        // Added panels share the history's part.
        sizes[2] /= 2;
        sizes.append(sizes[2]);
    }
    m_splitter->setSizes(sizes);
}

CustomerCard::~CustomerCard() = default;

QWidget *CustomerCard::createSummary()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(4);

    m_name = cardLabel(content, u"card.name"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_company = cardLabel(content, u"card.company"_s);
    m_emails = cardLabel(content, u"card.emails"_s);
    auto *copy = new QToolButton(content);
    copy->setObjectName(u"card.copy"_s);
    copy->setAutoRaise(true);
    copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    //: Copies name, company, addresses and licence (never the notes) for pasting into a reply
    copy->setText(tr("Copy for a Reply"));
    copy->setToolTip(tr("Copies name, company, addresses and licence for a reply. Internal notes are never copied."));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(customerFacingText()); });
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(nameRow);
    layout->addWidget(m_company);
    layout->addWidget(m_emails);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(3);
    m_licenceMark = new QLabel(content);
    m_licenceMark->setObjectName(u"card.licenceMark"_s);
    m_licenceState = cardLabel(content, u"card.licenceState"_s);
    QFont stateFont = m_licenceState->font();
    stateFont.setBold(true);
    m_licenceState->setFont(stateFont);
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_licenceMark);
    stateRow->addWidget(m_licenceState, 1);
    m_licence = cardLabel(content, u"card.licence"_s);
    auto *licenceBox = new QVBoxLayout;
    licenceBox->setSpacing(1);
    licenceBox->addLayout(stateRow);
    licenceBox->addWidget(m_licence);
    form->addRow(tr("Licence:"), licenceBox);
    m_tier = cardLabel(content, u"card.tier"_s);
    form->addRow(tr("Tier:"), m_tier);
    m_owner = cardLabel(content, u"card.owner"_s);
    //: The customer success manager (CSM) who owns this customer
    form->addRow(tr("Success owner:"), m_owner);

    m_tags = cardLabel(content, u"card.tags"_s, false);
    m_tags->setTextFormat(Qt::RichText);
    m_tags->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"remove:"_s))
            removeTag(link.mid(7));
    });
    m_tagEdit = new QLineEdit(content);
    m_tagEdit->setObjectName(u"card.tagEdit"_s);
    m_tagEdit->setPlaceholderText(tr("Add a tag…"));
    m_tagEdit->setClearButtonEnabled(true);
    m_tagNames = new QStringListModel(this);
    m_tagCompleter = new QCompleter(m_tagNames, this);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setObjectName(u"card.tagCompleter"_s);
    m_tagEdit->setCompleter(m_tagCompleter);
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &CustomerCard::addTagFromEdit);
    auto *tagBox = new QVBoxLayout;
    tagBox->setSpacing(2);
    tagBox->addWidget(m_tags);
    tagBox->addWidget(m_tagEdit);
    form->addRow(tr("Tags:"), tagBox);
    layout->addLayout(form);

    //: The premium support profile (R41): what the team must know before answering
    m_profileBox = new QGroupBox(tr("Premium Support Profile"), content);
    m_profileBox->setObjectName(u"card.profile"_s);
    m_profileForm = new QFormLayout(m_profileBox);
    m_profileForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_profileForm->setVerticalSpacing(3);
    layout->addWidget(m_profileBox);

    m_error = cardLabel(content, u"card.error"_s);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_summary = content;
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"card.summary"_s);
    scroll->setAccessibleName(tr("Customer summary"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *CustomerCard::createHistory()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(cardSectionTitle(tr("History"), pane));
    m_lifecycle = cardLabel(pane, u"card.lifecycle"_s);
    layout->addWidget(m_lifecycle);
    auto *historyList = new PlaceholderListView(pane);
    historyList->setPlaceholderText(tr("No tickets, bug reports or proposals yet."));
    m_historyList = historyList;
    m_historyList->setObjectName(u"card.history"_s);
    m_historyList->setAccessibleName(tr("Recent tickets"));
    m_historyList->setModel(m_history);
    m_historyList->setItemDelegate(new DetailDelegate(DetailDelegate::Layout::DetailRight, false, m_historyList));
    m_historyList->setUniformItemSizes(true);
    m_historyList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_historyList, &QListView::activated, this, [this](const QModelIndex &index) {
        const CustomerHistoryItem item = m_history->itemAt(index);
        if (item.kind == CustomerHistoryItem::Kind::Ticket)
            Q_EMIT ticketActivated(TicketId(item.id));
    });
    layout->addWidget(m_historyList, 1);
    return pane;
}

void CustomerCard::addPanel(QWidget *panel, const QString &title)
{
    auto *pane = new QWidget;
    pane->setObjectName(u"card.panel."_s + panel->objectName());
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(cardSectionTitle(title, pane));
    layout->addWidget(panel, 1);
    // Squeezed by the splitter, a panel scrolls instead of clipping its wrapped texts.
    auto *scroll = new QScrollArea;
    scroll->setWidget(pane);
    scroll->setAccessibleName(title);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 2);
}

void CustomerCard::setCustomer(CustomerId customer)
{
    (void)m_model.setCustomer(customer); // read errors come back through loadFailed
}

CustomerId CustomerCard::customer() const
{
    return m_model.customer();
}

const Customer &CustomerCard::customerData() const
{
    return m_model.customerData();
}

void CustomerCard::showCustomer(CustomerId customer)
{
    cancelCorrection();
    m_error->hide();
    // The model shows a new customer's corrected notes hidden again.
    m_showSuperseded->setChecked(m_notes->showsSuperseded());
    m_showSuperseded->setVisible(m_notes->supersededCount() > 0);
    m_showSuperseded->setText(tr("Show %n corrected", nullptr, m_notes->supersededCount()));
    m_noteEdit->setEnabled(customer.isValid());
    m_tagEdit->setEnabled(customer.isValid());
    updateNoteActions();
    // Queued: rows just added to the profile form are shown by the layout a moment later,
    // and only visible rows count in the height the summary asks for.
    QMetaObject::invokeMethod(this, &CustomerCard::fitSummary, Qt::QueuedConnection);
    Q_EMIT customerShown(customer);
}

void CustomerCard::showIdentity()
{
    const Customer &c = m_model.customerData();
    if (!c.id.isValid()) {
        m_name->setText(tr("No customer selected"));
        for (QLabel *label : {m_company, m_emails, m_licenceState, m_licence, m_tier, m_owner, m_tags, m_lifecycle})
            label->clear();
        m_licenceMark->clear();
        m_profileBox->hide();
        return;
    }
    m_name->setText(c.displayName);
    QStringList company;
    if (!c.company.isEmpty())
        company.append(c.company);
    if (!c.accountRef.isEmpty())
        //: %1 is the customer's account reference
        company.append(tr("account %1").arg(c.accountRef));
    if (c.mergedInto.isValid())
        //: %1 is the number of the customer this record was merged into
        company.append(tr("merged into #%1").arg(c.mergedInto.value()));
    m_company->setText(company.join(u" · "_s));
    m_company->setVisible(!company.isEmpty());
    m_emails->setText(c.emails.join(u", "_s));
    m_emails->setVisible(!c.emails.isEmpty());

    const qint64 now = m_model.nowMs();
    const LicenceState state = licenceState(c, now);
    m_licenceMark->setPixmap(licenceIcon(state, palette(), 12).pixmap(12, 12));
    QString stateText = licenceStateText(state);
    if (c.licenceExpiresAt && state != LicenceState::None) {
        const qint64 days = (*c.licenceExpiresAt - now) / dayMs;
        stateText = state == LicenceState::Expired
            //: Licence state; %1 the end date
            ? tr("Expired on %1").arg(date(*c.licenceExpiresAt))
            //: Licence state; %1 the state ("Valid", "Expiring soon"), %2 the end date, %n days left
            : tr("%1 until %2 (%n day(s) left)", nullptr, int(days))
                  .arg(licenceStateText(state), date(*c.licenceExpiresAt));
    }
    m_licenceState->setText(stateText);
    QPalette statePalette = m_licenceState->palette();
    statePalette.setColor(QPalette::WindowText,
                          state == LicenceState::None ? palette().color(QPalette::WindowText)
                                                      : licenceColour(state, palette()));
    m_licenceState->setPalette(statePalette);
    QStringList licence;
    if (!c.licencePlan.isEmpty())
        licence.append(c.licencePlan);
    if (c.licenceSeats > 0)
        licence.append(tr("%n seat(s)", nullptr, c.licenceSeats));
    if (!c.licenceKey.isEmpty())
        licence.append(c.licenceKey);
    m_licence->setText(licence.join(u" · "_s));
    m_licence->setVisible(!licence.isEmpty());

    QString tier = customerTierText(c.tier);
    if (!c.sla.name.isEmpty()) {
        //: %1 tier, %2 SLA policy name, %3 and %4 response times such as "1 h"
        tier = tr("%1 · SLA %2: first reply within %3, next within %4")
                   .arg(tier, c.sla.name, duration(c.sla.firstResponseMinutes), duration(c.sla.nextResponseMinutes));
        if (c.sla.businessHours)
            tier += u' ' + tr("(business hours)");
    }
    m_tier->setText(tier);
    m_owner->setText(c.successOwnerName.isEmpty() ? tr("none") : c.successOwnerName);
    showProfile(SupportProfile::fromJson(c.supportProfile));
    showTags();
}

void CustomerCard::showProfile(const SupportProfile &profile)
{
    while (m_profileForm->rowCount() > 0)
        m_profileForm->removeRow(0);
    m_profileBox->setVisible(!profile.isEmpty() || m_model.customerData().tier == CustomerTier::Premium);
    const auto add = [this](const QString &label, const QString &text, const QString &name) {
        if (text.isEmpty())
            return;
        QLabel *value = cardLabel(m_profileBox, name);
        value->setText(text);
        m_profileForm->addRow(label, value);
    };
    if (profile.isEmpty()) {
        add(QString(), tr("No support profile yet."), u"card.profile.empty"_s);
        return;
    }
    add(tr("Preferred channel:"), profile.preferredChannel, u"card.profile.channel"_s);
    add(tr("Escalation:"), profile.escalationContacts.join(u", "_s), u"card.profile.escalation"_s);
    add(tr("Agreements:"), profile.agreements, u"card.profile.agreements"_s);
    //: R41: a customer with a bug hears from us at this pace
    add(tr("Updates:"), profile.updateCadence, u"card.profile.updates"_s);
    add(tr("Exceptions:"), profile.exceptions, u"card.profile.exceptions"_s);
    if (auto *exceptions = m_profileBox->findChild<QLabel *>(u"card.profile.exceptions"_s)) {
        // An exception is what an agent gets wrong when they skim: make it stand out.
        QFont font = exceptions->font();
        font.setBold(true);
        exceptions->setFont(font);
    }
}

void CustomerCard::showTags()
{
    QStringList chips;
    for (const QString &tag : m_model.customerData().tags)
        chips.append(u"%1&nbsp;<a href=\"remove:%2\" style=\"text-decoration:none\">×</a>"_s.arg(tag.toHtmlEscaped(),
                                                                                                 tag.toHtmlEscaped()));
    m_tags->setText(chips.isEmpty() ? tr("no tags") : chips.join(u" &nbsp; "_s));
}

void CustomerCard::showLifecycle()
{
    const auto &life = m_model.lifecycle();
    if (!life) {
        m_lifecycle->setText(m_model.lifecycleError());
        return;
    }
    const QString first = life->firstContactAt ? date(*life->firstContactAt) : tr("never");
    //: R35 lifecycle line; %1 date of first contact, then counts
    m_lifecycle->setText(tr("First contact %1 · ").arg(first)
                         + tr("%n ticket(s) this quarter · ", nullptr, life->ticketsThisQuarter)
                         + tr("%n open now", nullptr, life->openNow));
}

void CustomerCard::addTagFromEdit()
{
    const QString tag = m_tagEdit->text().trimmed();
    if (tag.isEmpty() || !customer().isValid())
        return;
    if (const auto added = m_model.addTag(tag); !added) {
        showError(added.error().message);
        return;
    }
    m_tagEdit->clear();
}

void CustomerCard::removeTag(const QString &tag)
{
    if (const auto removed = m_model.removeTag(tag); !removed)
        showError(removed.error().message);
}

void CustomerCard::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

QString CustomerCard::customerFacingText() const
{
    return m_model.customerFacingText();
}

} // namespace Casebook
