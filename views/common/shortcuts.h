// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QSettings;

namespace Casebook {

/**
 * Every remappable keyboard shortcut, by a stable id ("inbox.next", "ticket.reply").
 *
 * A feature registers its action in one line and the registry gives it its keys: the
 * person's override from the settings if there is one, else the default.
 *
 *     ShortcutRegistry::instance()->add(replyAction, u"ticket.reply"_s, QKeySequence(u"R"_s));
 *
 * The Settings dialog's Shortcuts page lists the entries and changes them through
 * setKeys(), which refuses a key that another entry already uses (conflicts()).
 * Overrides live in QSettings under "shortcuts/<id>"; an empty value means "no key".
 */
class ShortcutRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutRegistry)

public:
    struct Entry
    {
        QString id;
        QString title; ///< the action's text, without the mnemonic
        QList<QKeySequence> defaults;
        QList<QKeySequence> keys; ///< in effect now
    };

    /// The application's registry (created on first use, lives until the application quits).
    static ShortcutRegistry *instance();

    /// Where overrides are read and written; not owned; null keeps them in memory only.
    void setSettings(QSettings *settings);

    /// Registers `action` under `id`; several actions may share an id (one per window).
    void add(QAction *action, const QString &id, const QList<QKeySequence> &defaults);
    void add(QAction *action, const QString &id, const QKeySequence &defaultKey)
    {
        add(action, id, QList<QKeySequence>{defaultKey});
    }

    /// Every registered entry, by id.
    [[nodiscard]] QList<Entry> entries() const;
    [[nodiscard]] QList<QKeySequence> keys(const QString &id) const;

    /// The other entries that already use one of `keys` (empty: no conflict).
    [[nodiscard]] QStringList conflicts(const QString &id, const QList<QKeySequence> &keys) const;

    /**
     * Gives `id` these keys, saves the override and updates its actions. Refuses (returns
     * false, changes nothing) when another entry uses one of them.
     */
    bool setKeys(const QString &id, const QList<QKeySequence> &keys);
    /// Back to the default keys (also refused on a conflict).
    bool reset(const QString &id);

Q_SIGNALS:
    void shortcutsChanged(const QString &id);

private:
    explicit ShortcutRegistry(QObject *parent = nullptr);
    void apply(const QString &id);
    [[nodiscard]] QList<QKeySequence> saved(const QString &id, const QList<QKeySequence> &defaults) const;

    struct Item
    {
        QString title;
        QList<QKeySequence> defaults;
        QList<QKeySequence> keys;
        QList<QPointer<QAction>> actions;
    };
    QHash<QString, Item> m_items;
    QPointer<QSettings> m_settings;
};

} // namespace Casebook
