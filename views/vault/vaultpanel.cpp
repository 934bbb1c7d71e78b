// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultpanel.h"

#include "models/vault/customeraccessesmodel.h"
#include "models/vault/secret.h"
#include "models/vault/vaultsession.h"
#include "models/vault/vaultstore.h"
#include "secretclipboard.h"
#include "vaultprompts.h"
#include "views/common/prompts.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {

// Argon2id takes about a second by design; the person sees that something is happening.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

// Runs a passphrase action (Argon2id inside) under the busy cursor; the passphrase is wiped
// whatever came of it.
template<typename Action>
Status withPassphrase(QString &passphrase, Action action)
{
    Status done = [&] {
        BusyCursor busy;
        return action(QStringView(passphrase));
    }();
    wipe(passphrase);
    return done;
}

// Takes the typed text out of the field, for wiping after use.
QString takeText(QLineEdit *field)
{
    QString text = field->text();
    field->clear();
    return text;
}

QLineEdit *passwordField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

VaultPanel::VaultPanel(CustomerAccessesModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_vault(model.vault())
    , m_clipboard(new SecretClipboard(this))
{
    setObjectName(u"vault.panel"_s);
    auto *layout = new QVBoxLayout(this);
    createHeader(layout);
    m_message = new QLabel(this);
    m_message->setObjectName(u"vault.message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    createStateBoxes(layout);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_list = scroll;
    auto *rows = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No accesses for this customer yet."), rows);
    m_empty->setObjectName(u"vault.empty"_s);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout->addWidget(m_empty);
    m_rowsLayout->addStretch();
    scroll->setWidget(rows);
    // The list takes the height when shown; otherwise the stretch keeps the state boxes at the top.
    layout->addWidget(scroll, 1000);
    layout->addStretch(1);

    connect(m_clipboard, &SecretClipboard::expired, this, [this](bool removed) {
        if (removed)
            showMessage(tr("The copied secret was cleared from the clipboard."), false);
    });
    connect(&m_vault, &VaultSession::stateChanged, this, &VaultPanel::updateState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &VaultPanel::syncRows);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &VaultPanel::syncRows);
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, &VaultPanel::syncRows);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &VaultPanel::syncRows);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, &VaultPanel::syncRows);
    // Another customer: no row, and no secret shown in one, survives.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        dropRows();
        syncRows();
    });
    connect(&m_model, &CustomerAccessesModel::customerChanged, this, [this] {
        showMessage(m_vault.message(), false);
        updateState();
    });
    connect(&m_model, &CustomerAccessesModel::loadFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    m_vault.start();
    syncRows();
    updateState();
}

VaultPanel::~VaultPanel() = default;

