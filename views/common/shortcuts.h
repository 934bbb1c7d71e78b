// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QSettings;
class QWidget;

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

/**
 * Keeps a window's keyboard shortcuts safe to use, installed once per window (it watches
 * the application's events for that window only):
 *
 * - a key that types text (a letter, "/", with or without Shift) never fires a shortcut
 *   while an editable text field has the focus: the field gets the text;
 * - Ctrl+F reaches its command from every field, even one that would keep it for itself;
 * - with a non-Latin layout (Russian), a single-letter shortcut fires from the key where
 *   the Latin letter is, as the person learnt it (J under О).
 */
class KeyGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyGuard)

public:
    /// Guards `window`'s keys for as long as the window lives.
    static void install(QWidget *window);

    /// Whether `widget` takes typed text now (an editable line, text or number field).
    [[nodiscard]] static bool isTextField(const QWidget *widget);
    /**
     * The Latin key under a key that typed `text` in another layout: the native virtual
     * key when it is a Latin letter (X11 keysyms and Windows virtual keys of letters are
     * their ASCII codes), else the letter's place on a Russian (ЙЦУКЕН) keyboard; 0 if none.
     */
    [[nodiscard]] static int latinKey(const QString &text, quint32 nativeVirtualKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit KeyGuard(QWidget *window);
    /// Triggers the action the focus widget would reach with `key`; whether there was one.
    bool triggerFor(QWidget *focus, const QKeySequence &key) const;

    QWidget *m_window = nullptr;
};

} // namespace Casebook
