// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultentrydialog.h"

#include "models/vault/secret.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

VaultEntryDialog::VaultEntryDialog(const VaultEntry &entry, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_isNew(isNew)
{
    setObjectName(u"vault.entryDialog"_s);
    setWindowTitle(isNew ? tr("Add access") : tr("Edit access"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    for (const auto &item : vaultEntryKindNames.items)
        m_kind->addItem(vaultEntryKindTitle(item.first), int(item.first));
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));

    m_label = new QLineEdit(entry.label, this);
    m_label->setObjectName(u"label"_s);
    m_label->setPlaceholderText(tr("For example: Shop admin"));
    m_url = new QLineEdit(entry.url, this);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(tr("https://example.com/wp-admin or host:port"));
    m_userName = new QLineEdit(entry.userName, this);
    m_userName->setObjectName(u"userName"_s);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(isNew ? tr("Password, token or private key")
                                       : tr("Leave empty to keep the stored secret"));
    m_notes = new QPlainTextEdit(entry.notes, this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Hints only (who owns 2FA, when to ask): never a password"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&URL or host:"), m_url);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("&Notes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &VaultEntryDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &VaultEntryDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButtons();
}

VaultEntryDialog::~VaultEntryDialog()
{
    QString typed = m_secret->text();
    m_secret->clear();
    wipe(typed);
}

void VaultEntryDialog::updateButtons()
{
    const bool complete = !m_label->text().trimmed().isEmpty() && (!m_isNew || !m_secret->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete);
}

VaultEntryDraft VaultEntryDialog::draft() const
{
    VaultEntryDraft draft;
    draft.entry = m_entry;
    draft.entry.kind = VaultEntryKind(m_kind->currentData().toInt());
    draft.entry.label = m_label->text().trimmed();
    draft.entry.url = m_url->text().trimmed();
    draft.entry.userName = m_userName->text().trimmed();
    draft.entry.notes = m_notes->toPlainText().trimmed();
    draft.secret = m_secret->text();
    return draft;
}

SshKeyDialog::SshKeyDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"vault.sshKeyDialog"_s);
    setWindowTitle(tr("Team SSH key"));
    auto *intro = new QLabel(tr("The public key the team hands to customers who ask for an agent's SSH key. "
                                "Paste one line from the .pub file; never the private key."),
                             this);
    intro->setWordWrap(true);
    m_key = new QPlainTextEdit(current, this);
    m_key->setObjectName(u"key"_s);
    m_key->setAccessibleName(tr("Public key"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(u"ssh-ed25519 AAAA... support@example.com"_s);
    m_key->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(buttons);
    resize(560, 220);
}

SshKeyDialog::~SshKeyDialog() = default;

QString SshKeyDialog::key() const
{
    return m_key->toPlainText().trimmed();
}

} // namespace Casebook