void VaultPanel::createHeader(QVBoxLayout *layout)
{
    m_add = new QToolButton(this);
    m_add->setObjectName(u"vault.add"_s);
    m_add->setText(tr("Add access"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_add, &QToolButton::clicked, this, &VaultPanel::addEntry);

    auto *menu = new QMenu(this);
    auto *sshKey = menu->addAction(tr("Team SSH key…"), this, &VaultPanel::editSshKey);
    sshKey->setObjectName(u"vault.sshKey"_s);
    menu->addSeparator();
    m_lockAction = menu->addAction(tr("Lock the vault"), this, [this] { m_vault.lock(); });
    m_lockAction->setObjectName(u"vault.lock"_s);
    m_forgetAction = menu->addAction(tr("Forget the key on this machine"), this, [this] {
        if (!Prompts::instance().confirm(this, tr("Forget the vault key"),
                                         tr("Remove the team key from this machine's keychain? The team passphrase "
                                            "will be asked again.")))
            return;
        if (auto done = m_vault.forgetOnThisMachine(); !done)
            showError(done.error());
    });
    m_forgetAction->setObjectName(u"vault.forget"_s);
    m_menu = new QToolButton(this);
    m_menu->setObjectName(u"vault.menu"_s);
    m_menu->setText(tr("Vault"));
    m_menu->setMenu(menu);
    m_menu->setPopupMode(QToolButton::InstantPopup);

    // No title of its own: the panel lives in a titled section of the customer card.
    auto *header = new QHBoxLayout;
    header->addStretch();
    header->addWidget(m_add);
    header->addWidget(m_menu);
    layout->addLayout(header);
}

void VaultPanel::createStateBoxes(QVBoxLayout *layout)
{
    m_checkingBox = new QWidget(this);
    auto *checking = new QHBoxLayout(m_checkingBox);
    checking->addWidget(new QLabel(tr("Looking for the team key in this machine's keychain…"), m_checkingBox), 1);
    auto *skip = new QPushButton(tr("Type the passphrase instead"), m_checkingBox);
    skip->setObjectName(u"vault.skipKeychain"_s);
    connect(skip, &QPushButton::clicked, &m_vault, &VaultSession::skipKeychain);
    checking->addWidget(skip);
    layout->addWidget(m_checkingBox);

    // The team passphrase is chosen once, in Settings > Vault or with the first access, never
    // on every card: the card says so in one line.
    m_notSetUp =
        new QLabel(tr("No team vault yet. Adding the first access sets it up (also in Settings > Vault)."), this);
    m_notSetUp->setObjectName(u"vault.notSetUp"_s);
    m_notSetUp->setWordWrap(true);
    m_notSetUp->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notSetUp);

    // Said plainly instead of an empty list or a permission error: who may give the key.
    m_notHolder = new QLabel(this);
    m_notHolder->setObjectName(u"vault.notHolder"_s);
    m_notHolder->setWordWrap(true);
    m_notHolder->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notHolder);

    m_unlockBox = new QWidget(this);
    auto *unlock = new QVBoxLayout(m_unlockBox);
    auto *locked =
        new QLabel(tr("The vault is locked. Type the team passphrase to reveal or copy secrets."), m_unlockBox);
    locked->setWordWrap(true);
    unlock->addWidget(locked);
    auto *unlockRow = new QHBoxLayout;
    m_unlockPassphrase = passwordField(u"vault.unlock.passphrase"_s, m_unlockBox);
    m_unlockPassphrase->setPlaceholderText(tr("Team passphrase"));
    auto *unlockButton = new QPushButton(tr("Unlock"), m_unlockBox);
    unlockButton->setObjectName(u"vault.unlock.button"_s);
    connect(unlockButton, &QPushButton::clicked, this, &VaultPanel::unlock);
    connect(m_unlockPassphrase, &QLineEdit::returnPressed, this, &VaultPanel::unlock);
    unlockRow->addWidget(m_unlockPassphrase, 1);
    unlockRow->addWidget(unlockButton);
    unlock->addLayout(unlockRow);
    m_unlockError = errorLabel(u"vault.unlock.error"_s, m_unlockBox);
    unlock->addWidget(m_unlockError);
    layout->addWidget(m_unlockBox);

    m_failedBox = new QWidget(this);
    auto *failed = new QHBoxLayout(m_failedBox);
    m_failedText = errorLabel(u"vault.failed"_s, m_failedBox);
    failed->addWidget(m_failedText, 1);
    auto *retry = new QPushButton(tr("Try again"), m_failedBox);
    retry->setObjectName(u"vault.retry"_s);
    connect(retry, &QPushButton::clicked, &m_vault, &VaultSession::start);
    failed->addWidget(retry);
    layout->addWidget(m_failedBox);
}

QString VaultPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void VaultPanel::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("error", isError);
    // Translucent tints read on light and dark palettes alike.
    m_message->setStyleSheet(isError
                                 ? u"QLabel { background: rgba(192, 57, 43, 40); border: 1px solid rgba(192, 57, 43, "
                                   "160); border-radius: 3px; padding: 4px; }"_s
                                 : u"QLabel { background: rgba(41, 128, 185, 30); border: 1px solid rgba(41, 128, "
                                   "185, 120); border-radius: 3px; padding: 4px; }"_s);
}

