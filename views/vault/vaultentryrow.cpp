// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultentryrow.h"

#include "models/common/dates.h"
#include "models/vault/secret.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

QString VaultEntryRow::maskText()
{
    return QString(10, QChar(0x2022));
}

VaultEntryRow::VaultEntryRow(const VaultEntry &entry, QWidget *parent)
    : QFrame(parent)
    , m_entry(entry)
{
    setObjectName(u"vault.entry.%1"_s.arg(entry.id.value()));
    setFrameShape(QFrame::StyledPanel);
    m_maskTimer.setSingleShot(true);
    connect(&m_maskTimer, &QTimer::timeout, this, &VaultEntryRow::mask);

    auto makeLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText); // customer-supplied text is never markup
        return label;
    };
    m_kind = makeLabel(u"kind"_s);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    m_label = makeLabel(u"label"_s);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_url = makeLabel(u"url"_s);
    m_userName = makeLabel(u"userName"_s);
    for (QLabel *selectable : {m_url, m_userName})
        selectable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The secret label is never selectable: a copy goes only through Copy, which clears it again.
    m_secret = makeLabel(u"secret"_s);
    m_secret->setTextInteractionFlags(Qt::NoTextInteraction);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_notes = makeLabel(u"notes"_s);
    m_notes->setWordWrap(true);
    m_checked = makeLabel(u"checked"_s);

    m_reveal = addButton(u"reveal"_s, tr("Reveal"), tr("Show the secret for a few seconds"));
    m_copy = addButton(u"copy"_s, tr("Copy"), tr("Copy the secret; the clipboard is cleared after 30 seconds"));
    m_copyDetails =
        addButton(u"copyDetails"_s, tr("Copy details"),
                  tr("Copy kind, address, user name and check for an internal message, without the secret"));
    m_markChecked = addButton(u"markChecked"_s, tr("Mark checked"), tr("You tried this access yourself and it works"));
    m_edit = addButton(u"edit"_s, tr("Edit"), tr("Change this access"));
    m_remove = addButton(u"remove"_s, tr("Remove"), tr("Remove this access from the vault"));
    connect(m_reveal, &QToolButton::clicked, this, [this] {
        if (isRevealed())
            mask();
        else
            Q_EMIT secretRequested(m_entry.id, SecretUse::Reveal);
    });
    connect(m_copy, &QToolButton::clicked, this, [this] { Q_EMIT secretRequested(m_entry.id, SecretUse::Copy); });
    connect(m_copyDetails, &QToolButton::clicked, this, [this] { Q_EMIT copyDetailsRequested(m_entry.id); });
    connect(m_markChecked, &QToolButton::clicked, this, [this] { Q_EMIT markCheckedRequested(m_entry.id); });
    connect(m_edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_entry.id); });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_entry.id); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_label);
    header->addWidget(m_kind);
    header->addStretch();
    header->addWidget(m_copyDetails);
    header->addWidget(m_edit);
    header->addWidget(m_remove);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    auto caption = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    grid->addWidget(caption(tr("Address")), 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(caption(tr("User name")), 1, 0);
    grid->addWidget(m_userName, 1, 1);
    grid->addWidget(caption(tr("Secret")), 2, 0);
    auto *secretLine = new QHBoxLayout;
    secretLine->addWidget(m_secret);
    secretLine->addWidget(m_reveal);
    secretLine->addWidget(m_copy);
    secretLine->addStretch();
    grid->addLayout(secretLine, 2, 1);
    m_notesCaption = caption(tr("Notes"));
    grid->addWidget(m_notesCaption, 3, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 3, 1);
    grid->addWidget(caption(tr("Checked")), 4, 0);
    auto *checkedLine = new QHBoxLayout;
    checkedLine->addWidget(m_checked);
    checkedLine->addWidget(m_markChecked);
    checkedLine->addStretch();
    grid->addLayout(checkedLine, 4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid);
    fill();
    mask();
    setUnlocked(false);
}

VaultEntryRow::~VaultEntryRow()
{
    wipe(m_shown);
}

QToolButton *VaultEntryRow::addButton(const QString &name, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

void VaultEntryRow::setEntry(const VaultEntry &entry)
{
    const bool secretChanged = entry.label != m_entry.label || entry.kind != m_entry.kind;
    m_entry = entry;
    fill();
    if (secretChanged)
        mask();
}

void VaultEntryRow::fill()
{
    m_kind->setText(vaultEntryKindTitle(m_entry.kind));
    m_label->setText(m_entry.label);
    m_url->setText(m_entry.url.isEmpty() ? tr("not given") : m_entry.url);
    m_userName->setText(m_entry.userName.isEmpty() ? tr("not given") : m_entry.userName);
    m_notes->setText(m_entry.notes);
    m_notes->setVisible(!m_entry.notes.isEmpty());
    m_notesCaption->setVisible(!m_entry.notes.isEmpty());
    if (m_entry.checkedAt) {
        const QString when = Dates::moment(*m_entry.checkedAt);
        m_checked->setText(tr("checked by %1 at %2").arg(m_entry.checkedByName, when));
    } else {
        m_checked->setText(tr("not checked yet: check it yourself before handing it over"));
    }
}

void VaultEntryRow::setUnlocked(bool unlocked)
{
    m_unlocked = unlocked;
    for (QToolButton *button : {m_reveal, m_copy, m_edit})
        button->setEnabled(unlocked);
    if (!unlocked)
        mask();
}

void VaultEntryRow::showSecret(QString text, std::chrono::milliseconds duration)
{
    wipe(m_shown);
    m_shown = std::move(text);
    m_secret->setText(m_shown);
    m_reveal->setText(tr("Hide"));
    m_maskTimer.start(duration);
}

void VaultEntryRow::mask()
{
    m_maskTimer.stop();
    m_secret->setText(maskText());
    wipe(m_shown); // the label let go of its copy above, so this wipes the last one in place
    m_reveal->setText(tr("Reveal"));
}

void VaultEntryRow::showBroken()
{
    mask();
    m_secret->setText(tr("cannot be decrypted"));
}

} // namespace Casebook
