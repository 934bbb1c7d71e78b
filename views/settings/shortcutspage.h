// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QWidget>

class QKeySequenceEdit;
class QLabel;
class QTableWidget;

namespace Casebook {

/**
 * The Settings dialog's Shortcuts page: every ShortcutRegistry entry with its keys and
 * its default. Picking a key already used by another entry is refused on the spot with a
 * message naming that entry. Changes take effect when the dialog is saved (apply()).
 */
class ShortcutsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsPage)

public:
    explicit ShortcutsPage(QWidget *parent = nullptr);
    ~ShortcutsPage() override;

    /// Gives `id` these keys in the form; false (and a message) when another entry has one.
    bool assign(const QString &id, const QList<QKeySequence> &keys);
    /// Writes the changed entries to the registry (and so to the settings).
    void apply();

private:
    void load();
    void showRow(int row);
    [[nodiscard]] QString currentId() const;
    [[nodiscard]] QString titleOf(const QString &id) const;

    QTableWidget *m_table = nullptr;
    QKeySequenceEdit *m_edit = nullptr;
    QLabel *m_conflict = nullptr;
    QHash<QString, QList<QKeySequence>> m_keys; ///< as the form shows them
    QHash<QString, QList<QKeySequence>> m_defaults;
    QHash<QString, QString> m_titles;
};

} // namespace Casebook