void VaultPanel::showError(const Error &error)
{
    showMessage(error.message, true);
}

void VaultPanel::updateState()
{
    using State = VaultSession::State;
    const State state = m_vault.state();
    m_checkingBox->setVisible(state == State::Checking);
    m_notSetUp->setVisible(state == State::NotSetUp);
    m_notHolder->setVisible(state == State::NotHolder);
    m_notHolder->setText(state == State::NotHolder ? m_vault.message() : QString());
    m_unlockBox->setVisible(state == State::Locked);
    m_failedBox->setVisible(state == State::Failed);
    setError(m_failedText, state == State::Failed ? m_vault.message() : QString());
    const bool hasCustomer = m_model.customer().isValid();
    m_list->setVisible((state == State::Locked || state == State::Unlocked) && hasCustomer);
    const bool unlocked = state == State::Unlocked;
    // Not set up yet: adding the first access is what sets the vault up.
    m_add->setEnabled((unlocked || state == State::NotSetUp) && hasCustomer);
    m_lockAction->setEnabled(unlocked);
    m_forgetAction->setEnabled(state == State::Locked || unlocked);
    for (const auto &[id, row] : m_rows)
        row->setUnlocked(unlocked);
    // Those two say their message in their own box.
    if (state == State::NotHolder)
        showMessage({}, false);
    else if (state != State::Failed)
        showMessage(m_vault.message(), false);
    if (unlocked)
        setError(m_unlockError, {});
}

void VaultPanel::setCustomer(CustomerId customer)
{
    if (customer != m_model.customer())
        (void)m_model.setCustomer(customer); // a failed read comes back through loadFailed
}

CustomerId VaultPanel::customer() const
{
    return m_model.customer();
}

VaultEntryRow *VaultPanel::rowOf(VaultEntryId id) const
{
    const auto found = m_rows.find(id.value());
    return found == m_rows.end() ? nullptr : found->second;
}

void VaultPanel::dropRows()
{
    for (const auto &[id, row] : m_rows)
        row->deleteLater();
    m_rows.clear();
}

void VaultPanel::syncRows()
{
    // Rows are kept across changes, so a secret shown in one row survives a teammate's edit
    // of another; only rows that are gone are removed.
    std::map<qint64, VaultEntryRow *> kept;
    const bool unlocked = m_vault.state() == VaultSession::State::Unlocked;
    for (int i = 0; i < m_model.rowCount(); ++i) {
        const VaultEntry entry = m_model.entryAt(m_model.index(i));
        VaultEntryRow *row = rowOf(entry.id);
        if (row) {
            row->setEntry(entry);
            m_rows.erase(entry.id.value());
        } else {
            row = new VaultEntryRow(entry, m_rowsLayout->parentWidget());
            row->setUnlocked(unlocked);
            connect(row, &VaultEntryRow::secretRequested, this, &VaultPanel::useSecret);
            connect(row, &VaultEntryRow::copyDetailsRequested, this, &VaultPanel::copyDetails);
            connect(row, &VaultEntryRow::markCheckedRequested, this, &VaultPanel::markChecked);
            connect(row, &VaultEntryRow::editRequested, this, &VaultPanel::editEntry);
            connect(row, &VaultEntryRow::removeRequested, this, &VaultPanel::removeEntry);
        }
        kept.emplace(entry.id.value(), row);
        m_rowsLayout->removeWidget(row);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // in the model's order, above the stretch
    }
    dropRows();
    m_rows = std::move(kept);
    m_empty->setVisible(m_rows.empty());
}

