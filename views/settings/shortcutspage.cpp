// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutspage.h"

#include "views/common/shortcuts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebook {

namespace {
enum Column { ActionColumn, KeysColumn, DefaultColumn };

QString keysText(const QList<QKeySequence> &keys)
{
    return QKeySequence::listToString(keys, QKeySequence::NativeText);
}
} // namespace

ShortcutsPage::ShortcutsPage(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_conflict(new QLabel(this))
{
    setObjectName(u"settings.page.shortcuts"_s);
    m_table->setObjectName(u"settings.shortcuts.table"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::ResizeToContents);
    m_edit->setObjectName(u"settings.shortcuts.edit"_s);
    m_edit->setAccessibleName(tr("Shortcut"));
    m_edit->setAccessibleDescription(tr("Press the new key combination"));
    m_edit->setClearButtonEnabled(true);
    m_conflict->setObjectName(u"settings.shortcuts.conflict"_s);
    m_conflict->setWordWrap(true);
    m_conflict->hide();
    auto *reset = new QPushButton(tr("&Reset to Default"), this);
    reset->setObjectName(u"settings.shortcuts.reset"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Shortcut:"), this));
    row->addWidget(m_edit, 1);
    row->addWidget(reset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_conflict);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int current) { showRow(current); });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        if (!currentId().isEmpty())
            assign(currentId(), m_edit->keySequence().isEmpty() ? QList<QKeySequence>() : QList{m_edit->keySequence()});
    });
    connect(m_edit, &QKeySequenceEdit::keySequenceChanged, this, [this](const QKeySequence &key) {
        if (key.isEmpty() && !currentId().isEmpty())
            assign(currentId(), {}); // the clear button
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            assign(currentId(), m_defaults.value(currentId()));
    });
    load();
}

ShortcutsPage::~ShortcutsPage() = default;

void ShortcutsPage::load()
{
    const QList<ShortcutRegistry::Entry> entries = ShortcutRegistry::instance()->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutRegistry::Entry &entry = entries.at(row);
        m_keys.insert(entry.id, entry.keys);
        m_defaults.insert(entry.id, entry.defaults);
        m_titles.insert(entry.id, entry.title);
        auto *title = new QTableWidgetItem(entry.title);
        title->setData(Qt::UserRole, entry.id);
        title->setToolTip(entry.id);
        m_table->setItem(row, ActionColumn, title);
        m_table->setItem(row, KeysColumn, new QTableWidgetItem(keysText(entry.keys)));
        m_table->setItem(row, DefaultColumn, new QTableWidgetItem(keysText(entry.defaults)));
    }
    m_table->sortItems(ActionColumn);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ActionColumn);
}

QString ShortcutsPage::currentId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), ActionColumn);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ShortcutsPage::titleOf(const QString &id) const
{
    return m_titles.value(id, id);
}

void ShortcutsPage::showRow(int row)
{
    const QTableWidgetItem *item = m_table->item(row, ActionColumn);
    const QSignalBlocker block(m_edit);
    m_edit->setKeySequence(item ? m_keys.value(item->data(Qt::UserRole).toString()).value(0) : QKeySequence());
    m_conflict->hide();
}

bool ShortcutsPage::assign(const QString &id, const QList<QKeySequence> &keys)
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it.key() == id)
            continue;
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty() && it->contains(key)) {
                m_conflict->setText(tr("%1 is already the shortcut of \"%2\". Give that one another key first.")
                                        .arg(key.toString(QKeySequence::NativeText), titleOf(it.key())));
                m_conflict->show();
                if (currentId() == id) { // the editor goes back to the keys it had
                    const QSignalBlocker block(m_edit);
                    m_edit->setKeySequence(m_keys.value(id).value(0));
                }
                return false;
            }
        }
    }
    m_conflict->hide();
    m_keys.insert(id, keys);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ActionColumn)->data(Qt::UserRole).toString() == id)
            m_table->item(row, KeysColumn)->setText(keysText(keys));
    }
    return true;
}

void ShortcutsPage::apply()
{
    ShortcutRegistry *registry = ShortcutRegistry::instance();
    QStringList changed;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (registry->keys(it.key()) != it.value())
            changed.append(it.key());
    }
    // Two entries may have swapped keys: free every changed entry's keys first.
    for (const QString &id : std::as_const(changed))
        registry->setKeys(id, {});
    for (const QString &id : std::as_const(changed))
        registry->setKeys(id, m_keys.value(id));
}

} // namespace Casebook