void VaultPanel::unlock()
{
    QString passphrase = takeText(m_unlockPassphrase);
    if (passphrase.isEmpty())
        return;
    const Status done = withPassphrase(passphrase, [this](QStringView typed) { return m_vault.unlock(typed); });
    setError(m_unlockError, done ? QString() : done.error().message);
    if (!done)
        m_unlockPassphrase->setFocus();
}

void VaultPanel::addEntry()
{
    if (m_vault.state() == VaultSession::State::NotSetUp && !VaultPrompts::instance().setUpVault(this, m_vault))
        return;
    if (m_vault.state() != VaultSession::State::Unlocked)
        return;
    VaultEntry entry;
    entry.customer = m_model.customer();
    auto draft = VaultPrompts::instance().editEntry(this, entry, true);
    if (!draft)
        return;
    const Secret secret = Secret::fromText(draft->secret);
    wipe(draft->secret);
    if (auto added = m_model.add(draft->entry, secret); !added) {
        showError(added.error());
        return;
    }
    showMessage({}, false);
}

void VaultPanel::editEntry(VaultEntryId id)
{
    VaultEntryRow *row = rowOf(id);
    if (!row)
        return;
    // Taken before the dialog opens: a teammate's change meanwhile is a conflict, not lost.
    const VaultEntry before = row->entry();
    auto draft = VaultPrompts::instance().editEntry(this, before, false);
    if (!draft)
        return;
    std::optional<Secret> secret;
    if (!draft->secret.isEmpty())
        secret = Secret::fromText(draft->secret);
    wipe(draft->secret);
    if (auto updated = m_model.update(before, draft->entry, secret ? &*secret : nullptr); !updated)
        showError(updated.error());
}

void VaultPanel::removeEntry(VaultEntryId id)
{
    VaultEntryRow *row = rowOf(id);
    if (!row)
        return;
    const VaultEntry entry = row->entry();
    if (!Prompts::instance().confirm(
            this, tr("Remove access"),
            tr("Remove \"%1\" from the vault? Its secret is gone for the whole team.").arg(entry.label)))
        return;
    if (auto removed = m_model.remove(entry); !removed)
        showError(removed.error());
}

void VaultPanel::useSecret(VaultEntryId id, VaultEntryRow::SecretUse use)
{
    VaultEntryRow *row = rowOf(id);
    if (!row)
        return;
    auto secret = m_model.openSecret(id);
    if (!secret) {
        if (secret.error().kind == Error::Kind::Corrupt)
            row->showBroken();
        showMessage(tr("%1: %2").arg(row->entry().label, secret.error().message), true);
        return;
    }
    if (use == VaultEntryRow::SecretUse::Reveal) {
        row->showSecret(secret->toString(), m_revealTimeout);
        return;
    }
    m_clipboard->copy(*secret);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->clearInterval()).count();
    showMessage(tr("Copied. The clipboard is cleared in %n second(s).", nullptr, int(seconds)), false);
}

void VaultPanel::copyDetails(VaultEntryId id)
{
    if (VaultEntryRow *row = rowOf(id)) {
        QGuiApplication::clipboard()->setText(vaultEntrySummary(row->entry()));
        showMessage(tr("Details copied for an internal message, without the secret."), false);
    }
}

void VaultPanel::markChecked(VaultEntryId id)
{
    VaultEntryRow *row = rowOf(id);
    if (!row)
        return;
    if (auto checked = m_model.markChecked(row->entry()); !checked)
        showError(checked.error());
}

void VaultPanel::editSshKey()
{
    auto current = m_model.sshPublicKey();
    if (!current) {
        showError(current.error());
        return;
    }
    auto key = VaultPrompts::instance().sshPublicKey(this, *current);
    if (!key || *key == *current)
        return;
    if (auto saved = m_model.setSshPublicKey(*key); !saved)
        showError(saved.error());
    else
        showMessage(key->isEmpty() ? tr("The team SSH key was removed.") : tr("The team SSH key was saved."), false);
}

} // namespace Casebook
